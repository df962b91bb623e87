/** Limits applied before and during decoding; every one is checked before the costly step it guards. */
export interface MediaLimits {
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** Largest accepted image (one frame), in pixels; passed to libvips as `limitInputPixels`. */
  maxPixels: number;
  /** Most frames in a multi-frame DICOM. */
  maxFrames: number;
  /** Most pixels over all frames of a DICOM (frames x rows x columns). */
  maxTotalPixels: number;
  /** Longest side of the copy handed to OCR; larger images are scaled down for OCR only. */
  maxOcrSide: number;
  /** How many frames of a multi-frame DICOM are read by OCR (first, last, then evenly between). */
  maxOcrFrames: number;
}

export const DEFAULT_MEDIA_LIMITS: Readonly<MediaLimits> = Object.freeze({
  maxBytes: 64 * 1024 * 1024,
  maxPixels: 50_000_000,
  maxFrames: 500,
  maxTotalPixels: 150_000_000,
  maxOcrSide: 2500,
  maxOcrFrames: 3,
});

export function resolveLimits(partial: Partial<MediaLimits> | undefined): MediaLimits {
  const limits = { ...DEFAULT_MEDIA_LIMITS, ...partial };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0)
      throw new RangeError(`media limit ${key} must be a positive integer`);
  }
  return limits;
}
