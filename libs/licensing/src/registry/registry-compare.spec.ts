import { FieldMatch, compareWithRegistry } from './registry-compare.js';

const ROW = {
  npi: '1234567893',
  firstName: 'NORA',
  lastName: 'QUILL',
  licenses: [{ number: 'MD-77', state: 'MT', expiresOn: '2030-01-31' }],
  deactivatedOn: null,
};

const INPUT = {
  npi: '1234567893',
  jurisdiction: 'MT',
  licenseNumber: 'md 77',
  clinicianName: 'Dr. Nora Quill',
  expiresOn: '2030-01-31',
};

describe(compareWithRegistry.name, () => {
  it('should match every field and score 100 for a licence the registry lists as typed', () => {
    expect(compareWithRegistry(INPUT, ROW)).toEqual({
      npi: FieldMatch.MATCH,
      name: FieldMatch.MATCH,
      state: FieldMatch.MATCH,
      number: FieldMatch.MATCH,
      deactivation: FieldMatch.MATCH,
      expiry: FieldMatch.MATCH,
      score: 100,
      deactivatedOn: null,
    });
  });

  it('should score a partial name, another state and a differing expiry lower, field by field', () => {
    const result = compareWithRegistry(
      { ...INPUT, clinicianName: 'Dr. Nora Smith', jurisdiction: 'ID', expiresOn: '2031-01-31' },
      ROW,
    );
    expect(result).toMatchObject({
      name: FieldMatch.PARTIAL,
      state: FieldMatch.MISMATCH,
      number: FieldMatch.PARTIAL,
      expiry: FieldMatch.MISSING,
    });
    expect(result.score).toBeLessThan(100);
    expect(compareWithRegistry({ ...INPUT, expiresOn: '2031-01-31' }, ROW).expiry).toBe(FieldMatch.MISMATCH);
  });

  it('should cap a deactivated NPI at a low score and report no row as an NPI mismatch scoring 0', () => {
    const deactivated = compareWithRegistry(INPUT, { ...ROW, deactivatedOn: '2026-05-01' });
    expect(deactivated).toMatchObject({ deactivation: FieldMatch.MISMATCH, deactivatedOn: '2026-05-01' });
    expect(deactivated.score).toBeLessThanOrEqual(20);
    expect(compareWithRegistry(INPUT, null)).toMatchObject({ npi: FieldMatch.MISMATCH, score: 0 });
  });
});
