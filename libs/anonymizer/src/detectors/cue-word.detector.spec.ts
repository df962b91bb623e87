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

  it('should take a word no vocabulary knows after a hand-off, letter or message cue as a name', () => {
    expect(found('SBAR re pataki, bed 641')).toEqual(['NAME:pataki']);
    expect(found('plan d/w dr uhrova and spr kwaakye.')).toContain('NAME:kwaakye');
    expect(found('Thank you for seeing branimir genjega, a frail woman')).toEqual([
      'NAME:branimir',
      'NAME:genjega',
    ]);
    expect(found('returned call to zlatica at home')).toEqual(['NAME:zlatica']);
    expect(found('phone msg: horymira (grandson of norberta berkyova) called')).toEqual(
      expect.arrayContaining(['NAME:horymira', 'NAME:norberta', 'NAME:berkyova']),
    );
  });

  it('should take such a word before a verb of a person, or at a sentence start before "is"', () => {
    expect(found('kruno rang, says ado is more confused')).toContain('NAME:kruno');
    expect(found('laura is drowsy but rousable.')).toEqual(['NAME:laura']);
    expect(found('Cymbalta has been recommended. G-CSF is fine.')).toEqual([]);
    expect(found('anyone seen this? Zselyke (pt) came from home')).toEqual(['NAME:Zselyke']);
    expect(found('R: ask Holmqvist to see, family (Leif) aware.')).toContain('NAME:Leif');
  });

  it('should take a name of the lexicons after a strong cue even when it is also a rarer word', () => {
    expect(found('handing over petri, spoke to laura')).toEqual(['NAME:petri', 'NAME:laura']);
    expect(found('spoke w/ laura on the ward')).toEqual(['NAME:laura']);
    expect(found('per protocol, w/ walker, pain settled')).toEqual([]);
    expect(found("homes are fine if they're lead-safe")).toEqual([]);
    expect(found('bright red blood per rectum; chose PTU over methimazole')).toEqual([]);
    expect(found('Tofersen is only for SOD1 ALS.')).toEqual([]);
  });

  it('should take a town no vocabulary knows after "lives ... in", "hospice in" or a doctor and a comma', () => {
    expect(found('lives with daughter maria in pocatky, independent')).toContain('LOCATION:pocatky');
    expect(found('daughter asking about hospice in busteni.')).toEqual(['LOCATION:busteni']);
    expect(found('GP: Dr calin, Harlau.')).toContain('LOCATION:Harlau');
    expect(found('lives alone in a flat, hospice in future')).toEqual([]);
  });

  it('should take names after the cues of referrals, EMS crews, chat mentions and social work', () => {
    expect(found('crew: brandon Varga (EMT), back at base')).toEqual(['NAME:Varga', 'NAME:brandon']);
    expect(found('@Darina can you check on Margaret in 12?')).toEqual(['NAME:Darina', 'NAME:Margaret']);
    expect(found('Dear colleague, I refer milica pasekova, age 102')).toEqual([
      'NAME:milica',
      'NAME:pasekova',
    ]);
    expect(found('REFERRING: valentova')).toEqual(['NAME:valentova']);
    expect(found('who has Soumare? sats dropping')).toEqual(['NAME:Soumare']);
    expect(
      found('check on labs, who has the pager? met with family, lives with dementia, signed by patient'),
    ).toEqual([]);
    expect(found('email me at anna@example.org')).toEqual([]);
  });

  it('should take a town no vocabulary knows after "home in" or "practises in"', () => {
    expect(found('pt at home in kezmarok during the visit')).toEqual(['LOCATION:kezmarok']);
    expect(found('His previous GP practises in Penelwy.')).toEqual(['LOCATION:Penelwy']);
    expect(found('at home in pain, home in two weeks')).toEqual([]);
  });
});
