import sharp from 'sharp';
import { MediaError } from '../media-error.js';
import type { MediaLimits } from '../media-limits.js';
import type { MaskRect } from '../mask-rect.js';
import { clipRect } from '../mask-rect.js';
import { checkJpegContainer, checkPngContainer } from '../sniff/container-check.js';
import { mediaErrorFromSharp } from './sharp-errors.js';

export interface DecodedRaster {
  width: number;
  height: number;
  channels: number;
  /** Auto-oriented, sRGB, 8-bit interleaved pixels; no metadata survives decoding to raw. */
  pixels: Buffer;
}

/**
 * Decodes a JPEG or PNG safely: the container is walked first (truncation, trailing data), the
 * header is read with the pixel limit in force, and the decoder fails on truncation and errors.
 * The result is raw pixels, so nothing of the original file's metadata can travel further.
 */
export async function decodeRaster(
  bytes: Buffer,
  kind: 'jpeg' | 'png',
  limits: MediaLimits,
): Promise<DecodedRaster> {
  if (kind === 'jpeg') checkJpegContainer(bytes);
  else checkPngContainer(bytes);
  const options = { limitInputPixels: limits.maxPixels, failOn: 'error' as const, sequentialRead: true };
  try {
    const meta = await sharp(bytes, options).metadata();
    if (meta.format !== kind) throw new MediaError('MEDIA_TYPE_MISMATCH');
    if ((meta.width ?? 0) * (meta.height ?? 0) > limits.maxPixels)
      throw new MediaError('MEDIA_TOO_MANY_PIXELS');
    const { data, info } = await sharp(bytes, options)
      .autoOrient()
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { width: info.width, height: info.height, channels: info.channels, pixels: data };
  } catch (err) {
    throw mediaErrorFromSharp(err);
  }
}

/** A greyscale PNG copy no larger than `maxSide`, for OCR, with the factor that maps its boxes back. */
export async function ocrCopy(
  raster: DecodedRaster,
  maxSide: number,
): Promise<{ png: Buffer; scale: number }> {
  const scale = Math.min(1, maxSide / Math.max(raster.width, raster.height));
  const png = await sharp(raster.pixels, {
    raw: { width: raster.width, height: raster.height, channels: raster.channels as 1 | 2 | 3 | 4 },
  })
    .resize(Math.round(raster.width * scale), Math.round(raster.height * scale), { fit: 'fill' })
    .greyscale()
    .png({ compressionLevel: 1 })
    .toBuffer();
  return { png, scale };
}

/**
 * Fills the rectangles with black (opaque) in the raw pixels and encodes a new file of the same
 * kind. No metadata is copied: sharp writes none unless asked to (`keepMetadata`/`withMetadata`,
 * never called here), and the input is raw pixels that carry none.
 */
export async function encodeMasked(
  raster: DecodedRaster,
  kind: 'jpeg' | 'png',
  rects: readonly MaskRect[],
): Promise<Buffer> {
  const { width, height, channels, pixels } = raster;
  const alpha = channels === 2 || channels === 4;
  for (const r of rects) {
    const c = clipRect(r, width, height);
    if (c === undefined) continue;
    for (let y = c.y; y < c.y + c.height; y++) {
      for (let x = c.x; x < c.x + c.width; x++) {
        const at = (y * width + x) * channels;
        pixels.fill(0, at, at + channels);
        if (alpha) pixels[at + channels - 1] = 255;
      }
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: channels as 1 | 2 | 3 | 4 } });
  return kind === 'jpeg' ? image.jpeg({ quality: 90 }).toBuffer() : image.png().toBuffer();
}
