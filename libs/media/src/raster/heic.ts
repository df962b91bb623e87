import heicDecode from 'heic-decode';
import { MediaError } from '../media-error.js';
import type { MediaLimits } from '../media-limits.js';
import type { DecodedRaster } from './raster-deid.js';

/**
 * Decodes the primary picture of a HEIC/HEIF photo (libheif compiled to WebAssembly, through the
 * heic-decode package: no native binary) to raw RGB pixels, with the container's rotation and
 * mirroring applied. The header is read first and its size checked against the pixel limit
 * before a pixel is decoded. Nothing of the container's metadata (EXIF, XMP, thumbnails, depth
 * maps) reaches the raw pixels, so the re-encoded JPEG carries none of it.
 */
export async function decodeHeic(bytes: Buffer, limits: MediaLimits): Promise<DecodedRaster> {
  let images: Awaited<ReturnType<typeof heicDecode.all>>;
  // libheif prints its parse errors with console.log; nothing of a file may reach a log.
  const log = console.log;
  console.log = () => undefined;
  try {
    images = await heicDecode.all({ buffer: bytes });
  } catch {
    throw new MediaError('MEDIA_CORRUPT');
  } finally {
    console.log = log;
  }
  try {
    const primary = images[0];
    if (primary === undefined) throw new MediaError('MEDIA_CORRUPT');
    if (primary.width <= 0 || primary.height <= 0) throw new MediaError('MEDIA_CORRUPT');
    if (primary.width * primary.height > limits.maxPixels) throw new MediaError('MEDIA_TOO_MANY_PIXELS');
    let decoded: { width: number; height: number; data: Uint8ClampedArray };
    try {
      decoded = await primary.decode();
    } catch {
      throw new MediaError('MEDIA_CORRUPT');
    }
    const { width, height, data } = decoded;
    if (data.length !== width * height * 4) throw new MediaError('MEDIA_TRUNCATED');
    const rgb = Buffer.allocUnsafe(width * height * 3);
    for (let i = 0, o = 0; i < data.length; i += 4, o += 3) {
      rgb[o] = data[i];
      rgb[o + 1] = data[i + 1];
      rgb[o + 2] = data[i + 2];
    }
    return { width, height, channels: 3, pixels: rgb };
  } finally {
    images.dispose();
  }
}
