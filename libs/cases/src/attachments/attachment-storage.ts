import type { AppConfig } from '@curbside/config';
import { FilesystemMediaStorage, type MediaStorage } from '@curbside/media';
import { join } from 'node:path';

/**
 * Where attachment bytes live: `quarantine` holds raw uploads until the pipeline has read them
 * (never served, deleted once processed or refused); `renderings` holds only pipeline output.
 * Two separate roots, so no key mix-up can ever serve a quarantined file.
 */
export interface AttachmentStorage {
  readonly quarantine: MediaStorage;
  readonly renderings: MediaStorage;
}

export const ATTACHMENT_STORAGE = Symbol('ATTACHMENT_STORAGE');

/** The default: folders under the data directory. */
export function filesystemAttachmentStorage(config: AppConfig): AttachmentStorage {
  return {
    quarantine: new FilesystemMediaStorage(join(config.DATA_DIR, 'media-quarantine')),
    renderings: new FilesystemMediaStorage(join(config.DATA_DIR, 'media')),
  };
}

/** Storage keys, derived from the attachment id only. */
export const attachmentKeys = {
  quarantine: (id: string): string => `q-${id}`,
  /** The pipeline's output, automatic masks included: what author masks are applied to. */
  base: (id: string, mimeType: string): string => `${id}-base.${extensionOf(mimeType)}`,
  /** What is served: the base with the author's masks. */
  served: (id: string, mimeType: string): string => `${id}.${extensionOf(mimeType)}`,
};

function extensionOf(mimeType: string): string {
  return mimeType === 'image/png' ? 'png' : 'jpg';
}
