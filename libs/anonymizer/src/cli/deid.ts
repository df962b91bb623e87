/**
 * `npm run --silent deid < in.jsonl > out.jsonl`: JSONL in, de-identified JSONL out (streaming).
 * `npm run --silent deid -- --text FILE`: prints the de-identified text of one plain-text file.
 * Options: `--max-input-length N`. Diagnostics go to stderr only, and never contain input text.
 */
import { readFile } from 'node:fs/promises';
import { Anonymizer } from '../anonymizer.js';
import { deidentifyStream } from './deid-stream.js';

interface Args {
  textFile?: string;
  maxInputLength?: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--text') {
      const file = argv[++i];
      if (file === undefined) throw new Error('--text needs a file name');
      args.textFile = file;
    } else if (a === '--max-input-length') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new Error('--max-input-length needs a positive integer');
      args.maxInputLength = n;
    } else if (a === '--help' || a === '-h') {
      process.stderr.write('usage: deid < in.jsonl > out.jsonl | deid --text FILE [--max-input-length N]\n');
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${a ?? ''}`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.textFile !== undefined) {
    const engine = new Anonymizer({ maxInputLength: args.maxInputLength ?? 10_000_000 });
    const text = await readFile(args.textFile, 'utf8');
    process.stdout.write(engine.deidentify(text).text);
    return;
  }
  const engine = new Anonymizer(
    args.maxInputLength === undefined ? {} : { maxInputLength: args.maxInputLength },
  );
  const stats = await deidentifyStream(engine, process.stdin, process.stdout);
  if (stats.errors > 0) process.stderr.write(`deid: ${stats.errors} of ${stats.lines} lines had errors\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`deid: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
