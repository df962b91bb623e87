/**
 * `npm run --silent media:survival`: how many planted identifiers survive each stage of the image
 * pipeline, measured. Generates the test images (metadata-laden JPEG, PNG and HEIC photos, CT DICOM
 * files with planted header values, text burned into a photo and into a CT slice, a group photo and
 * a photographic DICOM of it), runs the pipeline three times, each run adding a stage (metadata
 * only; + OCR masking; + face masking, which is the whole pipeline as an upload gets it), and
 * measures every output the way the input was measured: planted strings searched for in the bytes,
 * metadata blocks read by libvips, burned-in words read back by OCR (in the rendering and in every
 * CT window), faces found by the detector (in the rendering and in every DICOM frame). The real
 * public DICOM samples in `libs/media/test-data/public/` get the same header identifiers planted
 * and, enlarged, the same text burned in; their own (already anonymised) header values are counted
 * too. Prints a Markdown table to stdout. The tests assert the zero-survival figures; this only reports them.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { DicomDataset } from 'dcmjs';
import { annexEAttributeFor } from '../dicom/annex-e-profile.js';
import { parseDicom } from '../dicom/dicom-io.js';
import { readDicomPixels, renderFrame } from '../dicom/dicom-pixels.js';
import { createFaceDetector, type FaceDetector } from '../faces/face-detector.js';
import { MediaDeidentifier, type MediaDeidentificationResult } from '../media-deidentifier.js';
import { resolveLimits } from '../media-limits.js';
import { createOcrEngine, type OcrEngine } from '../ocr/ocr-engine.js';
import {
  FACE_SAMPLE,
  BURNED_IN_LINES,
  PHOTO_METADATA_PLANTED,
  PUBLIC_SAMPLES,
  XMP,
  ladenJpeg,
  makeCtDicom,
  makeFaceDicom,
  metadataPresent,
  plantInPublicSample,
  plantedWordPixels,
  plantedStrings,
  readPublicSample,
  textImage,
  wordsStillDrawn,
} from '../testing/media-fixtures.js';

/** One planted kind of identifier in one test image, counted in the input and in each output. */
interface Row {
  image: string;
  planted: string;
  input: Buffer;
  declaredMimeType?: string;
  /** How many planted identifiers are found in the input (what the pipeline has to remove). */
  inInput(): Promise<number>;
  /** How many of them are still found in one run's output. */
  inOutput(result: MediaDeidentificationResult): Promise<number>;
}

const STAGES = ['metadata', '+ OCR masks', '+ face masks (the whole pipeline)'] as const;

/** The planted strings present anywhere in some bytes. */
function stringsIn(bytes: Buffer, strings: readonly string[]): number {
  const text = bytes.toString('latin1');
  return strings.filter((s) => text.includes(s)).length;
}

