import { lexicons } from '../lexicon/lexicons.js';
import { tokenize } from '../text/tokens.js';
import { detectBareYears } from './year.detector.js';

function years(text: string): string[] {
  const ctx = {
    text,
    tokenized: tokenize(text, new Uint8Array(0)),
    lex: lexicons(),
    restrictedZip3: new Set<string>(),
  };
  return detectBareYears(ctx).map((c) => text.slice(c.start, c.end));
}

describe(detectBareYears.name, () => {
  it('should propose years written alone', () => {
    expect(years('born 1933, CABG in 2019.')).toEqual(['1933', '2019']);
    expect(years('worked there 1958-1971')).toEqual(['1958', '1971']);
  });

  it('should not take measurements, codes or parts of dates for years', () => {
    expect(
      years(
        'UOP 1950 mL, plt 2010 K, 3/4/1957, 1999.5, MRN 19334, 2000mg, agitated 1900–0200, update 1900: calm, 2100 hrs',
      ),
    ).toEqual([]);
  });
});
