import { RegistryMatch } from '../license.entity.js';
import {
  matchRegistry,
  nameWords,
  type RegistryMatchInput,
  type RegistryMatchRow,
} from './registry-match.js';

const ROW: RegistryMatchRow = {
  npi: '1234567893',
  firstName: 'JOSÉ',
  lastName: 'MÜLLER-GARCIA',
  licenses: [
    { number: 'A12345', state: 'CA' },
    { number: 'MD-6789', state: 'NY' },
  ],
  deactivatedOn: null,
};

const INPUT: RegistryMatchInput = {
  npi: '1234567893',
  jurisdiction: 'CA',
  licenseNumber: 'A12345',
  clinicianName: 'Dr. Jose Muller-Garcia, MD',
};

describe(matchRegistry.name, () => {
  it('should answer FULL when NPI, name, jurisdiction and number all match an active row', () => {
    expect(matchRegistry(INPUT, ROW)).toBe(RegistryMatch.FULL);
  });

  it('should ignore case, accents, titles and a middle name', () => {
    expect(matchRegistry({ ...INPUT, clinicianName: 'PROF. josé a. MÜLLER GARCÍA' }, ROW)).toBe(
      RegistryMatch.FULL,
    );
  });

  it('should match a licence number written in lower case or with a different dash', () => {
    expect(matchRegistry({ ...INPUT, jurisdiction: 'ny', licenseNumber: 'md6789' }, ROW)).toBe(
      RegistryMatch.FULL,
    );
  });

  it('should answer PARTIAL when the name differs', () => {
    expect(matchRegistry({ ...INPUT, clinicianName: 'Dr. Jose Garcia' }, ROW)).toBe(RegistryMatch.PARTIAL);
  });

  it('should answer PARTIAL when a registry name is only part of a word of the clinician name', () => {
    const row = { ...ROW, firstName: 'ANN', lastName: 'LEE' };
    expect(matchRegistry({ ...INPUT, clinicianName: 'Anne Leeds' }, row)).toBe(RegistryMatch.PARTIAL);
  });

  it('should answer PARTIAL when the licence number is not listed', () => {
    expect(matchRegistry({ ...INPUT, licenseNumber: 'A12346' }, ROW)).toBe(RegistryMatch.PARTIAL);
  });

  it('should answer PARTIAL when the number is listed for another jurisdiction', () => {
    expect(matchRegistry({ ...INPUT, jurisdiction: 'NY' }, ROW)).toBe(RegistryMatch.PARTIAL);
  });

  it('should answer NONE when the NPI is not in the registry', () => {
    expect(matchRegistry(INPUT, null)).toBe(RegistryMatch.NONE);
  });

  it('should answer NONE when the NPI is deactivated, even if everything else matches', () => {
    expect(matchRegistry(INPUT, { ...ROW, deactivatedOn: '2021-03-01' })).toBe(RegistryMatch.NONE);
  });

  it('should answer NONE when the row found is for another NPI', () => {
    expect(matchRegistry({ ...INPUT, npi: '1245319599' }, ROW)).toBe(RegistryMatch.NONE);
  });

  it('should never answer FULL for a registry row without a last name', () => {
    expect(matchRegistry(INPUT, { ...ROW, firstName: '', lastName: '' })).toBe(RegistryMatch.PARTIAL);
  });
});

describe(nameWords.name, () => {
  it('should split a name into lower-case words without accents or apostrophes', () => {
    expect(nameWords("Dr. Chloé O'Neil-Núñez")).toEqual(['dr', 'chloe', 'oneil', 'nunez']);
  });
});
