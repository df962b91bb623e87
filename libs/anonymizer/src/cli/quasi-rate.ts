/**
 * `npm run deid:quasi -- FILE.jsonl [FILE2.jsonl ...]`: how often the quasi-identifier warnings of the
 * preview fire on JSONL texts ({"id","text",...} per line), per file and per rule. Prints Markdown.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { Anonymizer } from '../anonymizer.js';
import { QUASI_RULES } from '../quasi/quasi-rules.js';
import { quasiIdentifierWarnings } from '../quasi/quasi-warnings.js';

interface Tally {
  texts: number;
  warned: number;
  perRule: Map<string, number>;
}

async function tallyFile(file: string, anonymizer: Anonymizer): Promise<Tally> {
  const tally: Tally = { texts: 0, warned: 0, perRule: new Map(QUASI_RULES.map((r) => [r.id, 0])) };
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line) as { text?: unknown };
    if (typeof text !== 'string') continue;
    tally.texts++;
    const warnings = quasiIdentifierWarnings(text, anonymizer.deidentify(text).findings);
    if (warnings.length > 0) tally.warned++;
    for (const w of warnings) tally.perRule.set(w.rule, (tally.perRule.get(w.rule) ?? 0) + 1);
  }
  return tally;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

async function main(files: readonly string[]): Promise<void> {
  if (files.length === 0) throw new Error('usage: deid:quasi FILE.jsonl [FILE2.jsonl ...]');
  const anonymizer = new Anonymizer({ maxInputLength: 1_000_000 });
  const rules = QUASI_RULES.map((r) => r.id);
  console.log(`| Corpus | Texts | With a warning | ${rules.join(' | ')} |`);
  console.log(`|---|---:|---:|${rules.map(() => '---:').join('|')}|`);
  for (const file of files) {
    const t = await tallyFile(file, anonymizer);
    const cells = rules.map((r) => `${t.perRule.get(r) ?? 0} (${pct(t.perRule.get(r) ?? 0, t.texts)})`);
    console.log(
      `| ${basename(file)} | ${t.texts} | ${t.warned} (${pct(t.warned, t.texts)}) | ${cells.join(' | ')} |`,
    );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : 'failed');
  process.exitCode = 1;
});
