import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import dcmjs from 'dcmjs';
import sharp from 'sharp';
import { MediaDeidentifier, quietly } from '../media-deidentifier.js';
import { parseDicom } from '../dicom/dicom-io.js';
import { readDicomPixels } from '../dicom/dicom-pixels.js';
import { resolveLimits } from '../media-limits.js';
import {
  PUBLIC_SAMPLES,
  makeCtDicom,
  plantInPublicSample,
  plantedWordPixels,
  readPublicSample,
  textImage,
  wordsStillDrawn,
} from '../testing/media-fixtures.js';
import { createOcrEngine, type OcrEngine } from './ocr-engine.js';

// OCR is CPU-heavy: one engine for the file, two small images.
let engine: OcrEngine;
beforeAll(async () => {
  engine = await createOcrEngine();
});
afterAll(async () => {
  await engine.close();
});

async function wordsIn(png: Buffer): Promise<string[]> {
  return (await engine.readLines(png)).flat().map((w) => w.text.toLowerCase());
}

function surviving(words: string[], planted: string[]): string[] {
  return planted.filter((p) => words.some((w) => w.includes(p.toLowerCase())));
}

/** The stored pixel bytes of a DICOM file. */
function stored(file: Buffer): Uint8Array {
  return readDicomPixels(parseDicom(file).dict, resolveLimits({})).data;
}

describe('burned-in text', () => {
  it('should cover every pixel of a name and MRN burned into the real ultrasound sample', async () => {
    const sample = readPublicSample('examples_rgb_color.dcm');
    const plain = stored(await plantInPublicSample(sample, { scale: 2, top: 380, lines: [] }));
    // identifiers only (the survival script's "ID" label is rightly left unmasked)
    const lines = ['WHITFIELD JONAS', 'MRN48213377'];
    const input = await plantInPublicSample(sample, { scale: 2, top: 380, lines });
    const burned = stored(input);
    const text = [...burned.keys()].filter((i) => burned[i] !== plain[i]);
    expect(text.length).toBeGreaterThan(1000);

    const result = await new MediaDeidentifier({ ocr: engine, faceDetector: false }).deidentify(input);
    const output = stored(result.dicom!.bytes);
    expect(text.filter((i) => output[i] === burned[i])).toEqual([]);
    expect(result.report.maskedWords).toBeGreaterThanOrEqual(3);
  });

  // Text over bright anatomy, which OCR misses in the rendering: the pass on the brightest values finds it.
  for (const file of ['CT_small.dcm', 'MR_small.dcm'] as const) {
    it(`should leave no planted word drawn over the anatomy of the real ${file}`, async () => {
      const sample = PUBLIC_SAMPLES.find((s) => s.file === file)!;
      const input = await plantInPublicSample(readPublicSample(file), {
        scale: sample.scale,
        top: sample.top,
      });
      const size = readDicomPixels(parseDicom(input).dict, resolveLimits({}));
      const wordPixels = await plantedWordPixels(size.columns, size.rows, sample.top!);
      const words = ['WHITFIELD', 'JONAS', 'MRN48213377'];
      expect(wordsStillDrawn(input, input, wordPixels, words)).toBe(3);

      const result = await new MediaDeidentifier({ ocr: engine, faceDetector: false }).deidentify(input);

      expect(wordsStillDrawn(input, result.dicom!.bytes, wordPixels, words)).toBe(0);
    });
  }

  it('should mask the identifiers OCR reads in a photo and keep the clinical words', async () => {
    const input = await textImage(760, 260, [
      { text: 'Patient: Jonas Whitfield', x: 20, y: 60, size: 30 },
      { text: 'MRN 48213377 DOB 03/14/1951', x: 20, y: 130, size: 30 },
      { text: 'chest PA erect', x: 20, y: 200, size: 30 },
    ]);
    const planted = ['Jonas', 'Whitfield', '48213377', '1951'];
    expect(surviving(await wordsIn(input), planted)).toEqual(planted);
    const result = await new MediaDeidentifier({ ocr: engine }).deidentify(input);
    const after = await wordsIn(result.image.bytes);
    expect(surviving(after, planted)).toEqual([]);
    expect(after).toEqual(expect.arrayContaining(['chest', 'erect']));
    expect(result.report.maskedWords).toBeGreaterThanOrEqual(4);
  });

  it('should mask DICOM header values burned into the pixels, in the file and in its rendering', async () => {
    const text = await textImage(384, 384, [
      { text: 'WHITFIELD JONAS', x: 12, y: 40, size: 22 },
      { text: 'ID MRN48213377', x: 12, y: 80, size: 22 },
      { text: 'AXIAL 5MM', x: 12, y: 360, size: 22 },
    ]);
    const { data } = await sharp(text).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
    const dicom = makeCtDicom({ rows: 384, columns: 384, pixels: () => Int16Array.from(data, (g) => g * 8) });
    const result = await new MediaDeidentifier({ ocr: engine }).deidentify(dicom);
    const planted = ['Whitfield', 'Jonas', 'MRN48213377'];
    expect(surviving(await wordsIn(result.image.bytes), planted)).toEqual([]);
    expect(
      result.report.maskReasons.HEADER_VALUE + result.report.maskReasons.ANONYMIZER,
    ).toBeGreaterThanOrEqual(3);
    const out = result.dicom!.bytes;
    const parsed = quietly(() =>
      dcmjs.data.DicomMessage.readFile(
        out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer,
      ),
    );
    const stored = new Int16Array(parsed.dict['7FE00010'].Value![0] as ArrayBuffer);
    const rect = result.report.masks[0];
    const inside = new Set<number>();
    for (let y = Math.max(0, rect.y); y < Math.min(384, rect.y + rect.height); y++) {
      for (let x = Math.max(0, rect.x); x < Math.min(384, rect.x + rect.width); x++)
        inside.add(stored[y * 384 + x]);
    }
    expect([...inside]).toEqual([stored.reduce((a, b) => Math.min(a, b), Infinity)]);
  });
});
