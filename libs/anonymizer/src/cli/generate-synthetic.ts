/**
 * Writes the fixed synthetic evaluation set: `node dist/libs/anonymizer/src/cli/generate-synthetic.js [COUNT] [SEED]`
 * to `libs/anonymizer/data/synthetic-eval.jsonl`. The committed file is what the regression test reads.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSynthetic } from '../eval/synthetic.js';
import { findDataDirectory } from '../lexicon/data-directory.js';

const count = Number(process.argv[2] ?? 300);
const seed = Number(process.argv[3] ?? 20240314);
const docs = generateSynthetic(count, seed);
const lines = docs.map((d) =>
  JSON.stringify({
    id: d.id,
    text: d.text,
    spans: d.spans.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })),
  }),
);
const file = join(findDataDirectory(), 'synthetic-eval.jsonl');
writeFileSync(file, lines.join('\n') + '\n');
process.stderr.write(`wrote ${docs.length} texts to ${file}\n`);
