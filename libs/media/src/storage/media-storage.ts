/**
 * Where de-identified media are kept. Only processed bytes are ever stored (the pipeline's output);
 * originals are never written. Keys are opaque names chosen by the caller (for example an
 * attachment id and a suffix), never a user-supplied file name.
 */
export interface MediaStorage {
  /** Stores the bytes under the key, replacing any earlier object atomically. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes, or undefined when there is no such object. */
  get(key: string): Promise<Buffer | undefined>;
  /** Removes the object; removing an absent one is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are lower-case letters, digits and dashes, with an optional short extension. */
export const MEDIA_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{2,127}(\.[a-z0-9]{1,8})?$/;

export class InvalidMediaKeyError extends Error {
  constructor() {
    super(
      'A media storage key must be 3-128 lower-case letters, digits or dashes, with an optional extension',
    );
    this.name = 'InvalidMediaKeyError';
  }
}

export function assertMediaKey(key: string): void {
  if (!MEDIA_KEY_PATTERN.test(key)) throw new InvalidMediaKeyError();
}
