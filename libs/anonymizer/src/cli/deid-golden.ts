/**
 * `npm run deid:golden [-- --write]`: the output guard for changes that must not change any output
 * (speed work). Runs the engine over every development corpus in every casing, the identifier-free
 * and Presidio sets and the bench's notes, and compares a hash of each output with
 * `libs/anonymizer/data/golden/outputs.tsv`; `--write` records them instead. Prints, per corpus, the
 * number of differing outputs and, for development corpora only, the indexes of the first few. The
 * held-out corpus is compared the same way and only its count is printed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Anonymizer } from '../anonymizer.js';
import { goldenCorpora, goldenFile, outputHash, readGolden } from '../eval/golden.js';

function main(argv: readonly string[]): number {
  const write = argv.includes('--write');
  const engine = new Anonymizer({ maxInputLength: 10_000_000 });
  const golden = readGolden();
  const lines: string[] = [];
  let differing = 0;
  let compared = 0;
  const t0 = performance.now();
  for (const corpus of goldenCorpora()) {
    const expected = golden.get(corpus.key);
    const diffs: number[] = [];
    corpus.texts.forEach((text, i) => {
      const hash = outputHash(engine.deidentify(text));
      lines.push(`${corpus.key}\t${i}\t${hash}`);
      if (expected !== undefined && expected[i] !== hash) diffs.push(i);
    });
    if (write) continue;
    if (expected === undefined) {
      process.stdout.write(`${corpus.key}: no recorded outputs\n`);
      continue;
    }
    if (expected.length !== corpus.texts.length) diffs.push(-1);
    compared += corpus.texts.length;
    differing += diffs.length;
    const where = corpus.heldOut || diffs.length === 0 ? '' : ` (first: ${diffs.slice(0, 8).join(', ')})`;
    process.stdout.write(`${corpus.key}: ${corpus.texts.length} texts, ${diffs.length} different${where}\n`);
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (write) {
    mkdirSync(dirname(goldenFile()), { recursive: true });
    writeFileSync(goldenFile(), `${lines.join('\n')}\n`);
    process.stdout.write(`recorded ${lines.length} outputs in ${goldenFile()} (${seconds} s)\n`);
    return 0;
  }
  process.stdout.write(`\n${differing} of ${compared} outputs differ (${seconds} s)\n`);
  return differing === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
