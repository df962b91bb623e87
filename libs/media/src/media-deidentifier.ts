import sharp from 'sharp';
import { MediaError } from './media-error.js';
import { resolveLimits, type MediaLimits } from './media-limits.js';
import type { MaskRect } from './mask-rect.js';
import { detectMediaKind, type MediaKind } from './sniff/media-type.js';
import { checkDicomPreamble } from './sniff/container-check.js';
import { decodeRaster, encodeMasked, ocrCopy } from './raster/raster-deid.js';
import { decodeHeic } from './raster/heic.js';
import { createFaceDetector, faceMask, type FaceDetector } from './faces/face-detector.js';
import { createOcrEngine, type OcrEngine } from './ocr/ocr-engine.js';
import { planWordMasks, type MaskReason } from './ocr/text-masks.js';
import { requireCompleteDataset } from './dicom/dataset-bounds.js';
import { requireUncompressedTransferSyntax } from './dicom/transfer-syntax.js';
import {
  applyConfidentialityProfile,
  markDeidentified,
  type ProfileCounts,
} from './dicom/confidentiality-profile.js';
import { collectHeaderIdentifiers } from './dicom/header-identifiers.js';
import {
  firstString,
  framesToRead,
  maskAllFrames,
  readDicomPixels,
  renderFrame,
  brightestAsText,
  CT_WINDOW_PRESETS,
  writeDicomPixels,
} from './dicom/dicom-pixels.js';
import { UidReplacer } from './dicom/uid-replacer.js';
import { parseDicom, quietly, writeDicom } from './dicom/dicom-io.js';

export { quietly };

/**
 * Why a human must look before the result is shared. `FACES_NOT_CHECKED`: no face detector ran
 * (turned off); `FACES_MASKED`: faces were found and filled (the author checks that none was
 * missed and none masked in vain); `FACES_EYES_ONLY`: only the eyes of the faces found were
 * masked, on the author's request; `FACES_FRAMES_SAMPLED`: a photographic DICOM had more frames
 * than were searched for faces (the masks found are filled in every frame).
 */
export type ReviewReason =
  | 'FACES_NOT_CHECKED'
  | 'FACES_MASKED'
  | 'FACES_EYES_ONLY'
  | 'OCR_DISABLED'
  | 'OCR_FRAMES_SAMPLED'
  | 'FACES_FRAMES_SAMPLED'
  | 'BURNED_IN_ANNOTATION_DECLARED';

export interface MediaReport {
  /**
   * Words OCR read (for greyscale DICOM, both passes: a word read in each counts twice), and how
   * many of them were masked, by reason.
   */
  ocrWords: number;
  maskedWords: number;
  maskReasons: Record<MaskReason, number>;
  /** The filled rectangles, in output image coordinates (the same for every DICOM frame). */
  masks: MaskRect[];
  /** For DICOM: what the confidentiality profile changed, in counts. */
  dicom?: ProfileCounts;
  needsAuthorReview: ReviewReason[];
  /** Faces found and masked (0 when none were found, or when no detector ran: see the flags). */
  faces?: number;
  /** The rectangles filled over faces (also in `masks`). */
  faceMasks?: MaskRect[];
}

export interface MediaDeidentificationResult {
  kind: MediaKind;
  /** What a browser shows: the re-encoded photo, or the DICOM's first frame rendered as PNG. */
  image: { mimeType: 'image/jpeg' | 'image/png'; bytes: Buffer; width: number; height: number };
  /** For DICOM: the de-identified file (same transfer syntax, masked pixels). */
  dicom?: { bytes: Buffer; frames: number };
  /** For a greyscale CT: the first frame rendered (PNG, masks included) at each usual CT window. */
  windows?: { name: string; centre: number; width: number; bytes: Buffer }[];
  report: MediaReport;
}

export interface MediaDeidentifierOptions {
  limits?: Partial<MediaLimits>;
  /** Key for consistent UID replacement; use one key per case. A random key is used without one. */
  uidKey?: Uint8Array;
  /** `false` turns OCR off (the result is then flagged); an engine can be shared between instances. */
  ocr?: boolean | OcrEngine;
  /**
   * How a found face is masked: `full` (default) fills the whole face; `eyes` only a band over the
   * eyes, for when the face is the finding and the patient consented (the caller records that).
   */
  faces?: 'full' | 'eyes';
  /** `false` turns face detection off (photos are then flagged); a detector can be shared. */
  faceDetector?: boolean | FaceDetector;
}

const PHOTO_MODALITIES = new Set(['XC', 'VL', 'OP', 'ES', 'GM', 'SM', 'OT']);

