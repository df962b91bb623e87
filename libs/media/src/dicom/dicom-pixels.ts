import type { DicomDataset } from 'dcmjs';
import { MediaError } from '../media-error.js';
import type { MediaLimits } from '../media-limits.js';
import { fillRects, type MaskRect } from '../mask-rect.js';

/** The image pixel module of a dataset, validated, with the pixel bytes in one buffer. */
export interface DicomPixels {
  rows: number;
  columns: number;
  frames: number;
  samplesPerPixel: 1 | 3;
  bitsAllocated: 8 | 16;
  signed: boolean;
  monochrome1: boolean;
  /** Little-endian stored values of all frames (a private copy, safe to modify). */
  data: Uint8Array;
  frameBytes: number;
}

function first(dataset: DicomDataset, tag: string): unknown {
  return dataset[tag]?.Value?.[0];
}

/** The first value of an attribute as trimmed text ('' when absent or not text). */
export function firstString(dataset: DicomDataset, tag: string): string {
  const v = first(dataset, tag);
  return typeof v === 'string' ? v.trim() : '';
}

function num(dataset: DicomDataset, tag: string): number | undefined {
  const v = first(dataset, tag);
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function readDicomPixels(dataset: DicomDataset, limits: MediaLimits): DicomPixels {
  const rows = num(dataset, '00280010');
  const columns = num(dataset, '00280011');
  const spp = num(dataset, '00280002') ?? 1;
  const bits = num(dataset, '00280100');
  const frames = num(dataset, '00280008') ?? 1;
  const photometric = firstString(dataset, '00280004');
  const planar = num(dataset, '00280006') ?? 0;
  const pixelElement = dataset['7FE00010'];
  if (rows === undefined || columns === undefined || bits === undefined || pixelElement === undefined) {
    throw new MediaError('MEDIA_DICOM_UNSUPPORTED_PIXELS');
  }
  if (
    !Number.isInteger(rows) ||
    !Number.isInteger(columns) ||
    !Number.isInteger(frames) ||
    rows < 1 ||
    columns < 1 ||
    frames < 1
  ) {
    throw new MediaError('MEDIA_CORRUPT', 'invalid image dimensions');
  }
  if (
    rows * columns > limits.maxPixels ||
    frames > limits.maxFrames ||
    rows * columns * frames > limits.maxTotalPixels
  ) {
    throw new MediaError('MEDIA_TOO_MANY_PIXELS');
  }
  const grey =
    spp === 1 &&
    (bits === 8 || bits === 16) &&
    (photometric === 'MONOCHROME1' || photometric === 'MONOCHROME2');
  const rgb = spp === 3 && bits === 8 && photometric === 'RGB' && planar === 0;
  if (!grey && !rgb) throw new MediaError('MEDIA_DICOM_UNSUPPORTED_PIXELS');
  const parts = (pixelElement.Value ?? []).filter((p): p is ArrayBuffer => p instanceof ArrayBuffer);
  const total = parts.reduce((s, p) => s + p.byteLength, 0);
  const frameBytes = rows * columns * spp * (bits / 8);
  if (total < frameBytes * frames) throw new MediaError('MEDIA_TRUNCATED');
  const data = new Uint8Array(frameBytes * frames);
  let offset = 0;
  for (const p of parts) {
    const take = Math.min(p.byteLength, data.length - offset);
    data.set(new Uint8Array(p, 0, take), offset);
    offset += take;
    if (offset >= data.length) break;
  }
  return {
    rows,
    columns,
    frames,
    samplesPerPixel: spp === 3 ? 3 : 1,
    bitsAllocated: bits === 16 ? 16 : 8,
    signed: num(dataset, '00280103') === 1,
    monochrome1: photometric === 'MONOCHROME1',
    data,
    frameBytes,
  };
}

function frameValues(px: DicomPixels, frame: number): Int32Array {
  const n = px.rows * px.columns * px.samplesPerPixel;
  const out = new Int32Array(n);
  const view = new DataView(px.data.buffer, px.data.byteOffset + frame * px.frameBytes, px.frameBytes);
  for (let i = 0; i < n; i++) {
    out[i] =
      px.bitsAllocated === 16
        ? px.signed
          ? view.getInt16(i * 2, true)
          : view.getUint16(i * 2, true)
        : px.signed
          ? view.getInt8(i)
          : view.getUint8(i);
  }
  return out;
}

/**
 * Renders one frame to 8-bit samples for display: rescale slope and intercept, then the first
 * window (centre/width) of the header (PS3.3 C.11.2.1.2 linear function), or the frame's own
 * range when there is none; MONOCHROME1 is inverted so that the picture reads as the modality shows it.
 */
export function renderFrame(
  px: DicomPixels,
  dataset: DicomDataset,
  frame: number,
  window?: { centre: number; width: number },
): { data: Buffer; channels: 1 | 3 } {
  const values = frameValues(px, frame);
  if (px.samplesPerPixel === 3) return { data: Buffer.from(Uint8Array.from(values)), channels: 3 };
  const slope = num(dataset, '00281053') ?? 1;
  const intercept = num(dataset, '00281052') ?? 0;
  let centre = window ? window.centre : num(dataset, '00281050');
  let width = window ? window.width : num(dataset, '00281051');
  if (centre === undefined || width === undefined || width < 1) {
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      const m = v * slope + intercept;
      if (m < min) min = m;
      if (m > max) max = m;
    }
    centre = (min + max) / 2;
    width = Math.max(1, max - min);
  }
  const out = Buffer.alloc(values.length);
  const low = centre - 0.5 - (width - 1) / 2;
  const high = centre - 0.5 + (width - 1) / 2;
  for (let i = 0; i < values.length; i++) {
    const m = values[i] * slope + intercept;
    let y = m <= low ? 0 : m > high ? 255 : ((m - (centre - 0.5)) / (width - 1) + 0.5) * 255;
    y = Math.round(Math.min(255, Math.max(0, y)));
    out[i] = px.monochrome1 ? 255 - y : y;
  }
  return { data: out, channels: 1 };
}

