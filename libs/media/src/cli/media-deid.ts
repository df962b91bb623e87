/**
 * `npm run --silent media:deid -- INPUT OUTPUT [--type MIME] [--no-ocr] [--no-faces]`: runs the upload pipeline
 * on one file. A photo is written to OUTPUT (same format); a DICOM file is written to OUTPUT and its
 * browser rendering to OUTPUT.png. The report (counts, mask rectangles, review flags; never any
 * text read from the file) goes to stdout as JSON. A refusal prints its code and message to stderr
 * and exits with status 2. MEDIA_UID_KEY (hex, at least 16 bytes) keeps replaced DICOM UIDs
 * consistent across runs for one case.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { MediaDeidentifier } from '../media-deidentifier.js';
import { MediaError } from '../media-error.js';

interface Args {
  input: string;
  output: string;
  declaredMimeType?: string;
  ocr: boolean;
  faces: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let declaredMimeType: string | undefined;
  let ocr = true;
  let faces = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--type') {
      declaredMimeType = argv[++i];
      if (declaredMimeType === undefined) throw new Error('--type needs a MIME type');
    } else if (a === '--no-ocr') ocr = false;
    else if (a === '--no-faces') faces = false;
    else if (a === '--help' || a === '-h') {
      process.stderr.write('usage: media:deid INPUT OUTPUT [--type MIME] [--no-ocr] [--no-faces]\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 2)
    throw new Error('usage: media:deid INPUT OUTPUT [--type MIME] [--no-ocr] [--no-faces]');
  return {
    input: positional[0],
    output: positional[1],
    ocr,
    faces,
    ...(declaredMimeType === undefined ? {} : { declaredMimeType }),
  };
}

function uidKey(): Uint8Array | undefined {
  const hex = process.env.MEDIA_UID_KEY;
  if (hex === undefined || hex === '') return undefined;
  if (!/^([0-9a-fA-F]{2}){16,}$/.test(hex)) throw new Error('MEDIA_UID_KEY must be at least 32 hex digits');
  return Buffer.from(hex, 'hex');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const key = uidKey();
  const pipeline = new MediaDeidentifier({
    ocr: args.ocr,
    faceDetector: args.faces,
    ...(key === undefined ? {} : { uidKey: key }),
  });
  try {
    const input = await readFile(args.input);
    const result = await pipeline.deidentify(
      input,
      args.declaredMimeType === undefined ? {} : { declaredMimeType: args.declaredMimeType },
    );
    if (result.dicom !== undefined) {
      await writeFile(args.output, result.dicom.bytes);
      await writeFile(`${args.output}.png`, result.image.bytes);
    } else {
      await writeFile(args.output, result.image.bytes);
    }
    const outputs = result.dicom === undefined ? [args.output] : [args.output, `${args.output}.png`];
    process.stdout.write(
      `${JSON.stringify({ kind: result.kind, mimeType: result.image.mimeType, width: result.image.width, height: result.image.height, frames: result.dicom?.frames ?? 1, outputs, ...result.report }, null, 2)}\n`,
    );
  } finally {
    await pipeline.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof MediaError) {
    process.stderr.write(`media:deid: ${err.code}: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`media:deid: ${err instanceof Error ? err.message : 'failed'}\n`);
  process.exitCode = 1;
});
