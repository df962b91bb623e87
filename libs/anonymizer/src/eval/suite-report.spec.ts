import { Anonymizer } from '../anonymizer.js';
import { deidentify } from '../index.js';
import { formatOverRemoval, formatSuiteTable, measureOverRemoval, runSuite } from './suite-report.js';

describe('evaluation suite report', () => {
  const engine = new Anonymizer();

  it('should count the tokens removed from text without identifiers and name the most frequent', () => {
    const docs = [
      { id: 'a', text: 'Seen by Dr. Okafor. Lungs clear, BP 120/80.', spans: [] },
      { id: 'b', text: 'Okafor agrees. Start lisinopril 10 mg daily.', spans: [] },
    ];
    const o = measureOverRemoval(engine, docs);
    expect(o.tokens).toBe(16);
    expect(o.removed).toBe(2);
    expect(o.top).toEqual([['okafor', 2]]);
    expect(formatOverRemoval('two texts', o)).toContain('2 of 16 tokens removed');
  });

  it('should score a corpus in three casings', () => {
    const text = 'Call Dr. Okafor at 617-555-0199.';
    const corpus = {
      name: 'tiny',
      heldOut: false,
      docs: [
        {
          id: 't',
          text,
          spans: [
            { start: 9, end: 15, label: 'NAME' },
            { start: 19, end: 31, label: 'PHONE' },
          ],
        },
      ],
    };
    const cells = runSuite(engine, [corpus]);
    expect(cells.map((c) => c.casing)).toEqual(['as-is', 'upper', 'lower']);
    expect(cells[0]?.score.overall.caughtTokens).toBe(4);
    expect(formatSuiteTable(cells)).toContain('| tiny | upper | 1 |');
  });
});

describe('document-level consistency', () => {
  it('should remove a name found once wherever it recurs, in any casing', () => {
    const out = deidentify('Dr. Okonkwo saw her. Later okonkwo called back; OKONKWO aware.').text;
    expect(out).not.toMatch(/okonkwo/i);
  });
});
