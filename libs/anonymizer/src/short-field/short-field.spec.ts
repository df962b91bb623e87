import fc from 'fast-check';
import { Anonymizer } from '../anonymizer.js';
import { applyFindings } from '../anonymizer.js';
import { deidentifyShortField } from './short-field.js';

const anonymizer = new Anonymizer();
const short = (value: string): string => deidentifyShortField(anonymizer, value).text;

describe(deidentifyShortField.name, () => {
  it('should remove a bare surname, hyphenated or not', () => {
    expect(short('Okonkwo-Haley')).toBe('[OTHER_ID]');
    expect(short('Haley')).not.toContain('Haley');
  });

  it('should remove a bare local phone number', () => {
    expect(short('note 555-0143')).toBe('note [OTHER_ID]');
  });

  it('should keep an eponym before its head word only', () => {
    expect(short('Tanner stage 4')).toBe('Tanner stage 4');
    expect(short('Tanner')).toBe('[OTHER_ID]');
  });

  it('should keep ordinary and medical words, units, small numbers and an age with a sex', () => {
    for (const value of [
      'Lyme carditis with heart block',
      'sepsis',
      '76M with chest pain',
      '10 mg daily for 3 days',
    ])
      expect(deidentifyShortField(anonymizer, value).findings).toEqual([]);
  });

  it('should keep the clinical words and abbreviations clinicians tag cases with', () => {
    for (const value of [
      'syncope',
      'COPD exacerbation',
      'STEMI',
      'atrial fibrillation',
      'HIV',
      'recurrent DKA',
      'echo',
    ])
      expect(deidentifyShortField(anonymizer, value).findings).toEqual([]);
  });

  it('should keep a case title built from clinical words and their derivations', () => {
    for (const value of [
      'Exertional chest pain in a marathon runner',
      'Erythema migrans with facial palsy',
      'Euglycemic DKA on an SGLT2 inhibitor',
    ])
      expect(deidentifyShortField(anonymizer, value).findings).toEqual([]);
  });

  it('should not let a surname pass by a derivation ending', () => {
    expect(short('Okonkwos')).not.toContain('Okonkwo');
    expect(short('Haleys')).not.toContain('Haley');
  });

  it('should count what the policy removed apart from what the engine removed', () => {
    const result = deidentifyShortField(anonymizer, 'zorblax seen by Dr. Whitfield');
    expect(result.text).toBe('[OTHER_ID] seen by Dr. [NAME]');
    expect(result.unknownTokens).toBe(1);
    expect(result.findings).toHaveLength(2);
  });
});

const SURNAMES = [
  'Okonkwo-Haley',
  'Okonkwo',
  'Haley',
  'Whitfield',
  'Moreau',
  'Tanner',
  'Pelletier',
  'Nguyen',
];
const PHONES = ['555-0143', '617- 555- 0199', '70312', '(207) 555-0183'];
const SAFE = [
  'heart',
  'block',
  'chest',
  'pain',
  'sepsis',
  'rural',
  'cardiology',
  '10 mg',
  'with',
  'and',
  '3',
];

describe('short fields (property)', () => {
  const part = fc.oneof(fc.constantFrom(...SAFE), fc.constantFrom(...SURNAMES), fc.constantFrom(...PHONES));
  const field = fc.array(part, { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));

  it('should never let a surname or a phone number through', () => {
    fc.assert(
      fc.property(field, (value) => {
        const out = short(value);
        for (const s of SURNAMES) expect(out).not.toContain(s);
        expect(out.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\d{4}|\d{3}\D{1,2}\d/);
      }),
    );
  });

  it('should be idempotent, with findings indexing the input, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(field, fc.string({ maxLength: 60 })), (value) => {
        const result = deidentifyShortField(anonymizer, value);
        expect(applyFindings(value, result.findings)).toBe(result.text);
        expect(short(result.text)).toBe(result.text);
      }),
    );
  });
});