/** Metadata blocks sharp reads in a file, GPS counted when the EXIF block holds a GPS IFD pointer. */
async function blocksIn(bytes: Buffer): Promise<number> {
  const meta = await sharp(bytes).metadata();
  const exif = meta.exif;
  const gps =
    exif !== undefined &&
    (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
  return metadataPresent(meta).length + (gps ? 1 : 0);
}

/** Every picture a result offers: the rendering and each CT window. */
function pictures(result: MediaDeidentificationResult): Buffer[] {
  return [result.image.bytes, ...(result.windows ?? []).map((w) => w.bytes)];
}

/** Raw 8-bit frames of a DICOM file, rendered as a viewer would show them. */
function dicomFrames(file: Buffer): { width: number; height: number; channels: number; pixels: Buffer }[] {
  const parsed = parseDicom(file);
  const px = readDicomPixels(parsed.dict, resolveLimits({}));
  return Array.from({ length: px.frames }, (_, f) => {
    const frame = renderFrame(px, parsed.dict, f);
    return { width: px.columns, height: px.rows, channels: frame.channels, pixels: frame.data };
  });
}

/**
 * The values a real sample's own header holds in attributes the confidentiality profile lists, in
 * person names and in dates, at any depth (4 characters or more, so that a code such as "M" or
 * "CT" is not counted as found wherever those letters occur), less those that are also the value of
 * part of the value of an attribute the pipeline keeps (MR_small's institution, TOSHIBA, is part of
 * its manufacturer, TOSHIBA_MEC).
 */
function ownHeaderValues(file: Buffer): string[] {
  const parsed = parseDicom(file);
  const listed = new Set<string>();
  const kept = new Set<string>();
  const walk = (dataset: DicomDataset): void => {
    for (const [tag, element] of Object.entries(dataset)) {
      if (element.vr === 'SQ') {
        for (const item of element.Value ?? [])
          if (item !== null && typeof item === 'object') walk(item as DicomDataset);
        continue;
      }
      const identifying =
        annexEAttributeFor(tag.toUpperCase()) !== undefined ||
        ['PN', 'DA', 'DT'].includes(element.vr) ||
        Number.parseInt(tag.slice(0, 4), 16) % 2 === 1;
      for (const v of element.Value ?? []) {
        const parts =
          typeof v === 'string'
            ? [v]
            : v !== null && typeof v === 'object'
              ? Object.values(v as Record<string, unknown>).filter((p): p is string => typeof p === 'string')
              : [];
        for (const part of parts) (identifying ? listed : kept).add(part.trim());
      }
    }
  };
  walk(parsed.meta);
  walk(parsed.dict);
  return [...listed].filter((v) => v.length >= 4 && ![...kept].some((k) => k.includes(v)));
}

async function rawOf(image: Buffer) {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels, pixels: data };
}

