import { MediaError } from '../media-error.js';
import { makeCtDicom } from '../testing/media-fixtures.js';
import { requireCompleteDataset } from './dataset-bounds.js';

const EXPLICIT = '1.2.840.10008.1.2.1';
const IMPLICIT = '1.2.840.10008.1.2';

function code(fn: () => void): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof MediaError) return err.code;
    throw err;
  }
  return 'ACCEPTED';
}

describe(requireCompleteDataset.name, () => {
  it('should accept a whole file with nested sequences, in both Little Endian syntaxes', () => {
    expect(code(() => requireCompleteDataset(makeCtDicom(), EXPLICIT))).toBe('ACCEPTED');
    const implicit = makeCtDicom({ transferSyntax: IMPLICIT });
    expect(code(() => requireCompleteDataset(implicit, IMPLICIT))).toBe('ACCEPTED');
  });

  it('should refuse a file cut short anywhere after its meta header', () => {
    const full = makeCtDicom();
    for (const cut of [1, 17, 1000, Math.floor(full.length / 2), full.length - 400]) {
      expect(code(() => requireCompleteDataset(full.subarray(0, full.length - cut), EXPLICIT))).toBe(
        'MEDIA_TRUNCATED',
      );
    }
  });

  it('should refuse a pixel data length that promises more bytes than the file holds', () => {
    const file = Buffer.from(makeCtDicom());
    const at = file.lastIndexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
    expect(at).toBeGreaterThan(132);
    file.writeUInt32LE(file.readUInt32LE(at + 8) + 2, at + 8);
    expect(code(() => requireCompleteDataset(file, EXPLICIT))).toBe('MEDIA_TRUNCATED');
  });
});