/**
 * The brightest values of one greyscale frame as black text on white, for a second OCR pass.
 * Burned-in annotation is drawn at (or near) the highest value the display shows white, so over
 * bright anatomy it vanishes in the rendering but stands alone at the top of the value range. The
 * threshold is the frame's maximum (as displayed: the minimum stored value for MONOCHROME1); when
 * fewer than 1 in 1,000 pixels hold it (too few for a line of text: an isolated bright spot), it
 * drops to the 99.5th percentile instead. Returns `undefined` for colour frames and when more than
 * a quarter of the frame would be lit (a flat or saturated frame is background, not text).
 */
export function brightestAsText(px: DicomPixels, frame: number): { data: Buffer; channels: 1 } | undefined {
  if (px.samplesPerPixel !== 1) return undefined;
  const values = frameValues(px, frame);
  if (px.monochrome1) for (let i = 0; i < values.length; i++) values[i] = -values[i];
  let max = -Infinity;
  let atMax = 0;
  for (const v of values) {
    if (v > max) {
      max = v;
      atMax = 1;
    } else if (v === max) atMax++;
  }
  let threshold = max;
  if (atMax < values.length / 1000) {
    const sorted = Int32Array.from(values).sort();
    threshold = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.995))];
  }
  const out = Buffer.alloc(values.length, 255);
  let lit = 0;
  for (let i = 0; i < values.length; i++) {
    if (values[i] >= threshold) {
      out[i] = 0;
      lit++;
    }
  }
  if (lit === 0 || lit > values.length / 4) return undefined;
  return { data: out, channels: 1 };
}

/** A named window (centre and width in the modality's units, Hounsfield units for CT). */
export interface WindowPreset {
  name: string;
  centre: number;
  width: number;
}

/** The usual CT windows, offered beside the header's own for a CT series. */
export const CT_WINDOW_PRESETS: readonly WindowPreset[] = [
  { name: 'soft-tissue', centre: 40, width: 400 },
  { name: 'lung', centre: -600, width: 1500 },
  { name: 'bone', centre: 400, width: 1800 },
  { name: 'brain', centre: 40, width: 80 },
];

/** Fills the rectangles in every frame of the stored pixels with the frame's darkest stored value. */
export function maskAllFrames(px: DicomPixels, rects: readonly MaskRect[]): void {
  if (rects.length === 0) return;
  for (let f = 0; f < px.frames; f++) {
    const values = frameValues(px, f);
    let fill = 0;
    if (px.samplesPerPixel === 1) {
      fill = px.monochrome1 ? -Infinity : Infinity;
      for (const v of values) fill = px.monochrome1 ? Math.max(fill, v) : Math.min(fill, v);
    }
    fillRects(values, px.columns, px.rows, px.samplesPerPixel, rects, fill);
    const view = new DataView(px.data.buffer, px.data.byteOffset + f * px.frameBytes, px.frameBytes);
    for (let i = 0; i < values.length; i++) {
      if (px.bitsAllocated === 16) {
        if (px.signed) view.setInt16(i * 2, values[i], true);
        else view.setUint16(i * 2, values[i], true);
      } else if (px.signed) view.setInt8(i, values[i]);
      else view.setUint8(i, values[i]);
    }
  }
}

/** Puts the (masked) pixels back into the dataset as one uncompressed value. */
export function writeDicomPixels(dataset: DicomDataset, px: DicomPixels): void {
  const element = dataset['7FE00010'];
  const copy = new Uint8Array(px.data.length + (px.data.length % 2));
  copy.set(px.data);
  element.Value = [copy.buffer];
}

/** Frames given to OCR: the first, the last, then evenly between, at most `max`. */
export function framesToRead(frames: number, max: number): number[] {
  if (frames <= max) return Array.from({ length: frames }, (_, i) => i);
  const picked = new Set<number>([0, frames - 1]);
  for (let k = 1; k < max - 1; k++) picked.add(Math.round((k * (frames - 1)) / (max - 1 || 1)));
  return [...picked].sort((a, b) => a - b).slice(0, max);
}
