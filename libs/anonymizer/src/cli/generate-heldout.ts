/**
 * Writes the held-out corpus: `node dist/libs/anonymizer/src/cli/generate-heldout.js` to
 * `libs/anonymizer/data/eval/heldout.jsonl` (300 texts, seed 990417). `npm run deid:eval -- --suite`
 * reports its figures and never prints its misses.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateHeldOut } from '../eval/corpora/heldout.js';
import { heldOutFile } from '../eval/corpora/suite.js';

const docs = generateHeldOut();
const lines = docs.map((d) =>
  JSON.stringify({
    id: d.id,
    text: d.text,
    spans: d.spans.map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })),
  }),
);
const file = heldOutFile();
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, lines.join('\n') + '\n');
process.stderr.write(`wrote ${docs.length} texts to ${file}\n`);
