import { MediaError } from '../media-error.js';

/** Transfer syntaxes whose pixels can be read and rewritten here. */
export const UNCOMPRESSED_TRANSFER_SYNTAXES: ReadonlySet<string> = new Set([
  '1.2.840.10008.1.2', // Implicit VR Little Endian
  '1.2.840.10008.1.2.1', // Explicit VR Little Endian
]);

const KNOWN_REFUSED: Record<string, string> = {
  '1.2.840.10008.1.2.1.99': 'Deflated Explicit VR Little Endian',
  '1.2.840.10008.1.2.2': 'Explicit VR Big Endian',
  '1.2.840.10008.1.2.4.50': 'JPEG Baseline',
  '1.2.840.10008.1.2.4.51': 'JPEG Extended',
  '1.2.840.10008.1.2.4.57': 'JPEG Lossless',
  '1.2.840.10008.1.2.4.70': 'JPEG Lossless SV1',
  '1.2.840.10008.1.2.4.80': 'JPEG-LS Lossless',
  '1.2.840.10008.1.2.4.81': 'JPEG-LS Near-Lossless',
  '1.2.840.10008.1.2.4.90': 'JPEG 2000 Lossless',
  '1.2.840.10008.1.2.4.91': 'JPEG 2000',
  '1.2.840.10008.1.2.4.201': 'HTJ2K Lossless',
  '1.2.840.10008.1.2.4.203': 'HTJ2K',
  '1.2.840.10008.1.2.5': 'RLE Lossless',
};

const LONG_LENGTH_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT']);

/**
 * Reads the Transfer Syntax UID from the File Meta Information (group 0002, always Explicit VR
 * Little Endian) without handing the file to a full parser, and refuses any syntax whose pixels
 * cannot be decoded here. Deflate is refused too: inflating is where a small file turns huge.
 */
export function requireUncompressedTransferSyntax(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 132;
  while (i + 8 <= bytes.length) {
    const group = view.getUint16(i, true);
    if (group !== 0x0002) break;
    const element = view.getUint16(i + 2, true);
    const vr = String.fromCharCode(bytes[i + 4], bytes[i + 5]);
    let length: number;
    let valueStart: number;
    if (LONG_LENGTH_VRS.has(vr)) {
      if (i + 12 > bytes.length) throw new MediaError('MEDIA_TRUNCATED');
      length = view.getUint32(i + 8, true);
      valueStart = i + 12;
    } else {
      length = view.getUint16(i + 6, true);
      valueStart = i + 8;
    }
    if (valueStart + length > bytes.length) throw new MediaError('MEDIA_TRUNCATED');
    if (element === 0x0010) {
      const uid = Buffer.from(bytes.subarray(valueStart, valueStart + length))
        .toString('latin1')
        .replace(/[\0 ]+$/, '');
      if (UNCOMPRESSED_TRANSFER_SYNTAXES.has(uid)) return uid;
      throw new MediaError(
        'MEDIA_DICOM_UNSUPPORTED_TRANSFER_SYNTAX',
        KNOWN_REFUSED[uid] ?? 'unrecognised transfer syntax',
      );
    }
    i = valueStart + length;
  }
  throw new MediaError('MEDIA_CORRUPT', 'no transfer syntax in the DICOM file meta information');
}