/**
 * The image de-identification pipeline: judge the type from the bytes, decode within limits,
 * strip all metadata (or apply the DICOM confidentiality profile), mask burned-in identifiers
 * found by OCR, and re-encode. Refusals are {@link MediaError}s with input-free messages.
 * See README.md for what is guaranteed and what is not.
 */
export class MediaDeidentifier {
  private readonly limits: MediaLimits;
  private readonly uids: UidReplacer;
  private readonly ocrOption: boolean | OcrEngine;
  private ocr: Promise<OcrEngine> | undefined;
  private ownsOcr = false;
  private readonly faceOption: boolean | FaceDetector;
  private readonly faceMode: 'full' | 'eyes';
  private detector: Promise<FaceDetector> | undefined;

  constructor(options: MediaDeidentifierOptions = {}) {
    this.limits = resolveLimits(options.limits);
    this.uids = new UidReplacer(options.uidKey);
    this.ocrOption = options.ocr ?? true;
    this.faceOption = options.faceDetector ?? true;
    this.faceMode = options.faces ?? 'full';
  }

  async deidentify(
    input: Uint8Array,
    options: { declaredMimeType?: string } = {},
  ): Promise<MediaDeidentificationResult> {
    if (input.length > this.limits.maxBytes) throw new MediaError('MEDIA_TOO_LARGE');
    const kind = detectMediaKind(input, options.declaredMimeType);
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    return kind === 'dicom' ? this.deidentifyDicom(bytes) : this.deidentifyRaster(bytes, kind);
  }

  async close(): Promise<void> {
    if (this.ocr !== undefined && this.ownsOcr) await (await this.ocr).close();
    this.ocr = undefined;
  }

  private faces(): Promise<FaceDetector> | undefined {
    if (this.faceOption === false) return undefined;
    if (this.faceOption !== true) return Promise.resolve(this.faceOption);
    this.detector ??= createFaceDetector();
    return this.detector;
  }

  private engine(): Promise<OcrEngine> | undefined {
    if (this.ocrOption === false) return undefined;
    if (this.ocrOption !== true) return Promise.resolve(this.ocrOption);
    if (this.ocr === undefined) {
      this.ownsOcr = true;
      this.ocr = createOcrEngine();
    }
    return this.ocr;
  }

  private async deidentifyRaster(
    bytes: Buffer,
    kind: 'jpeg' | 'png' | 'heic',
  ): Promise<MediaDeidentificationResult> {
    const raster =
      kind === 'heic' ? await decodeHeic(bytes, this.limits) : await decodeRaster(bytes, kind, this.limits);
    // A browser shows no HEIC: a HEIC photo leaves the pipeline as a JPEG.
    const output = kind === 'heic' ? 'jpeg' : kind;
    const report = emptyReport();
    const detector = this.faces();
    if (detector === undefined) report.needsAuthorReview.push('FACES_NOT_CHECKED');
    else {
      const found = await (await detector).detect(raster);
      report.faces = found.length;
      if (found.length > 0) {
        report.needsAuthorReview.push(this.faceMode === 'eyes' ? 'FACES_EYES_ONLY' : 'FACES_MASKED');
        report.faceMasks = found.map((face) => faceMask(face, this.faceMode));
      }
    }
    const engine = this.engine();
    if (engine === undefined) report.needsAuthorReview.push('OCR_DISABLED');
    else {
      const { png, scale } = await ocrCopy(raster, this.limits.maxOcrSide);
      const lines = await (await engine).readLines(png);
      const plan = planWordMasks(
        lines.map((line) => line.map((w) => ({ ...w, box: unscale(w.box, scale) }))),
        new Set(),
      );
      addPlan(report, plan);
    }
    // OCR read the picture before the faces were filled; both kinds of masks go in at once.
    report.masks.push(...(report.faceMasks ?? []));
    const out = await encodeMasked(raster, output, report.masks);
    return {
      kind,
      image: {
        mimeType: output === 'jpeg' ? 'image/jpeg' : 'image/png',
        bytes: out,
        width: raster.width,
        height: raster.height,
      },
      report,
    };
  }

