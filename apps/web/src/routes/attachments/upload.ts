import { currentAccessToken, refreshSession } from '../../lib/session';

/** Who obtained the patient's consent to eyes-only masking: a role, never a name. */
export type ConsentBy = 'AUTHOR' | 'TREATING_CLINICIAN' | 'OTHER_CLINICIAN';

export interface UploadOptions {
  /** The composer's draft: files of one post keep consistent DICOM UIDs. */
  draftId: string;
  /** Eyes-only masking, with the consent attestation it needs. */
  eyesOnly?: { by: ConsentBy; on: string };
  onProgress?: (fraction: number) => void;
}

/** A refusal of the upload route: the code, and the server's words (they never echo the file). */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | null,
    message: string,
  ) {
    super(message);
  }
}

const TYPES: Record<string, string> = {
  dcm: 'application/dicom',
  dicom: 'application/dicom',
  heic: 'image/heic',
  heif: 'image/heif',
};

/**
 * The type to declare: the browser's, or for files it does not know (DICOM, HEIC on some systems)
 * application/octet-stream, which lets the server judge from the bytes alone.
 */
export function declaredType(file: { type: string; name: string }): string {
  if (file.type) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return TYPES[extension] ?? 'application/octet-stream';
}

function send(file: Blob, type: string, url: string, onProgress?: (f: number) => void) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('content-type', type);
    const token = currentAccessToken();
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText) as Record<string, unknown>;
      } catch {
        // an empty or non-JSON answer: the status says enough
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => reject(new UploadError('NETWORK', null, 'network'));
    request.send(file);
  });
}

/**
 * Sends a file to `POST /media/attachments` as the request body, reporting progress; resolves to the
 * new attachment's id (it is then PROCESSING). A lapsed access token is rotated once.
 */
export async function uploadAttachment(file: File, options: UploadOptions): Promise<string> {
  const query = new URLSearchParams({ draft: options.draftId });
  if (options.eyesOnly) {
    query.set('faces', 'eyes-only');
    query.set('consentBy', options.eyesOnly.by);
    query.set('consentOn', options.eyesOnly.on);
  }
  const url = `/media/attachments?${query.toString()}`;
  const type = declaredType(file);
  let answer = await send(file, type, url, options.onProgress);
  if (answer.status === 401 && (await refreshSession())) {
    answer = await send(file, type, url, options.onProgress);
  }
  if (answer.status === 202 && typeof answer.body.id === 'string') return answer.body.id;
  const first = (answer.body.errors as { message?: string; extensions?: Record<string, unknown> }[])?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const reason = typeof first?.extensions?.reason === 'string' ? first.extensions.reason : null;
  throw new UploadError(code, reason, first?.message ?? '');
}

/** A clinician's words for an upload that was refused at the door. */
export function uploadErrorMessage(error: unknown): string {
  if (!(error instanceof UploadError)) return 'The upload failed. Please try again.';
  if (error.code === 'NETWORK') return 'We cannot reach Curbside. Check your connection and try again.';
  if (error.code === 'PAYLOAD_TOO_LARGE') return 'This file is larger than Curbside accepts.';
  if (error.code === 'RATE_LIMITED')
    return 'Several of your files are still being processed. Wait for them, then try again.';
  if (error.code === 'BAD_USER_INPUT' && error.message) return error.message;
  if (error.code === 'UNAUTHENTICATED') return 'Your session has ended. Please sign in again.';
  if (error.code === 'NOT_VERIFIED') return 'Attaching images needs a verified licence.';
  return 'The upload failed. Please try again.';
}
