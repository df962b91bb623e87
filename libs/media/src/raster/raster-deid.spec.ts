import { describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { MediaDeidentifier } from '../media-deidentifier.js';
import { MediaError } from '../media-error.js';
import {
  PHOTO_METADATA_PLANTED as PLANTED_TEXT,
  XMP,
  ladenJpeg,
  makeCtDicom,
  metadataPresent,
} from '../testing/media-fixtures.js';

const pipeline = new MediaDeidentifier({ ocr: false });

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof MediaError) return err.code;
    throw err;
  }
  return 'ACCEPTED';
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

describe('photo metadata', () => {
  it('should plant every kind of metadata in the test photo (the test can fail)', async () => {
    const input = await ladenJpeg();
    expect(metadataPresent(await sharp(input).metadata())).toEqual([
      'exif',
      'xmp',
      'iptc',
      'icc',
      'orientation',
    ]);
    const text = input.toString('latin1');
    expect(PLANTED_TEXT.filter((s) => text.includes(s))).toEqual(PLANTED_TEXT);
  });

  it('should drop EXIF, GPS, XMP, IPTC, ICC and comments, and apply the orientation', async () => {
    const result = await pipeline.deidentify(await ladenJpeg());
    const meta = await sharp(result.image.bytes).metadata();
    expect(metadataPresent(meta)).toEqual([]);
    const text = result.image.bytes.toString('latin1');
    expect(PLANTED_TEXT.filter((s) => text.includes(s))).toEqual([]);
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 120, 240]);
    // Faces were looked for (none in a flat picture).
    expect(result.report.needsAuthorReview).not.toContain('FACES_NOT_CHECKED');
    expect(result.report.faces).toBe(0);
  });

  it('should drop PNG text chunks and EXIF', async () => {
    const png = await sharp({ create: { width: 64, height: 32, channels: 4, background: '#336699ff' } })
      .withExif({ IFD0: { Artist: 'ExifWhitfield' } })
      .withXmp(XMP)
      .png()
      .toBuffer();
    expect(metadataPresent(await sharp(png).metadata())).toEqual(expect.arrayContaining(['exif', 'xmp']));
    const result = await pipeline.deidentify(png);
    expect(metadataPresent(await sharp(result.image.bytes).metadata())).toEqual([]);
    expect(result.image.bytes.toString('latin1')).not.toContain('Whitfield');
  });
});

describe('safe decoding', () => {
  it('should judge the type by the bytes and refuse a declared type that lies', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await pipeline.deidentify(png)).kind).toBe('png');
    expect(await code(pipeline.deidentify(png, { declaredMimeType: 'image/jpeg' }))).toBe(
      'MEDIA_TYPE_MISMATCH',
    );
  });

  it('should refuse empty, oversized, unknown and broken HEIC files with their own codes', async () => {
    const small = new MediaDeidentifier({ ocr: false, limits: { maxBytes: 100 } });
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    ]);
    expect(await code(pipeline.deidentify(Buffer.alloc(0)))).toBe('MEDIA_EMPTY');
    expect(await code(small.deidentify(Buffer.alloc(101, 1)))).toBe('MEDIA_TOO_LARGE');
    expect(await code(pipeline.deidentify(Buffer.from('%PDF-1.7 not an image')))).toBe(
      'MEDIA_UNSUPPORTED_TYPE',
    );
    expect(await code(pipeline.deidentify(Buffer.from('<html><script>alert(1)</script>')))).toBe(
      'MEDIA_UNSUPPORTED_TYPE',
    );
    expect(await code(pipeline.deidentify(heic))).toBe('MEDIA_CORRUPT');
  });

  it('should refuse a decompression bomb from its header, before decoding', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const bomb = Buffer.from(png);
    bomb.writeUInt32BE(60_000, 16);
    bomb.writeUInt32BE(60_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    expect(await code(pipeline.deidentify(bomb))).toBe('MEDIA_TOO_MANY_PIXELS');
    const tight = new MediaDeidentifier({ ocr: false, limits: { maxPixels: 1000 } });
    const big = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    expect(await code(tight.deidentify(big))).toBe('MEDIA_TOO_MANY_PIXELS');
  });

  it('should refuse truncated JPEG and PNG files', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#369' } })
      .jpeg()
      .toBuffer();
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#369' } })
      .png()
      .toBuffer();
    expect(await code(pipeline.deidentify(jpeg.subarray(0, jpeg.length - 40)))).toBe('MEDIA_TRUNCATED');
    expect(await code(pipeline.deidentify(png.subarray(0, png.length - 20)))).toBe('MEDIA_TRUNCATED');
  });

  it('should refuse polyglots: an archive after the image, a DICOM header inside a JPEG', async () => {
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#369' } })
      .jpeg()
      .toBuffer();
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#369' } })
      .png()
      .toBuffer();
    const zip = Buffer.from('PK\x03\x04 archive payload', 'latin1');
    expect(await code(pipeline.deidentify(Buffer.concat([jpeg, zip])))).toBe('MEDIA_POLYGLOT');
    expect(await code(pipeline.deidentify(Buffer.concat([png, zip])))).toBe('MEDIA_POLYGLOT');
    const dicomInJpeg = Buffer.from(makeCtDicom());
    jpeg.copy(dicomInJpeg, 0, 0, 4);
    expect(await code(pipeline.deidentify(dicomInJpeg))).toBe('MEDIA_POLYGLOT');
    // A second JPEG after the first (phones' multi-picture format) is not a polyglot.
    expect(await code(pipeline.deidentify(Buffer.concat([jpeg, jpeg])))).toBe('ACCEPTED');
  });

  it('should answer every mutated file with a result or a typed refusal, never another error', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#963' } })
      .jpeg()
      .toBuffer();
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    const outcomes = new Set<string>();
    for (let round = 0; round < 60; round++) {
      const mutated = Buffer.from(jpeg);
      for (let k = 0; k < 1 + (round % 6); k++) mutated[2 + (next() % (mutated.length - 2))] = next() & 0xff;
      outcomes.add(await code(pipeline.deidentify(mutated)));
    }
    expect([...outcomes].every((o) => o === 'ACCEPTED' || o.startsWith('MEDIA_'))).toBe(true);
    expect(outcomes.size).toBeGreaterThan(1);
  });
});