async function rows(ocr: OcrEngine, faces: FaceDetector): Promise<Row[]> {
  const wordsRead = async (images: Buffer[], planted: readonly string[]): Promise<number> => {
    const read = new Set<string>();
    for (const image of images) {
      const words = (await ocr.readLines(image)).flat().map((w) => w.text.toLowerCase());
      for (const p of planted) if (words.some((w) => w.includes(p.toLowerCase()))) read.add(p);
    }
    return read.size;
  };
  const facesFound = async (images: { width: number; height: number; channels: number; pixels: Buffer }[]) =>
    Math.max(0, ...(await Promise.all(images.map((i) => faces.detect(i)))).map((f) => f.length));

  const jpeg = await ladenJpeg();
  const png = await sharp({ create: { width: 64, height: 32, channels: 4, background: '#336699ff' } })
    .withExif({ IFD0: { Artist: 'ExifWhitfield' } })
    .withXmp(XMP)
    .png()
    .toBuffer();
  const heic = await readFile(join(process.cwd(), 'libs/media/src/testing/fixtures/photo-exif.heic'));
  const ct = makeCtDicom({ frames: 3 });
  const ctImplicit = makeCtDicom({ transferSyntax: '1.2.840.10008.1.2' });
  const photoText = await textImage(760, 260, [
    { text: 'Patient: Jonas Whitfield', x: 20, y: 60, size: 30 },
    { text: 'MRN 48213377 DOB 03/14/1951', x: 20, y: 130, size: 30 },
    { text: 'chest PA erect', x: 20, y: 200, size: 30 },
  ]);
  const ctText = await textImage(384, 384, [
    { text: 'WHITFIELD JONAS', x: 12, y: 40, size: 22 },
    { text: 'ID MRN48213377', x: 12, y: 80, size: 22 },
    { text: 'AXIAL 5MM', x: 12, y: 360, size: 22 },
  ]);
  const ctGrey = await sharp(ctText).toColourspace('b-w').raw().toBuffer();
  const ctBurned = makeCtDicom({
    rows: 384,
    columns: 384,
    pixels: () => Int16Array.from(ctGrey.subarray(0, 384 * 384), (g) => g * 8),
  });
  const groupPhoto = await sharp(FACE_SAMPLE).resize(960).jpeg().toBuffer();
  const faceDicom = await makeFaceDicom({ width: 640, frames: 2 });
  const photoWords = ['Jonas', 'Whitfield', '48213377', '1951'];
  const ctWords = ['Whitfield', 'Jonas', 'MRN48213377'];
  const headerStrings = plantedStrings();
  const firstFramePng = async (file: Buffer): Promise<Buffer> => {
    const [frame] = dicomFrames(file);
    if (frame === undefined) throw new Error('no frame');
    return sharp(frame.pixels, {
      raw: { width: frame.width, height: frame.height, channels: frame.channels as 1 | 3 },
    })
      .png()
      .toBuffer();
  };
  const publicRows: Row[] = [];
  for (const sample of PUBLIC_SAMPLES) {
    const original = readPublicSample(sample.file);
    const own = ownHeaderValues(original);
    const planted = await plantInPublicSample(original);
    publicRows.push(
      {
        image: `real: ${sample.file}, ${sample.description}, with the synthetic header identifiers above planted`,
        planted: 'header strings in the file and rendering',
        input: planted,
        inInput: () => Promise.resolve(stringsIn(planted, headerStrings)),
        inOutput: (r) =>
          Promise.resolve(stringsIn(Buffer.concat([r.dicom!.bytes, ...pictures(r)]), headerStrings)),
      },
      {
        image: `real: ${sample.file} as published (its makers anonymised it)`,
        planted: `its own header values in profile, private, name and date attributes (${own.length} distinct)`,
        input: original,
        inInput: () => Promise.resolve(stringsIn(original, own)),
        inOutput: (r) => Promise.resolve(stringsIn(Buffer.concat([r.dicom!.bytes, ...pictures(r)]), own)),
      },
    );
    if (sample.scale === undefined) continue;
    const burned = await plantInPublicSample(original, { scale: sample.scale, top: sample.top });
    publicRows.push({
      image: `real: ${sample.file} enlarged ${sample.scale} × (nearest neighbour), "${BURNED_IN_LINES.join(' / ')}" burned in`,
      planted: 'name parts and MRN read by OCR in the rendering or any CT window',
      input: burned,
      inInput: async () => wordsRead([await firstFramePng(burned)], ctWords),
      inOutput: (r) => wordsRead(pictures(r), ctWords),
    });
    const size = readDicomPixels(parseDicom(burned).dict, resolveLimits({}));
    const wordPixels = await plantedWordPixels(size.columns, size.rows, sample.top);
    const drawnWords = ['WHITFIELD', 'JONAS', 'MRN48213377'];
    publicRows.push({
      image: 'the same',
      planted: 'name parts and MRN still drawn in the stored pixels (over half of the word unmasked; no OCR)',
      input: burned,
      inInput: () => Promise.resolve(wordsStillDrawn(burned, burned, wordPixels, drawnWords)),
      inOutput: (r) => Promise.resolve(wordsStillDrawn(burned, r.dicom!.bytes, wordPixels, drawnWords)),
    });
  }

  return [
    {
      image: 'JPEG from a phone: EXIF (artist, MRN, town), GPS, XMP, IPTC, comment, P3 ICC, orientation',
      planted: 'strings in the bytes',
      input: jpeg,
      inInput: () => Promise.resolve(stringsIn(jpeg, PHOTO_METADATA_PLANTED)),
      inOutput: (r) => Promise.resolve(stringsIn(r.image.bytes, PHOTO_METADATA_PLANTED)),
    },
    {
      image: 'the same JPEG',
      planted: 'metadata blocks (EXIF, GPS, XMP, IPTC, ICC, orientation)',
      input: jpeg,
      inInput: () => blocksIn(jpeg),
      inOutput: (r) => blocksIn(r.image.bytes),
    },
    {
      image: 'PNG with EXIF and XMP',
      planted: 'strings + blocks',
      input: png,
      inInput: async () => stringsIn(png, ['ExifWhitfield', 'XmpWhitfield']) + (await blocksIn(png)),
      inOutput: async (r) =>
        stringsIn(r.image.bytes, ['ExifWhitfield', 'XmpWhitfield']) + (await blocksIn(r.image.bytes)),
    },
    {
      image: 'HEIC photo with EXIF (name, MRN)',
      planted: 'strings in the bytes',
      input: heic,
      declaredMimeType: 'image/heic',
      inInput: () => Promise.resolve(stringsIn(heic, ['ExifWhitfield', 'MRN48213377'])),
      inOutput: (r) => Promise.resolve(stringsIn(r.image.bytes, ['ExifWhitfield', 'MRN48213377'])),
    },
    {
      image:
        'CT DICOM, explicit VR, 3 frames: names, IDs, dates, institution, address, station, private tag, nested name, UIDs',
      planted: 'header strings in the file and rendering',
      input: ct,
      inInput: () => Promise.resolve(stringsIn(ct, headerStrings)),
      inOutput: (r) =>
        Promise.resolve(stringsIn(Buffer.concat([r.dicom!.bytes, ...pictures(r)]), headerStrings)),
    },
    {
      image: 'the same, implicit VR, 1 frame',
      planted: 'header strings in the file and rendering',
      input: ctImplicit,
      inInput: () => Promise.resolve(stringsIn(ctImplicit, headerStrings)),
      inOutput: (r) =>
        Promise.resolve(stringsIn(Buffer.concat([r.dicom!.bytes, ...pictures(r)]), headerStrings)),
    },
    {
      image: 'photo with burned-in "Patient: Jonas Whitfield / MRN 48213377 DOB 03/14/1951 / chest PA erect"',
      planted: 'given name, surname, MRN, birth year read by OCR',
      input: photoText,
      inInput: () => wordsRead([photoText], photoWords),
      inOutput: (r) => wordsRead([r.image.bytes], photoWords),
    },
    {
      image: '384 × 384 CT with "WHITFIELD JONAS / ID MRN48213377 / AXIAL 5MM" in the pixels',
      planted: 'name parts and MRN read by OCR in the rendering or any CT window',
      input: ctBurned,
      inInput: () => wordsRead([ctText], ctWords),
      inOutput: (r) => wordsRead(pictures(r), ctWords),
    },
    {
      image: 'group photo (face-api demo sample1.jpg, 960 px wide)',
      planted: 'faces the detector finds',
      input: groupPhoto,
      inInput: async () => facesFound([await rawOf(groupPhoto)]),
      inOutput: async (r) => facesFound([await rawOf(r.image.bytes)]),
    },
    {
      image: 'photographic DICOM (XC, RGB, 2 frames) of the group photo',
      planted: 'faces the detector finds in the rendering or any frame',
      input: faceDicom,
      inInput: () => facesFound(dicomFrames(faceDicom)),
      inOutput: async (r) => facesFound([await rawOf(r.image.bytes), ...dicomFrames(r.dicom!.bytes)]),
    },
    ...publicRows,
  ];
}

async function main(): Promise<void> {
  const ocr = await createOcrEngine();
  const faces = await createFaceDetector();
  try {
    const pipelines = [
      new MediaDeidentifier({ ocr: false, faceDetector: false }),
      new MediaDeidentifier({ ocr, faceDetector: false }),
      new MediaDeidentifier({ ocr, faceDetector: faces }),
    ];
    const table: string[][] = [];
    for (const row of await rows(ocr, faces)) {
      const cells = [row.image, row.planted, String(await row.inInput())];
      for (const pipeline of pipelines) {
        const result = await pipeline.deidentify(row.input, { declaredMimeType: row.declaredMimeType });
        cells.push(String(await row.inOutput(result)));
      }
      table.push(cells);
    }
    const head = [
      'test image (generated, or real where marked)',
      'planted, as measured',
      'in the input',
      ...STAGES.map((s) => `after ${s}`),
    ];
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const out = [line(head), line(head.map((_, i) => (i < 2 ? '---' : '---:'))), ...table.map(line)];
    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    process.stdout.write(
      `${out.join('\n')}\n\n${new Date().toISOString().slice(0, 10)}, load average ${load}\n`,
    );
  } finally {
    await ocr.close();
    await faces.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`media:survival: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
