import { describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { MediaDeidentifier } from '../media-deidentifier.js';
import { resolveLimits } from '../media-limits.js';
import {
  PUBLIC_SAMPLES,
  plantInPublicSample,
  plantedStrings,
  readPublicSample,
} from '../testing/media-fixtures.js';
import { parseDicom } from './dicom-io.js';
import { readDicomPixels } from './dicom-pixels.js';

// Real public DICOM samples (libs/media/test-data/public/) with synthetic identifiers planted in
// their headers: the header stage on real files from other makers' software.

/** Attributes the consult needs, which the profile keeps, with the samples that must hold them. */
const KEPT: Record<string, readonly string[]> = {
  '00080060': ['CT_small.dcm', 'MR_small.dcm', 'examples_rgb_color.dcm', 'SC_rgb_small_odd.dcm'], // modality
  '00280030': ['CT_small.dcm', 'MR_small.dcm', 'SC_rgb_small_odd.dcm'], // pixel spacing
  '00281050': ['MR_small.dcm'], // window centre
  '00281051': ['MR_small.dcm'], // window width
  '00281052': ['CT_small.dcm'], // rescale intercept
  '00180050': ['CT_small.dcm', 'MR_small.dcm'], // slice thickness
};

function found(bytes: Buffer, strings: readonly string[]): string[] {
  const text = bytes.toString('latin1');
  return strings.filter((s) => text.includes(s));
}

describe('real public DICOM samples with planted identifiers', () => {
  const pipeline = new MediaDeidentifier({ ocr: false, faceDetector: false, uidKey: Buffer.alloc(32, 3) });

  for (const sample of PUBLIC_SAMPLES) {
    it(`should de-identify ${sample.file}, keeping what the consult needs`, async () => {
      const original = readPublicSample(sample.file);
      const input = await plantInPublicSample(original);
      const planted = plantedStrings();
      expect(found(input, planted)).toEqual(planted);
      const source = parseDicom(input).dict;

      const result = await pipeline.deidentify(input);

      expect(result.kind).toBe('dicom');
      const everything = Buffer.concat([
        result.dicom!.bytes,
        result.image.bytes,
        ...(result.windows ?? []).map((w) => w.bytes),
      ]);
      expect(found(everything, planted)).toEqual([]);

      const output = parseDicom(result.dicom!.bytes);
      for (const [tag, samples] of Object.entries(KEPT)) {
        if (!samples.includes(sample.file)) continue;
        expect(source[tag]?.Value?.length).toBeGreaterThan(0);
        expect(output.dict[tag]?.Value).toEqual(source[tag]?.Value);
      }
      expect(output.dict['00120062']?.Value).toEqual(['YES']);
      expect(output.dict['00991001']).toBeUndefined();
      const before = readDicomPixels(source, resolveLimits({}));
      const after = readDicomPixels(output.dict, resolveLimits({}));
      expect([after.rows, after.columns, after.frames]).toEqual([before.rows, before.columns, before.frames]);
      expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);

      const rendering = await sharp(result.image.bytes).metadata();
      expect(rendering.format).toBe('png');
      expect([rendering.width, rendering.height]).toEqual([before.columns, before.rows]);
    });

    it(`should leave none of ${sample.file}'s own header identifiers`, async () => {
      const original = readPublicSample(sample.file);
      expect(found(original, sample.ownIdentifiers)).toEqual(sample.ownIdentifiers);
      const result = await pipeline.deidentify(original);
      expect(found(Buffer.concat([result.dicom!.bytes, result.image.bytes]), sample.ownIdentifiers)).toEqual(
        [],
      );
    });
  }
});
