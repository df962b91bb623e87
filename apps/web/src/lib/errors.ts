import type { CombinedError } from 'urql';
import { AuthRequestError } from './session';

/**
 * Every message a clinician may see for a failure, chosen from the error's `extensions.code` here and
 * nowhere else. The server's own message is shown only for input problems, where it names what to fix
 * and never echoes what was typed.
 */
const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_VERIFIED: 'This needs a verified licence. Submit your licence and wait for it to be approved.',
  NOT_FOUND: 'We could not find this. It may have been removed, or you may not have access to it.',
  CONFLICT: 'This could not be done because something changed. Refresh and try again.',
  RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
  PAYLOAD_TOO_LARGE: 'This is too long to send. Please shorten it.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
  NETWORK: 'We cannot reach Curbside. Check your connection and try again.',
};

/** Codes whose server message is specific and safe to show as it is. */
const SHOW_SERVER_MESSAGE = new Set(['BAD_USER_INPUT', 'CONFLICT', 'UNAUTHENTICATED_CREDENTIALS']);

export interface FriendlyError {
  code: string;
  message: string;
}

export function messageForCode(code: string, serverMessage?: string): string {
  if (SHOW_SERVER_MESSAGE.has(code) && serverMessage) return serverMessage;
  return MESSAGES[code] ?? 'Something went wrong. Please try again.';
}

/** A GraphQL, network or sign-in failure in words a clinician understands. */
export function friendlyError(error: unknown): FriendlyError {
  if (error instanceof AuthRequestError) {
    const { code, message } = error.error;
    // A failed sign-in says why (wrong email or password), which the generic text would hide.
    if (code === 'UNAUTHENTICATED' && message) return { code, message };
    return { code, message: messageForCode(code, message) };
  }
  const combined = error as Partial<CombinedError> | null;
  if (combined?.networkError) return { code: 'NETWORK', message: MESSAGES.NETWORK };
  const first = combined?.graphQLErrors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    return { code, message: messageForCode(code, first.message) };
  }
  return { code: 'UNKNOWN', message: 'Something went wrong. Please try again.' };
}
