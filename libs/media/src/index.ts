/**
 * @curbside/media: de-identification of clinical photographs and DICOM images before anyone but
 * their author sees them. Framework-free; see README.md for what is guaranteed and what is not.
 */
export {
  MediaDeidentifier,
  deidentifyMedia,
  type MediaDeidentifierOptions,
  type MediaDeidentificationResult,
  type MediaReport,
  type ReviewReason,
} from './media-deidentifier.js';
export { MediaError, MEDIA_ERROR_CODES, type MediaErrorCode } from './media-error.js';
export { DEFAULT_MEDIA_LIMITS, resolveLimits, type MediaLimits } from './media-limits.js';
export { detectMediaKind, mimeTypeOf, type MediaKind } from './sniff/media-type.js';
export type { MaskRect } from './mask-rect.js';
export { applyAuthorMasks, checkAuthorMasks, MAX_AUTHOR_MASKS } from './raster/author-masks.js';
export { applyDicomAuthorMasks } from './dicom/dicom-author-masks.js';
export type { MaskReason } from './ocr/text-masks.js';
export {
  createOcrEngine,
  englishModelDirectory,
  type OcrEngine,
  type OcrLine,
  type OcrWord,
} from './ocr/ocr-engine.js';
export { ANNEX_E_BASIC_PROFILE, type AnnexEAction, type AnnexEAttribute } from './dicom/annex-e-profile.js';
export type { ProfileCounts } from './dicom/confidentiality-profile.js';
export {
  MEDIA_KEY_PATTERN,
  InvalidMediaKeyError,
  assertMediaKey,
  type MediaStorage,
} from './storage/media-storage.js';
export { FilesystemMediaStorage } from './storage/filesystem-media-storage.js';
export { S3MediaStorage, type S3MediaStorageOptions } from './storage/s3-media-storage.js';
export {
  createFaceDetector,
  faceMask,
  faceModelDirectory,
  FACE_MIN_CONFIDENCE,
  type FaceBox,
  type FaceDetector,
} from './faces/face-detector.js';
export { CT_WINDOW_PRESETS, type WindowPreset } from './dicom/dicom-pixels.js';