  private async deidentifyDicom(bytes: Buffer): Promise<MediaDeidentificationResult> {
    checkDicomPreamble(bytes);
    requireCompleteDataset(bytes, requireUncompressedTransferSyntax(bytes));
    const parsed = parseDicom(bytes);
    const dataset = parsed.dict;
    const pixels = readDicomPixels(dataset, this.limits);
    const report = emptyReport();
    const modality = firstString(dataset, '00080060');
    if (firstString(dataset, '00280301') === 'YES')
      report.needsAuthorReview.push('BURNED_IN_ANNOTATION_DECLARED');
    const headerTerms = collectHeaderIdentifiers(dataset);
    // The frames read (OCR, faces): the first, the last and evenly between; masks go on every frame.
    const frames = framesToRead(pixels.frames, this.limits.maxOcrFrames);
    const faceMasks: MaskRect[] = [];
    if (PHOTO_MODALITIES.has(modality)) {
      const detector = this.faces();
      if (detector === undefined) report.needsAuthorReview.push('FACES_NOT_CHECKED');
      else {
        if (frames.length < pixels.frames) report.needsAuthorReview.push('FACES_FRAMES_SAMPLED');
        let found = 0;
        for (const frame of frames) {
          const rendered = renderFrame(pixels, dataset, frame);
          const faces = await (
            await detector
          ).detect({
            width: pixels.columns,
            height: pixels.rows,
            channels: rendered.channels,
            pixels: rendered.data,
          });
          found = Math.max(found, faces.length);
          faceMasks.push(...faces.map((face) => faceMask(face, this.faceMode)));
        }
        report.faces = found;
        if (faceMasks.length > 0) {
          report.needsAuthorReview.push(this.faceMode === 'eyes' ? 'FACES_EYES_ONLY' : 'FACES_MASKED');
          report.faceMasks = faceMasks;
        }
      }
    }
    const engine = this.engine();
    if (engine === undefined) report.needsAuthorReview.push('OCR_DISABLED');
    else {
      if (frames.length < pixels.frames) report.needsAuthorReview.push('OCR_FRAMES_SAMPLED');
      for (const frame of frames) {
        const png = await framePng(pixels.columns, pixels.rows, renderFrame(pixels, dataset, frame));
        const lines = await (await engine).readLines(png);
        // Greyscale only: a second pass on the brightest values alone, for text over bright anatomy.
        const brightest = brightestAsText(pixels, frame);
        if (brightest !== undefined)
          lines.push(
            ...(await (await engine).readLines(await framePng(pixels.columns, pixels.rows, brightest))),
          );
        addPlan(report, planWordMasks(lines, headerTerms));
      }
    }
    // OCR read the frames before the faces were filled; both kinds of masks go in at once.
    report.masks.push(...faceMasks);
    maskAllFrames(pixels, report.masks);
    writeDicomPixels(dataset, pixels);
    report.dicom = applyConfidentialityProfile(dataset, this.uids);
    applyConfidentialityProfile(parsed.meta, this.uids);
    delete parsed.meta['00020016'];
    markDeidentified(dataset);
    const written = writeDicom(parsed);
    const rendering = await framePng(pixels.columns, pixels.rows, renderFrame(pixels, dataset, 0));
    // Rendered from the masked pixels, so every window hides what the default rendering hides.
    const windows = [];
    if (modality === 'CT' && pixels.samplesPerPixel === 1) {
      for (const preset of CT_WINDOW_PRESETS) {
        const bytes = await framePng(pixels.columns, pixels.rows, renderFrame(pixels, dataset, 0, preset));
        windows.push({ ...preset, bytes });
      }
    }
    return {
      kind: 'dicom',
      image: { mimeType: 'image/png', bytes: rendering, width: pixels.columns, height: pixels.rows },
      dicom: { bytes: written, frames: pixels.frames },
      windows,
      report,
    };
  }
}

/** Convenience for one file: a pipeline made, used and closed. */
export async function deidentifyMedia(
  input: Uint8Array,
  options: MediaDeidentifierOptions & { declaredMimeType?: string } = {},
): Promise<MediaDeidentificationResult> {
  const pipeline = new MediaDeidentifier(options);
  try {
    return await pipeline.deidentify(input, options);
  } finally {
    await pipeline.close();
  }
}

async function framePng(
  width: number,
  height: number,
  frame: { data: Buffer; channels: 1 | 3 },
): Promise<Buffer> {
  const image = sharp(frame.data, { raw: { width, height, channels: frame.channels } });
  return (frame.channels === 1 ? image.toColourspace('b-w') : image).png().toBuffer();
}

function emptyReport(): MediaReport {
  return {
    ocrWords: 0,
    maskedWords: 0,
    maskReasons: { ANONYMIZER: 0, HEADER_VALUE: 0, LONG_NUMBER: 0 },
    masks: [],
    needsAuthorReview: [],
  };
}

function addPlan(report: MediaReport, plan: ReturnType<typeof planWordMasks>): void {
  report.ocrWords += plan.words;
  report.maskedWords += plan.masked.length;
  for (const m of plan.masked) {
    report.maskReasons[m.reason]++;
    report.masks.push(m.box);
  }
}

function unscale(box: MaskRect, scale: number): MaskRect {
  return { x: box.x / scale, y: box.y / scale, width: box.width / scale, height: box.height / scale };
}
