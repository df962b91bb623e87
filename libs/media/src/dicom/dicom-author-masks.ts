import { resolveLimits, type MediaLimits } from '../media-limits.js';
import type { MaskRect } from '../mask-rect.js';
import { checkAuthorMasks } from '../raster/author-masks.js';
import { parseDicom, writeDicom } from './dicom-io.js';
import { maskAllFrames, readDicomPixels, writeDicomPixels } from './dicom-pixels.js';

/**
 * Fills the author's rectangles in the stored pixels of every frame of a DICOM file the pipeline
 * already produced (de-identified, automatic masks filled), with each frame's darkest value, as the
 * pipeline fills its own masks; the header is left as it is. The rectangles are in the rendering's
 * pixels, which are the file's (a DICOM rendering is neither scaled nor rotated). Like
 * `applyAuthorMasks`, always applied to the pipeline's file, never to a previous result.
 */
export function applyDicomAuthorMasks(
  base: Buffer,
  rects: readonly MaskRect[],
  limits: Partial<MediaLimits> = {},
): Buffer {
  checkAuthorMasks(rects);
  const parsed = parseDicom(base);
  const pixels = readDicomPixels(parsed.dict, resolveLimits(limits));
  maskAllFrames(pixels, rects);
  writeDicomPixels(parsed.dict, pixels);
  return writeDicom(parsed);
}
