import { Anonymizer } from '../anonymizer.js';
import { loadIdentifierFree, loadSuite, inCasing, type SuiteCorpus } from '../eval/corpora/suite.js';
import { scoreDocument, newScore } from '../eval/scoring.js';
import {
  formatCategoryTable,
  formatOverRemoval,
  formatSuiteTable,
  measureOverRemoval,
  runSuite,
} from '../eval/suite-report.js';

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Prints the misses (and with --show-fp the false positives) of one development corpus. */
function printMisses(engine: Anonymizer, corpus: SuiteCorpus, casing: string, showFp: boolean): void {
  if (corpus.heldOut) throw new Error('the held-out corpus is scored, never inspected: no --misses for it');
  const docs = inCasing(corpus.docs, casing === 'upper' || casing === 'lower' ? casing : 'as-is');
  const score = newScore();
  for (const doc of docs) scoreDocument(score, doc, engine.deidentify(doc.text).findings);
  process.stdout.write(`\nMissed spans of ${corpus.name} (${casing}):\n`);
  for (const m of score.missed) process.stdout.write(`- ${m.id} ${m.category}: ${JSON.stringify(m.text)}\n`);
  if (!showFp) return;
  process.stdout.write(`\nFalse-positive tokens of ${corpus.name} (${casing}):\n`);
  for (const f of score.falsePositives) process.stdout.write(`- ${f.id} ${f.category}: ${f.context}\n`);
}

/**
 * `deid:eval --suite`: the corpus x casing table, per-category recall / precision and over-removal
 * on identifier-free clinical text. `--misses NAME-PREFIX [--casing upper|lower] [--show-fp]` lists
 * the misses of one development corpus instead.
 */
export async function runSuiteCommand(argv: readonly string[]): Promise<void> {
  const engine = new Anonymizer({ maxInputLength: 10_000_000 });
  const corpora = loadSuite();
  const wanted = option(argv, '--misses');
  if (wanted !== undefined) {
    const corpus = corpora.find((c) => c.name.startsWith(wanted));
    if (!corpus) throw new Error(`no corpus named ${wanted}: ${corpora.map((c) => c.name).join(', ')}`);
    printMisses(engine, corpus, option(argv, '--casing') ?? 'as-is', argv.includes('--show-fp'));
    return;
  }
  const t0 = performance.now();
  const cells = runSuite(engine, corpora);
  process.stdout.write(`\n### Token recall and precision, corpus x casing\n\n${formatSuiteTable(cells)}\n`);
  process.stdout.write(`\n### Per category: token recall / precision\n\n${formatCategoryTable(cells)}\n`);
  const free = loadIdentifierFree();
  if (free) {
    const o = measureOverRemoval(engine, free);
    process.stdout.write(
      `\n### Over-removal\n\n${formatOverRemoval(`mts-dialog-sections.jsonl (${free.length} texts)`, o)}\n`,
    );
  }
  process.stdout.write(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  await Promise.resolve();
}
