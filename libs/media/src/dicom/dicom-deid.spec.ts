import { describe, expect, it } from '@jest/globals';
import dcmjs from 'dcmjs';
import sharp from 'sharp';
import { MediaDeidentifier, quietly } from '../media-deidentifier.js';
import { MediaError } from '../media-error.js';
import { ANNEX_E_BASIC_PROFILE } from './annex-e-profile.js';
import { PLANTED, makeCtDicom, plantedStrings } from '../testing/media-fixtures.js';

const KEY = Buffer.alloc(32, 7);

function survivors(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  return plantedStrings().filter((s) => text.includes(s));
}

function parse(bytes: Buffer) {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return quietly(() => dcmjs.data.DicomMessage.readFile(copy as ArrayBuffer));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof MediaError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('DICOM de-identification', () => {
  const pipeline = new MediaDeidentifier({ ocr: false, uidKey: KEY });

  it('should leave none of the planted header identifiers in the output file', async () => {
    const input = makeCtDicom();
    expect(survivors(input)).toHaveLength(plantedStrings().length);
    const result = await pipeline.deidentify(input);
    expect(survivors(result.dicom!.bytes)).toEqual([]);
  });

  it('should write valid DICOM that parses again, keeping what the consult needs', async () => {
    const result = await pipeline.deidentify(makeCtDicom());
    const { dict, meta } = parse(result.dicom!.bytes);
    expect(dict['00080060'].Value).toEqual(['CT']);
    expect(dict['00180015'].Value).toEqual(['CHEST']);
    expect(dict['00280030'].Value).toEqual([0.7, 0.7]);
    expect(dict['00281050'].Value).toEqual([40]);
    expect(dict['00281051'].Value).toEqual([400]);
    expect((dict['00100010'].Value ?? []).filter((v) => v !== '')).toEqual([]);
    expect((dict['00100020'].Value ?? []).filter((v) => v !== '')).toEqual([]);
    expect(dict['00101000']).toBeUndefined();
    expect(dict['00091001']).toBeUndefined();
    expect(dict['00090010']).toBeUndefined();
    expect(dict['00120062'].Value).toEqual(['YES']);
    expect((dict['00081032'].Value![0] as Record<string, { Value: unknown[] }>)['0040A123'].Value).toEqual([
      { Alphabetic: 'ANONYMOUS' },
    ]);
    expect(meta['00020003'].Value).toEqual(dict['00080018'].Value);
    expect(new Int16Array(dict['7FE00010'].Value![0] as ArrayBuffer).length).toBe(64 * 64);
  });

  it('should replace UIDs consistently for one key and differently for another', async () => {
    const a = parse((await pipeline.deidentify(makeCtDicom({ instance: 1 }))).dicom!.bytes).dict;
    const b = parse((await pipeline.deidentify(makeCtDicom({ instance: 2 }))).dicom!.bytes).dict;
    const other = new MediaDeidentifier({ ocr: false, uidKey: Buffer.alloc(32, 9) });
    const c = parse((await other.deidentify(makeCtDicom({ instance: 1 }))).dicom!.bytes).dict;
    const study = (d: typeof a): unknown => d['0020000D'].Value![0];
    expect(study(a)).toMatch(/^2\.25\.\d+$/);
    expect(study(a)).toBe(study(b));
    expect(a['0020000E'].Value).toEqual(b['0020000E'].Value);
    expect(a['00080018'].Value).not.toEqual(b['00080018'].Value);
    expect(study(c)).not.toBe(study(a));
    const referenced = (a['00081140'].Value![0] as Record<string, { Value: unknown[] }>)['00081155'].Value[0];
    expect(referenced).toMatch(/^2\.25\.\d+$/);
  });

  it('should render a windowed PNG for the browser', async () => {
    const result = await pipeline.deidentify(makeCtDicom());
    expect(result.image.mimeType).toBe('image/png');
    const meta = await sharp(result.image.bytes).metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([64, 64, 1]);
    const { data } = await sharp(result.image.bytes)
      .toColourspace('b-w')
      .raw()
      .toBuffer({ resolveWithObject: true });
    // Window 40/400: -160 HU and below is black, +240 HU and above is white.
    expect(data[0]).toBe(0);
    expect(data[63]).toBe(255);
    expect([meta.exif, meta.xmp, meta.icc, meta.comments]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('should keep every frame of a multi-frame file', async () => {
    const result = await pipeline.deidentify(makeCtDicom({ frames: 3 }));
    expect(result.dicom!.frames).toBe(3);
    const { dict } = parse(result.dicom!.bytes);
    expect(new Int16Array(dict['7FE00010'].Value![0] as ArrayBuffer).length).toBe(3 * 64 * 64);
    expect(survivors(result.dicom!.bytes)).toEqual([]);
  });

  it('should handle Implicit VR Little Endian', async () => {
    const result = await pipeline.deidentify(makeCtDicom({ transferSyntax: '1.2.840.10008.1.2' }));
    expect(survivors(result.dicom!.bytes)).toEqual([]);
    expect(parse(result.dicom!.bytes).dict['00080060'].Value).toEqual(['CT']);
  });

  it('should refuse compressed transfer syntaxes it cannot decode, naming the syntax', async () => {
    const jpeg = makeCtDicom({ transferSyntax: '1.2.840.10008.1.2.4.50' });
    await expect(pipeline.deidentify(jpeg)).rejects.toThrow(/JPEG Baseline/);
    expect(
      await refusal(pipeline.deidentify(makeCtDicom({ transferSyntax: '1.2.840.10008.1.2.1.99' }))),
    ).toBe('MEDIA_DICOM_UNSUPPORTED_TRANSFER_SYNTAX');
  });

  it('should refuse a truncated file', async () => {
    const full = makeCtDicom();
    expect(await refusal(pipeline.deidentify(full.subarray(0, full.length - 1000)))).toBe('MEDIA_TRUNCATED');
  });

  it('should refuse a file whose preamble is another format', async () => {
    const file = Buffer.from(makeCtDicom());
    file.write('MZ', 0, 'latin1');
    expect(await refusal(pipeline.deidentify(file))).toBe('MEDIA_POLYGLOT');
  });

  it('should refuse more frames than allowed before reading pixels', async () => {
    const small = new MediaDeidentifier({ ocr: false, limits: { maxFrames: 2 } });
    expect(await refusal(small.deidentify(makeCtDicom({ frames: 3 })))).toBe('MEDIA_TOO_MANY_PIXELS');
  });

  it('should answer every mutated or cut file with a result or a typed refusal, never another error', async () => {
    const original = makeCtDicom({ rows: 16, columns: 16 });
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const outcomes = new Set<string>();
    for (let round = 0; round < 60; round++) {
      let mutated = Buffer.from(original);
      if (round % 5 === 0) mutated = mutated.subarray(0, 132 + (next() % (mutated.length - 132)));
      else
        for (let k = 0; k < 1 + (round % 4); k++)
          mutated[132 + (next() % (mutated.length - 132))] = next() & 0xff;
      try {
        await pipeline.deidentify(mutated);
        outcomes.add('ACCEPTED');
      } catch (err) {
        outcomes.add(err instanceof MediaError ? err.code : `UNEXPECTED ${String(err)}`);
      }
    }
    expect([...outcomes].filter((o) => o !== 'ACCEPTED' && !o.startsWith('MEDIA_'))).toEqual([]);
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('should list each tag of the profile once', () => {
    const tags = ANNEX_E_BASIC_PROFILE.map((a) => a.tag);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags).toEqual(
      expect.arrayContaining(['00100010', '00100020', '00100030', '0020000D', '00080080']),
    );
    expect(PLANTED.patientFamily).toBe('Whitfield');
  });
});
