import { Anonymizer } from '../anonymizer.js';
import { moderatorSpanProblem, redactDeidentifiedSpan } from './moderator-redaction.js';

describe('redactDeidentifiedSpan', () => {
  const stored = new Anonymizer().deidentify('Seen by the family of Mr Kowalczyk after a fall.').text;

  it('should replace the span with its category placeholder and keep the rest exactly', () => {
    const at = stored.indexOf('family');
    const result = redactDeidentifiedSpan(stored, { start: at, end: at + 'family'.length, category: 'NAME' });
    expect(result.text).toBe(stored.replace('family', '[NAME]'));
    expect(result.findings).toEqual([{ category: 'NAME', start: at, end: at + 6, replacement: '[NAME]' }]);
  });

  it('should widen a span to whole words so that no piece of a word is left', () => {
    const at = stored.indexOf('fall');
    const result = redactDeidentifiedSpan(stored, { start: at + 1, end: at + 2, category: 'OTHER_ID' });
    expect(result.text).toBe(stored.replace('fall', '[OTHER_ID]'));
  });

  it('should refuse a span outside the text or an empty one', () => {
    expect(moderatorSpanProblem('abc', { start: 1, end: 9, category: 'NAME' })).toBeDefined();
    expect(moderatorSpanProblem('abc', { start: 2, end: 2, category: 'NAME' })).toBeDefined();
    expect(() => redactDeidentifiedSpan(stored, { start: -1, end: 2, category: 'NAME' })).toThrow(RangeError);
  });
});
