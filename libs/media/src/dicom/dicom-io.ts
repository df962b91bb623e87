import dcmjs from 'dcmjs';
import { MediaError } from '../media-error.js';

/**
 * Runs a dcmjs call with all of dcmjs's loggers silenced (its root logger and the named children
 * such as "validation.dcmjs"): its warnings can quote header values, and nothing read from a file
 * may reach a log. loglevel binds the console when a level is set, so the level must be set here.
 */
export function quietly<T>(fn: () => T): T {
  dcmjs.log.setLevel('silent');
  for (const name of ['validation.dcmjs', 'AsyncDicomReader']) dcmjs.log.getLogger(name).setLevel('silent');
  for (const logger of Object.values(dcmjs.log.getLoggers())) logger.setLevel('silent');
  return fn();
}

/** Parses a Part 10 file; dcmjs's failures become a typed refusal without its text. */
export function parseDicom(bytes: Buffer): InstanceType<typeof dcmjs.data.DicomDict> {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    return quietly(() => dcmjs.data.DicomMessage.readFile(copy, { ignoreErrors: false }));
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    throw new MediaError(/end|bounds|range|length/i.test(message) ? 'MEDIA_TRUNCATED' : 'MEDIA_CORRUPT');
  }
}

/** Writes a parsed file back (in its own transfer syntax). */
export function writeDicom(parsed: InstanceType<typeof dcmjs.data.DicomDict>): Buffer {
  try {
    return Buffer.from(quietly(() => parsed.write()));
  } catch {
    throw new MediaError('MEDIA_CORRUPT', 'the de-identified DICOM could not be written');
  }
}
