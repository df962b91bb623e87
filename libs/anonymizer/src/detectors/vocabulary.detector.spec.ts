import { deidentify } from '../index.js';
import { lexicons } from '../lexicon/lexicons.js';
import { tokenize } from '../text/tokens.js';
import { detectByVocabulary } from './vocabulary.detector.js';
import { classifyWords } from './word-classes.js';

/** What the vocabulary detector alone proposes, as text. */
function found(text: string): string[] {
  const lex = lexicons();
  const tokenized = tokenize(text, new Uint8Array(text.length));
  const { infos } = classifyWords(tokenized, lex);
  const ctx = { text, tokenized, lex, restrictedZip3: new Set<string>() };
  const spans = detectByVocabulary(ctx, { infos, tokens: tokenized.tokens });
  return [...new Set(spans.map((c) => text.slice(c.start, c.end)))];
}

describe('vocabulary detector', () => {
  it('should take a lexicon name that no dictionary knows as a name in any casing', () => {
    expect(found('pt asking for kayleigh, reoriented')).toContain('kayleigh');
    expect(found('REPORT GIVEN TO NATALIE AT 0700')).toContain('NATALIE');
  });

  it('should keep names that are dictionary words, months, states and short shorthand', () => {
    expect(found('grace period, green sputum, best effort')).toEqual([]);
    expect(found('seen in june in georgia')).toEqual([]);
    expect(found('AST 40 MIN 5 CMV NEG')).toEqual([]);
    expect(found('Lyme ELISA positive, FABER test negative')).toEqual([]);
  });

  it('should take an initial and a surname with no title, whatever the casing', () => {
    expect(found('1300 S. BECKER AWARE OF K 3.1')).toContain('S. BECKER');
    expect(found('as per K. Moreau, hold heparin')).toContain('K. Moreau');
  });

  it('should not take an organism, a unit or a Roman numeral before a dot for an initial', () => {
    expect(found('E. coli and S. aureus grew')).toEqual([]);
    expect(found('IgE 18.6 kU/L. Tryptase at 90 min')).toEqual([]);
    expect(found('Cat I. Ctx q2-3 min')).toEqual([]);
  });

  it('should take the given names listed after a relative', () => {
    expect(found('daughters anne and tessa at bedside')).toEqual(['anne', 'tessa']);
    expect(found('son Jim called')).toEqual(['Jim']);
    expect(found('daughter at bedside, son called')).toEqual([]);
  });

  it('should take a pager number after its cue as a phone number', () => {
    expect(found('Dr paged, Beeper #70312, no callback')).toContain('70312');
    expect(found('covering MD notified, pgr 3-4412')).toContain('3-4412');
    expect(found('pager 12')).toEqual([]);
    expect(deidentify('Beeper #70312').text).toBe('Beeper #[PHONE]');
  });
});

describe('names after relatives and initials, device shorthand', () => {
  it('should remove a given name in lower case after a plural relative in a line with casing', () => {
    expect(deidentify('Daughters anne and Marisol at bedside.').text).toBe(
      'Daughters [NAME] and [NAME] at bedside.',
    );
  });

  it('should remove an initial and a surname written in capitals inside a line with casing', () => {
    expect(deidentify('Overnight: K. MOREAU AWARE of the K 3.1.').text).toBe(
      'Overnight: [NAME] AWARE of the K 3.1.',
    );
    expect(deidentify('Spine: L. SPINE films ordered.').findings).toEqual([]);
  });

  it('should keep feeding tubes and drips written as shorthand after "via"', () => {
    expect(deidentify('TF at goal via dobhoff, levo via aline site.').findings).toEqual([]);
  });
});
