import type { AppConfig } from '@curbside/config';
import {
  CT_WINDOW_PRESETS,
  FilesystemMediaStorage,
  type MediaStorage,
  S3MediaStorage,
} from '@curbside/media';
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

/**
 * The storage the settings name: the filesystem default, or an S3-compatible bucket
 * (`MEDIA_STORAGE=s3`) with the two roots as key prefixes of one bucket.
 */
export function attachmentStorage(config: AppConfig): AttachmentStorage {
  if (config.MEDIA_STORAGE !== 's3') return filesystemAttachmentStorage(config);
  const common = {
    bucket: config.MEDIA_S3_BUCKET!,
    endpoint: config.MEDIA_S3_ENDPOINT,
    region: config.MEDIA_S3_REGION,
    forcePathStyle: config.MEDIA_S3_FORCE_PATH_STYLE,
    credentials:
      config.MEDIA_S3_ACCESS_KEY_ID && config.MEDIA_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.MEDIA_S3_ACCESS_KEY_ID, secretAccessKey: config.MEDIA_S3_SECRET_ACCESS_KEY }
        : undefined,
  };
  return {
    quarantine: new S3MediaStorage({ ...common, prefix: 'quarantine/' }),
    renderings: new S3MediaStorage({ ...common, prefix: 'renderings/' }),
  };
}

/** Storage keys, derived from the attachment id only. */
export const attachmentKeys = {
  quarantine: (id: string): string => `q-${id}`,
  /** The pipeline's output, automatic masks included: what author masks are applied to. */
  base: (id: string, mimeType: string): string => `${id}-base.${extensionOf(mimeType)}`,
  /** What is served: the base with the author's masks. */
  served: (id: string, mimeType: string): string => `${id}.${extensionOf(mimeType)}`,
  /** A CT window's rendering (PNG), as served and as its unmasked-by-the-author base. */
  window: (id: string, name: string): string => `${id}-w-${name}.png`,
  windowBase: (id: string, name: string): string => `${id}-w-${name}-base.png`,
  /** The de-identified DICOM file, for download by those who may see the attachment (author masks in). */
  dicom: (id: string): string => `${id}.dcm`,
  /** The pipeline's DICOM file, before the author's masks: what they are applied to. */
  dicomBase: (id: string): string => `${id}-base.dcm`,
};

function extensionOf(mimeType: string): string {
  return mimeType === 'image/png' ? 'png' : 'jpg';
}

/** Deletes every object an attachment may have: the raw upload and each rendering. */
export async function removeAttachmentFiles(storage: AttachmentStorage, id: string): Promise<void> {
  await storage.quarantine.delete(attachmentKeys.quarantine(id));
  for (const mime of ['image/jpeg', 'image/png']) {
    await storage.renderings.delete(attachmentKeys.base(id, mime));
    await storage.renderings.delete(attachmentKeys.served(id, mime));
  }
  for (const { name } of CT_WINDOW_PRESETS) {
    await storage.renderings.delete(attachmentKeys.windowBase(id, name));
    await storage.renderings.delete(attachmentKeys.window(id, name));
  }
  await storage.renderings.delete(attachmentKeys.dicomBase(id));
  await storage.renderings.delete(attachmentKeys.dicom(id));
}
