import { join } from 'node:path';
import { Anonymizer } from '../anonymizer.js';
import { findDataDirectory } from '../lexicon/data-directory.js';
import { CASINGS, findSharedDeidDirectory, inCasing, readJsonl } from './corpora/suite.js';
import { outputHash, readGolden } from './golden.js';

/**
 * A sample of the output guard (`npm run deid:golden` checks every corpus): the engine's output on
 * the committed synthetic set in every casing, and on the shared clinical cases when they are
 * present, must hash as recorded in data/golden/outputs.tsv.
 */
describe('golden outputs', () => {
  const engine = new Anonymizer({ maxInputLength: 10_000_000 });
  const golden = readGolden();
  const samples: { key: string; file: string }[] = [
    { key: 'synthetic-eval', file: join(findDataDirectory(), 'synthetic-eval.jsonl') },
  ];
  const shared = findSharedDeidDirectory();
  if (shared !== undefined)
    samples.push({ key: 'clinical-cases', file: join(shared, 'clinical-cases.jsonl') });

  for (const sample of samples) {
    for (const casing of CASINGS) {
      it(`should give the recorded output on every text of ${sample.key} (${casing})`, () => {
        const expected = golden.get(`${sample.key}/${casing}`);
        const texts = inCasing(readJsonl(sample.file), casing).map((d) => d.text);
        expect(expected).toHaveLength(texts.length);
        const differing = texts.filter((text, i) => outputHash(engine.deidentify(text)) !== expected?.[i]);
        expect(differing).toEqual([]);
      });
    }
  }

  it('should tell two outputs apart that differ only in a finding', () => {
    const a = engine.deidentify('Seen by Dr. Okafor on 3/14/2024.');
    const b = { ...a, findings: a.findings.slice(1) };
    expect(outputHash(a)).not.toBe(outputHash(b));
  });
});
