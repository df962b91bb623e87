import fc from 'fast-check';
import { Anonymizer, applyFindings } from '../anonymizer.js';
import { authorSpansProblem, deidentifyWithAuthorSpans } from './author-spans.js';

const anonymizer = new Anonymizer();

describe(deidentifyWithAuthorSpans.name, () => {
  it('should remove what the author marked as well as what the engine found', () => {
    const text = 'Seen by Dr. Whitfield; she plays oboe in the only quartet in town.';
    const start = text.indexOf('quartet');
    const result = deidentifyWithAuthorSpans(anonymizer, text, [{ start, end: start + 7 }]);
    expect(result.text).toBe('Seen by Dr. [NAME]; she plays oboe in the only [OTHER_ID] in town.');
    expect(result.authorFindings).toBe(1);
  });

  it('should widen a span that cuts a word to the whole word', () => {
    const text = 'ask Okonkwo today';
    expect(deidentifyWithAuthorSpans(anonymizer, text, [{ start: 6, end: 8 }]).text).toBe(
      'ask [OTHER_ID] today',
    );
  });

  it('should merge a span that overlaps a finding into one removal', () => {
    const text = 'Dr. Whitfield Okonkwo';
    const result = deidentifyWithAuthorSpans(anonymizer, text, [{ start: 8, end: text.length }]);
    expect(result.text).not.toMatch(/Whitfield|Okonkwo/);
    expect(applyFindings(text, result.findings)).toBe(result.text);
  });

  it('should keep findings sorted, disjoint and indexing the input for any spans', () => {
    const input = fc.string({ minLength: 1, maxLength: 80 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc
            .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length }))
            .filter(([a, b]) => b > a)
            .map(([start, end]) => ({ start, end })),
          { maxLength: 5 },
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([text, spans]) => {
        const result = deidentifyWithAuthorSpans(anonymizer, text, spans);
        for (let i = 1; i < result.findings.length; i++)
          expect(result.findings[i].start).toBeGreaterThanOrEqual(result.findings[i - 1].end);
        expect(applyFindings(text, result.findings)).toBe(result.text);
        for (const s of spans)
          expect(result.findings.some((f) => f.start <= s.start && f.end >= s.end)).toBe(true);
      }),
    );
  });
});

describe(authorSpansProblem.name, () => {
  it('should refuse spans outside the text or empty, without naming any text', () => {
    expect(authorSpansProblem('abc', [{ start: 1, end: 9 }])).toBe(
      'each marked span must lie inside the text',
    );
    expect(authorSpansProblem('abc', [{ start: 2, end: 2 }])).toBe('each marked span needs 0 <= start < end');
    expect(authorSpansProblem('abc', [{ start: 0, end: 3 }])).toBeUndefined();
  });
});
