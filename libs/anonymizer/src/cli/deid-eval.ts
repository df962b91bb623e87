/**
 * `npm run deid:eval -- FILE.jsonl [FILE2.jsonl ...] [--peer redact-pii] [--hide-text] [--show-fp]`
 * Scores the anonymizer (and optionally the redact-pii peer) against gold spans and prints
 * Markdown tables: token recall and precision, span recall and missed spans per category.
 *
 * `npm run deid:eval -- --suite [--misses CORPUS] [--show-fp]` scores every corpus of the suite
 * (src/eval/corpora) in three casings and measures over-removal on identifier-free text; see
 * suite-main.ts.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { Anonymizer } from '../anonymizer.js';
import { parseGoldLine, type GoldDocument } from '../eval/gold.js';
import { RedactPiiPeer } from '../eval/redact-pii-peer.js';
import { runSuiteCommand } from './suite-main.js';
import {
  formatScoreTable,
  newScore,
  scoreDocument,
  type PredictedSpan,
  type Score,
} from '../eval/scoring.js';

interface Args {
  files: string[];
  peer: boolean;
  hideText: boolean;
  showFalsePositives: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], peer: false, hideText: false, showFalsePositives: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--peer') {
      const name = argv[++i];
      if (name !== 'redact-pii') throw new Error(`unknown peer: ${name ?? '(none)'} (supported: redact-pii)`);
      args.peer = true;
    } else if (a === '--hide-text') args.hideText = true;
    else if (a === '--show-fp') args.showFalsePositives = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.files.length === 0)
    throw new Error('usage: deid:eval FILE.jsonl [--peer redact-pii] [--hide-text] [--show-fp]');
  return args;
}

async function* readCorpus(file: string): AsyncGenerator<GoldDocument> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    yield parseGoldLine(line);
  }
}

function missedList(score: Score, hideText: boolean): string {
  if (score.missed.length === 0) return '';
  const lines = score.missed.map((m) =>
    hideText ? `- ${m.id} ${m.category}` : `- ${m.id} ${m.category}: ${JSON.stringify(m.text)}`,
  );
  return `\nMissed spans:\n${lines.join('\n')}\n`;
}

function fpList(score: Score, hideText: boolean): string {
  const lines = score.falsePositives.map((f) =>
    hideText ? `- ${f.id} ${f.category}` : `- ${f.id} ${f.category}: ${f.context}`,
  );
  return `\nFalse-positive tokens:\n${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--suite')) {
    await runSuiteCommand(process.argv.slice(2));
    return;
  }
  const args = parseArgs(process.argv.slice(2));
  const engine = new Anonymizer({ maxInputLength: 10_000_000 });
  const peer = args.peer ? new RedactPiiPeer() : undefined;
  for (const file of args.files) {
    const ours = newScore();
    const theirs = newScore();
    let ms = 0;
    for await (const doc of readCorpus(file)) {
      const t0 = performance.now();
      const predicted: PredictedSpan[] = engine.deidentify(doc.text).findings;
      ms += performance.now() - t0;
      scoreDocument(ours, doc, predicted);
      if (peer) scoreDocument(theirs, doc, peer.predict(doc.text));
    }
    process.stdout.write(`\n${formatScoreTable(`Curbside anonymizer on ${basename(file)}`, ours)}\n`);
    process.stdout.write(`\n(${ms.toFixed(0)} ms in deidentify)\n`);
    process.stdout.write(missedList(ours, args.hideText));
    if (args.showFalsePositives) process.stdout.write(fpList(ours, args.hideText));
    if (peer) {
      process.stdout.write(`\n${formatScoreTable(`redact-pii (peer) on ${basename(file)}`, theirs)}\n`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`deid:eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
