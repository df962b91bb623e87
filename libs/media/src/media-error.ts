/** Why a file was refused. Each code has one fixed, input-free message. */
export const MEDIA_ERROR_CODES = [
  'MEDIA_EMPTY',
  'MEDIA_TOO_LARGE',
  'MEDIA_TOO_MANY_PIXELS',
  'MEDIA_UNSUPPORTED_TYPE',
  'MEDIA_TYPE_MISMATCH',
  'MEDIA_HEIC_UNSUPPORTED',
  'MEDIA_POLYGLOT',
  'MEDIA_TRUNCATED',
  'MEDIA_CORRUPT',
  'MEDIA_DICOM_UNSUPPORTED_TRANSFER_SYNTAX',
  'MEDIA_DICOM_UNSUPPORTED_PIXELS',
  'MEDIA_TOO_MANY_MASKS',
  'MEDIA_BAD_MASK',
] as const;
export type MediaErrorCode = (typeof MEDIA_ERROR_CODES)[number];

const MESSAGES: Record<MediaErrorCode, string> = {
  MEDIA_EMPTY: 'The file is empty.',
  MEDIA_TOO_LARGE: 'The file is larger than the allowed size.',
  MEDIA_TOO_MANY_PIXELS: 'The image has more pixels (or frames) than allowed.',
  MEDIA_UNSUPPORTED_TYPE: 'Only JPEG, PNG and DICOM files are accepted; this file is none of them.',
  MEDIA_TYPE_MISMATCH: 'The file content does not match its declared type.',
  MEDIA_HEIC_UNSUPPORTED:
    'HEIC/HEIF photos cannot be decoded here yet; export the photo as JPEG (on iPhone: Settings > Camera > Formats > Most Compatible) and upload it again.',
  MEDIA_POLYGLOT: 'The file carries data of another kind besides the image and was refused.',
  MEDIA_TRUNCATED: 'The file is incomplete (truncated).',
  MEDIA_CORRUPT: 'The file is damaged or not a valid image.',
  MEDIA_DICOM_UNSUPPORTED_TRANSFER_SYNTAX:
    'This DICOM file uses a compressed or unsupported encoding (transfer syntax); export it uncompressed (Explicit or Implicit VR Little Endian) and upload it again.',
  MEDIA_DICOM_UNSUPPORTED_PIXELS:
    'This DICOM file has no image, or an image layout that is not supported (8/16-bit grey or 8-bit RGB are).',
  MEDIA_TOO_MANY_MASKS: 'Too many mask rectangles for one image.',
  MEDIA_BAD_MASK: 'A mask rectangle must have a finite position and a positive width and height.',
};

/**
 * A refusal of the media pipeline. The message is fixed per code and never contains any of the
 * input (no file names, no header values); `detail` may add sizes or a transfer syntax UID.
 */
export class MediaError extends Error {
  readonly code: MediaErrorCode;
  readonly detail: string | undefined;

  constructor(code: MediaErrorCode, detail?: string) {
    super(detail === undefined ? MESSAGES[code] : `${MESSAGES[code]} (${detail})`);
    this.name = 'MediaError';
    this.code = code;
    this.detail = detail;
  }
}
