import { MediaError } from '../media-error.js';

/**
 * Walks the JPEG marker segments to the end-of-image marker without decoding anything. A file that
 * stops before it is truncated; bytes after it are refused unless they are padding or further JPEG
 * images (the multi-picture format phones use for depth and gain maps, dropped by re-encoding).
 */
export function checkJpegContainer(bytes: Uint8Array): void {
  let i = 2;
  const n = bytes.length;
  while (i < n) {
    if (bytes[i] !== 0xff) throw new MediaError('MEDIA_CORRUPT');
    while (i < n && bytes[i] === 0xff) i++;
    if (i >= n) break;
    const marker = bytes[i++];
    if (marker === 0xd9) {
      checkJpegTrailer(bytes.subarray(i));
      return;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (i + 2 > n) break;
    const length = (bytes[i] << 8) | bytes[i + 1];
    if (length < 2) throw new MediaError('MEDIA_CORRUPT');
    i += length;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      while (i + 1 < n) {
        if (bytes[i] === 0xff) {
          const next = bytes[i + 1];
          if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
        }
        i++;
      }
      if (i + 1 >= n) break;
    }
  }
  throw new MediaError('MEDIA_TRUNCATED');
}

function checkJpegTrailer(trailer: Uint8Array): void {
  let start = 0;
  while (start < trailer.length && trailer[start] === 0x00) start++;
  const rest = trailer.subarray(start);
  if (rest.every((b) => b === 0x00 || b === 0xff)) return;
  if (rest[0] === 0xff && rest[1] === 0xd8 && rest[2] === 0xff) return;
  throw new MediaError('MEDIA_POLYGLOT');
}

/** Walks the PNG chunks to IEND; a missing IEND is truncation, anything after it is refused. */
export function checkPngContainer(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 8;
  const n = bytes.length;
  while (i + 12 <= n) {
    const length = view.getUint32(i);
    const type = Buffer.from(bytes.subarray(i + 4, i + 8)).toString('latin1');
    const end = i + 12 + length;
    if (end > n) throw new MediaError('MEDIA_TRUNCATED');
    i = end;
    if (type === 'IEND') {
      if (i !== n) throw new MediaError('MEDIA_POLYGLOT');
      return;
    }
  }
  throw new MediaError('MEDIA_TRUNCATED');
}

/**
 * The 128-byte DICOM preamble may hold a TIFF header by design; anything else but zeros there is a
 * way to make one file two things at once (executables, archives), so it is refused.
 */
export function checkDicomPreamble(bytes: Uint8Array): void {
  const preamble = bytes.subarray(0, 128);
  if (preamble.every((b) => b === 0)) return;
  const tiff =
    (preamble[0] === 0x49 && preamble[1] === 0x49 && preamble[2] === 0x2a && preamble[3] === 0x00) ||
    (preamble[0] === 0x4d && preamble[1] === 0x4d && preamble[2] === 0x00 && preamble[3] === 0x2a);
  if (!tiff) throw new MediaError('MEDIA_POLYGLOT');
}
