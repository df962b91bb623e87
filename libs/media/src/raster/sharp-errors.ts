import { MediaError } from '../media-error.js';

/** Turns a libvips/sharp failure into a typed refusal; the library's own text is never passed on. */
export function mediaErrorFromSharp(err: unknown): MediaError {
  if (err instanceof MediaError) return err;
  const message = err instanceof Error ? err.message : '';
  if (/pixel limit/i.test(message)) return new MediaError('MEDIA_TOO_MANY_PIXELS');
  if (/premature end|truncat|unexpected end|end of (file|input)|not enough data|read error/i.test(message)) {
    return new MediaError('MEDIA_TRUNCATED');
  }
  return new MediaError('MEDIA_CORRUPT');
}
