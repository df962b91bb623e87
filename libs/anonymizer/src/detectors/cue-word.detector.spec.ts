import { lexicons } from '../lexicon/lexicons.js';
import { tokenize } from '../text/tokens.js';
import { detectByCueWords } from './cue-word.detector.js';
import { classifyWords } from './word-classes.js';

function found(text: string): string[] {
  const lex = lexicons();
  const tokenized = tokenize(text, new Uint8Array(text.length));
  const { infos } = classifyWords(tokenized, lex);
  const ctx = { text, tokenized, lex, restrictedZip3: new Set<string>() };
  return detectByCueWords(ctx, { infos, tokens: tokenized.tokens }).map(
    (c) => `${c.category}:${text.slice(c.start, c.end)}`,
  );
}

describe('cue-word detector', () => {
  it('should take a word no vocabulary knows next to a person cue as a name, in any casing', () => {
    expect(found('d/w gulgowski re: am labs')).toEqual(['NAME:gulgowski']);
    expect(found('PFANNERSTILL AWARE OF K 3.1')).toEqual(['NAME:PFANNERSTILL']);
    expect(found('covering md Leuschke notified')).toContain('NAME:Leuschke');
  });

  it('should take such a word after "from" or "at" as a place', () => {
    expect(found('pt transferred from Rodrickport ED')).toEqual(['LOCATION:Rodrickport']);
    expect(found('She lives in Hartmanncester with her son.')).toEqual(['LOCATION:Hartmanncester']);
    expect(found('lives in hartmanncester')).toEqual([]);
  });

  it('should keep dictionary words, drugs and clinical shorthand next to the same cues', () => {
    expect(found('per protocol, d/w team, pt aware')).toEqual([]);
    expect(found('tender to palpation, clear to auscultation')).toEqual([]);
    expect(found('PROPHYLAXIS PER ACIP WITH RELUGOLIX, PLT AWARE')).toEqual([]);
    expect(found('started on brentuximab, pt aware')).toEqual([]);
  });
});
