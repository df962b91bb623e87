import sharp from 'sharp';
import { MediaError } from '../media-error.js';
import type { MaskRect } from '../mask-rect.js';
import { encodeMasked } from './raster-deid.js';
import { mediaErrorFromSharp } from './sharp-errors.js';

/** Most rectangles an author may add to one image. */
export const MAX_AUTHOR_MASKS = 50;

/** Refuses too many rectangles, or one without a finite position and a positive size. */
export function checkAuthorMasks(rects: readonly MaskRect[]): void {
  if (rects.length > MAX_AUTHOR_MASKS) throw new MediaError('MEDIA_TOO_MANY_MASKS');
  for (const r of rects) {
    const values = [r.x, r.y, r.width, r.height];
    if (!values.every((v) => Number.isFinite(v)) || r.width <= 0 || r.height <= 0)
      throw new MediaError('MEDIA_BAD_MASK');
  }
}

/**
 * Fills the author's rectangles on an image the pipeline already produced (the de-identified
 * "base" rendering: JPEG or PNG, no metadata, automatic masks already burned in), and encodes a new
 * file of the same kind. It never sees the original upload, which is gone by then; so the author can
 * only add black, never take away what the pipeline masked. Always applied to the base, never to a
 * previous result, so changing or removing an author mask needs no undo and JPEG loss does not pile up.
 */
export async function applyAuthorMasks(
  base: Buffer,
  kind: 'jpeg' | 'png',
  rects: readonly MaskRect[],
  maxPixels: number,
): Promise<Buffer> {
  checkAuthorMasks(rects);
  try {
    const { data, info } = await sharp(base, { limitInputPixels: maxPixels, failOn: 'error' })
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return await encodeMasked(
      { width: info.width, height: info.height, channels: info.channels, pixels: data },
      kind,
      rects,
    );
  } catch (err) {
    if (err instanceof MediaError) throw err;
    throw mediaErrorFromSharp(err);
  }
}
