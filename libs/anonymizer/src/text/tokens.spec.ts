import { tokenize } from './tokens.js';

describe(tokenize.name, () => {
  it('should keep hyphenated and apostrophe names whole but leave a possessive outside', () => {
    const words = tokenize("Lindqvist-Moe met O'Dell at Harper's; I'm fine")
      .tokens.filter((t) => t.kind === 'word')
      .map((t) => t.text);
    expect(words).toEqual(['Lindqvist-Moe', 'met', "O'Dell", 'at', 'Harper', 's', 'I', 'm', 'fine']);
  });

  it('should give offsets that slice back to each token, surrogate pairs included', () => {
    const text = 'Pt 😀 seen 3/14 — ok\uD800';
    for (const t of tokenize(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('should tell an all-capitals line from ordinary text', () => {
    const { lineCase } = tokenize(
      'Seen by Dr. Raman today.\nPT WHITFIELD, JONAS (94 YO M) RM 214, MRN 00482913',
    );
    expect(lineCase).toEqual(['mixed', 'upper']);
  });

  it('should call a note lower-case only when its sentences start in lower case', () => {
    const lower =
      'pt resting, vitals stable overnight. dr raman rounded, aware of wt gain. daughter called from work.';
    const prose =
      'Started diltiazem for rate control overnight. Vitals are stable and he feels well this morning.';
    expect(tokenize(lower).lowerDocument).toBe(true);
    expect(tokenize(prose).lowerDocument).toBe(false);
  });
});
