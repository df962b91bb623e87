/**
 * The browser side of a session. The access token lives only in this module's memory; the refresh
 * token is an HttpOnly cookie that script cannot read, sent only to /auth. A timer rotates both a
 * minute before the access token expires. Every /auth call carries the CSRF header the server demands.
 */
export const CSRF_HEADER = 'x-curbside-csrf';

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; clinicianId: string }
  | { status: 'ended'; reason: 'expired' | 'revoked' };

export interface AuthError {
  code: string;
  message: string;
  fields?: readonly string[];
}

export class AuthRequestError extends Error {
  constructor(readonly error: AuthError) {
    super(error.code);
  }
}

const REFRESH_MARGIN_MS = 60_000;

let accessToken: string | null = null;
let state: SessionState = { status: 'unknown' };
let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sessionState(): SessionState {
  return state;
}

export function currentAccessToken(): string | null {
  return accessToken;
}

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp?: number;
    };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

function schedule(token: string): void {
  clearTimeout(timer);
  const wait = Math.max(5_000, expiryOf(token) - Date.now() - REFRESH_MARGIN_MS);
  timer = setTimeout(() => void refreshSession(), wait);
}

async function post(path: string, body?: unknown, withToken = false): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { [CSRF_HEADER]: '1', 'content-type': 'application/json' };
  if (withToken && accessToken) headers.authorization = `Bearer ${accessToken}`;
  const response = await fetch(path, {
    method: 'POST',
    headers,
    body: JSON.stringify(body ?? {}),
    credentials: 'same-origin',
  });
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const first = (
      json.errors as { message?: string; extensions?: { code?: string; fields?: string[] } }[]
    )?.[0];
    throw new AuthRequestError({
      code: first?.extensions?.code ?? (response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK'),
      message: first?.message ?? '',
      fields: first?.extensions?.fields,
    });
  }
  return json;
}

function signedIn(json: Record<string, unknown>): void {
  accessToken = String(json.accessToken);
  schedule(accessToken);
  setState({ status: 'signed-in', clinicianId: String(json.clinicianId) });
}

export async function signIn(email: string, password: string): Promise<void> {
  signedIn(await post('/auth/login', { email, password }));
}

export async function register(displayName: string, email: string, password: string): Promise<void> {
  signedIn(await post('/auth/register', { displayName, email, password }));
}

/** Sets a new password with the token of an e-mailed reset link, and signs in (every other session ends). */
export async function resetPassword(token: string, password: string): Promise<void> {
  signedIn(await post('/auth/reset-password', { token, password }));
}

/**
 * Trades the cookie for a new access token. Concurrent callers share one request (the server treats a
 * refresh token used twice as stolen). Resolves false when the session is over.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= post('/auth/refresh')
    .then((json) => {
      signedIn(json);
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof AuthRequestError && error.error.code === 'UNAUTHENTICATED') {
        const wasSignedIn = state.status === 'signed-in';
        clear(wasSignedIn ? { status: 'ended', reason: 'revoked' } : { status: 'signed-out' });
        return false;
      }
      // Offline or a server hiccup: keep the session and try again shortly.
      if (accessToken) timer = setTimeout(() => void refreshSession(), 15_000);
      else setState({ status: 'signed-out' });
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function clear(next: SessionState): void {
  clearTimeout(timer);
  accessToken = null;
  setState(next);
}

/** The server refused the access token mid-session (suspended, licence lapsed, signed out elsewhere). */
export function sessionRejected(): void {
  if (state.status === 'signed-in') void refreshSession();
}

export function markSessionEnded(): void {
  clear({ status: 'ended', reason: 'revoked' });
}

export async function signOut(everywhere = false): Promise<void> {
  try {
    await post(everywhere ? '/auth/logout-everywhere' : '/auth/logout', {}, true);
  } finally {
    clear({ status: 'signed-out' });
  }
}
