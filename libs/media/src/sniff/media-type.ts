import { MediaError } from '../media-error.js';

/** The kinds the pipeline accepts, judged from the bytes only. */
export type MediaKind = 'jpeg' | 'png' | 'heic' | 'dicom';

const MIME: Record<MediaKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  dicom: 'application/dicom',
  heic: 'image/heic',
};

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'heif']);

type Signature = MediaKind | 'other';

function startsWith(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return Buffer.from(bytes.subarray(offset, offset + length)).toString('latin1');
}

/** Every signature found at the start of the file (several means a polyglot). */
function signatures(bytes: Uint8Array): Signature[] {
  const found: Signature[] = [];
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) found.push('jpeg');
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) found.push('png');
  if (bytes.length >= 132 && ascii(bytes, 128, 4) === 'DICM') found.push('dicom');
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 4)))
    found.push('heic');
  const head = ascii(bytes, 0, 8);
  // Formats that, found at offset 0 of a DICOM preamble, make the file two things at once.
  if (
    head.startsWith('MZ') ||
    head.startsWith('\x7fELF') ||
    head.startsWith('PK\x03\x04') ||
    head.startsWith('%PDF') ||
    head.startsWith('GIF8') ||
    head.startsWith('RIFF') ||
    head.startsWith('#!') ||
    head.trimStart().startsWith('<')
  ) {
    found.push('other');
  }
  return found;
}

/**
 * Judges the type from the magic numbers, never from a name. Refuses files of no accepted kind, files that match two kinds (a polyglot) and, when the uploader declared a
 * MIME type, files whose bytes say otherwise.
 */
export function detectMediaKind(bytes: Uint8Array, declaredMimeType?: string): MediaKind {
  if (bytes.length === 0) throw new MediaError('MEDIA_EMPTY');
  const found = signatures(bytes);
  if (found.length > 1) throw new MediaError('MEDIA_POLYGLOT');
  const kind = found[0];
  if (kind === undefined || kind === 'other') throw new MediaError('MEDIA_UNSUPPORTED_TYPE');
  if (declaredMimeType !== undefined) {
    const declared = declaredMimeType.trim().toLowerCase();
    const accepted =
      kind === 'jpeg'
        ? [MIME.jpeg, 'image/jpg', 'image/pjpeg']
        : kind === 'heic'
          ? [MIME.heic, 'image/heif']
          : [MIME[kind]];
    if (!accepted.includes(declared)) throw new MediaError('MEDIA_TYPE_MISMATCH');
  }
  return kind;
}

export function mimeTypeOf(kind: MediaKind): string {
  return MIME[kind];
}
