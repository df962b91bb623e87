import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { MediaDeidentifier } from '../media-deidentifier.js';
import { MediaError } from '../media-error.js';

// A 320 x 240 HEIC (HEVC) photo made for these tests with libheif's heif-enc from a JPEG whose EXIF
// holds an invented name and MRN (see DATA-LICENSES.md).
const FIXTURE = fileURLToPath(new URL('../testing/fixtures/photo-exif.heic', import.meta.url));

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof MediaError ? error.code : `untyped: ${String(error)}`;
  }
}

/** The fixture with the size in its `ispe` (image spatial extents) box replaced. */
function withExtents(bytes: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf('ispe', 0, 'latin1');
  copy.writeUInt32BE(width, at + 8);
  copy.writeUInt32BE(height, at + 12);
  return copy;
}

describe('HEIC photos', () => {
  const pipeline = new MediaDeidentifier({ ocr: false, faceDetector: false });
  let heic: Buffer;

  beforeAll(async () => {
    heic = await readFile(FIXTURE);
    // The fixture does carry the metadata the pipeline must drop.
    expect(heic.toString('latin1')).toContain('ExifWhitfield');
  });

  it('should decode a HEIC photo and re-encode it as a JPEG without its metadata', async () => {
    const result = await pipeline.deidentify(heic, { declaredMimeType: 'image/heic' });
    expect(result.kind).toBe('heic');
    expect(result.image).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 240 });
    const meta = await sharp(result.image.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 320, height: 240 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    const text = result.image.bytes.toString('latin1');
    expect(text).not.toContain('ExifWhitfield');
    expect(text).not.toContain('MRN48213377');
    // The picture itself survives: the dark disc in the middle, the light background at a corner.
    const { data, info } = await sharp(result.image.bytes).raw().toBuffer({ resolveWithObject: true });
    const red = (x: number, y: number) => data[(y * info.width + x) * info.channels];
    expect(red(160, 120)).toBeLessThan(160);
    expect(red(5, 5)).toBeGreaterThan(170);
    expect(result.report.needsAuthorReview).toContain('FACES_NOT_CHECKED');
    expect(result.report.faces).toBeUndefined();
  });

  it('should accept image/heif as the declared type and refuse a HEIC declared as JPEG', async () => {
    expect((await pipeline.deidentify(heic, { declaredMimeType: 'image/heif' })).kind).toBe('heic');
    expect(await code(pipeline.deidentify(heic, { declaredMimeType: 'image/jpeg' }))).toBe(
      'MEDIA_TYPE_MISMATCH',
    );
  });

  it('should refuse a HEIC whose header claims more pixels than allowed, before decoding', async () => {
    expect(await code(pipeline.deidentify(withExtents(heic, 60_000, 60_000)))).toBe('MEDIA_TOO_MANY_PIXELS');
    const strict = new MediaDeidentifier({
      ocr: false,
      faceDetector: false,
      limits: { maxPixels: 320 * 240 - 1 },
    });
    expect(await code(strict.deidentify(heic))).toBe('MEDIA_TOO_MANY_PIXELS');
  });

  it('should refuse truncated and damaged HEIC files with a typed error, never a crash', async () => {
    for (const cut of [40, 200, Math.floor(heic.length / 2), heic.length - 10]) {
      expect(['MEDIA_CORRUPT', 'MEDIA_TRUNCATED']).toContain(
        await code(pipeline.deidentify(heic.subarray(0, cut))),
      );
    }
    const damaged = Buffer.from(heic);
    damaged.fill(0x5a, Math.floor(damaged.length * 0.6));
    expect(['MEDIA_CORRUPT', 'resolved']).toContain(await code(pipeline.deidentify(damaged)));
  });
});
