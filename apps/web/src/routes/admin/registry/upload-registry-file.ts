import { AuthRequestError, currentAccessToken } from '../../../lib/session';

/** Where the server takes an NPPES file (the body, as text/csv) and starts its import. */
export const REGISTRY_UPLOAD_URL = '/admin/registry-imports';

/** How much of the file has been sent, 0 to 1 (null while the browser cannot tell). */
export type UploadProgress = (fraction: number | null) => void;

/**
 * Sends a file to the registry import endpoint. XMLHttpRequest rather than fetch, because only it
 * reports how much of a request body has gone. Resolves with the new import's id; a refusal rejects
 * with the server's error code, which the console turns into words in one place (lib/errors).
 */
export function uploadRegistryFile(file: File, onProgress: UploadProgress): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', REGISTRY_UPLOAD_URL);
    xhr.setRequestHeader('content-type', 'text/csv');
    const token = currentAccessToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.onload = () => {
      let body: { id?: string; error?: { code?: string; message?: string } } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON: a proxy's page; the status decides below
      }
      if (xhr.status === 202 && body.id) {
        onProgress(1);
        resolve(body.id);
        return;
      }
      const code = body.error?.code ?? (xhr.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
      // A sign-in message would read oddly here: only input problems keep the server's words.
      const message = code === 'BAD_USER_INPUT' ? (body.error?.message ?? '') : '';
      reject(new AuthRequestError({ code, message }));
    };
    xhr.onerror = () => reject(new AuthRequestError({ code: 'NETWORK', message: '' }));
    xhr.send(file);
  });
}
