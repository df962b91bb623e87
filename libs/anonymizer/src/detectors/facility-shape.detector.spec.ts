import { deidentify } from '../anonymizer.js';
import { lexicons } from '../lexicon/lexicons.js';
import { tokenize } from '../text/tokens.js';
import { detectFacilityShapes } from './facility-shape.detector.js';
import { classifyWords } from './word-classes.js';

function found(text: string): string[] {
  const lex = lexicons();
  const tokenized = tokenize(text, new Uint8Array(text.length));
  const { infos } = classifyWords(tokenized, lex);
  const ctx = { text, tokenized, lex, restrictedZip3: new Set<string>() };
  return detectFacilityShapes(ctx, { infos, tokens: tokenized.tokens }).map((c) =>
    text.slice(c.start, c.end),
  );
}

describe('facility-shape detector', () => {
  it('should take a word no vocabulary knows before a facility head, with the head when written as a name', () => {
    expect(found('discharged from Sumedang Polyclinic on day 3')).toEqual(['Sumedang Polyclinic']);
    expect(found('SHE WAS DISCHARGED FROM TURKU CARE HOME ON 2 MAY')).toEqual(['TURKU CARE HOME']);
    expect(found('tc from slavonice care home re labs')).toEqual(['slavonice care home']);
  });

  it('should leave a common noun after a town outside the name', () => {
    expect(found('follow up in the Drancy clinic in 3 months')).toEqual(['Drancy']);
  });

  it('should take a head written before such a word, as many countries write it', () => {
    expect(found('admitted from Hospital Vantaa with urosepsis')).toEqual(['Hospital Vantaa']);
    expect(found('ADMITTED FROM HOSPITAL WATAMPONE WITH UROSEPSIS')).toEqual(['HOSPITAL WATAMPONE']);
  });

  it('should take an acronym no list knows after "from" or "at" in a line without casing', () => {
    expect(found('DR SANTOS FROM JKHA CALLED')).toEqual(['JKHA']);
    expect(found('echo at vhn showed ef 30%')).toEqual(['vhn']);
  });

  it('should keep ordinary and clinical words in the same places', () => {
    expect(found('pt from ICU, seen at the day hospital, lives in a care home')).toEqual([]);
    expect(found('TRANSFERRED FROM ICU TO SNF, CHIEF COMPLAINT HOSPITAL FOLLOW-UP')).toEqual([]);
    expect(found('Hospital follow-up after an anterior STEMI; Hospital Day 3.')).toEqual([]);
  });

  it('should take pharmacies, clinics and municipalities written as abroad, and keep the common nouns', () => {
    expect(deidentify('delivered by Dalgaard Pharmacy today').text).toBe('delivered by [LOCATION] today');
    expect(deidentify('room 198, PFLEGEHEIM MARIAGER. morphine').text).toContain('[LOCATION]. morphine');
    expect(deidentify('went to the pharmacy, call the chemist').text).toBe(
      'went to the pharmacy, call the chemist',
    );
  });
});
