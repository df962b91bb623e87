import {
  INVALID_NPPES_DATE,
  MalformedReason,
  mapNppesRecord,
  NPPES_COLUMNS,
  nppesLayout,
  parseNppesDate,
  RegistryFormatError,
} from './nppes-record.mapper.js';

// A compact header in a shuffled order, with columns the importer ignores: columns are found by name.
const HEADER = [
  'Provider Organization Name (Legal Business Name)',
  NPPES_COLUMNS.lastName,
  NPPES_COLUMNS.npi,
  NPPES_COLUMNS.firstName,
  NPPES_COLUMNS.entityType,
  NPPES_COLUMNS.deactivationDate,
  NPPES_COLUMNS.reactivationDate,
  NPPES_COLUMNS.licenseNumber(1),
  NPPES_COLUMNS.licenseState(1),
  NPPES_COLUMNS.taxonomyCode(1),
  NPPES_COLUMNS.licenseNumber(2),
  NPPES_COLUMNS.licenseState(2),
  NPPES_COLUMNS.taxonomyCode(2),
  NPPES_COLUMNS.licenseNumber(15),
  NPPES_COLUMNS.licenseState(15),
];
const layout = nppesLayout(HEADER);

function row(values: Partial<Record<string, string>>): string[] {
  return HEADER.map((name) => values[name] ?? '');
}

const SMITH = {
  [NPPES_COLUMNS.npi]: '1234567893',
  [NPPES_COLUMNS.entityType]: '1',
  [NPPES_COLUMNS.lastName]: ' SMITH ',
  [NPPES_COLUMNS.firstName]: 'ANA',
  [NPPES_COLUMNS.licenseNumber(1)]: ' a12345 ',
  [NPPES_COLUMNS.licenseState(1)]: 'ca',
  [NPPES_COLUMNS.taxonomyCode(1)]: '207Q00000X',
  [NPPES_COLUMNS.licenseState(2)]: 'NY',
  [NPPES_COLUMNS.licenseNumber(15)]: 'G-9',
  [NPPES_COLUMNS.licenseState(15)]: 'GA',
};

describe(mapNppesRecord.name, () => {
  it('should map an individual with trimmed names, upper-cased licences and empty slots dropped', () => {
    expect(mapNppesRecord(row(SMITH), layout)).toEqual({
      kind: 'individual',
      row: {
        npi: '1234567893',
        lastName: 'SMITH',
        firstName: 'ANA',
        licenses: [
          { number: 'A12345', state: 'CA' },
          { number: 'G-9', state: 'GA' },
        ],
        taxonomyCodes: ['207Q00000X'],
        deactivatedOn: null,
      },
    });
  });

  it('should list a licence given twice once', () => {
    const result = mapNppesRecord(
      row({ ...SMITH, [NPPES_COLUMNS.licenseNumber(2)]: 'A12345', [NPPES_COLUMNS.licenseState(2)]: 'CA' }),
      layout,
    );
    expect(result.kind === 'individual' && result.row.licenses).toEqual([
      { number: 'A12345', state: 'CA' },
      { number: 'G-9', state: 'GA' },
    ]);
  });

  it('should skip an organisation', () => {
    expect(mapNppesRecord(row({ ...SMITH, [NPPES_COLUMNS.entityType]: '2' }), layout)).toEqual({
      kind: 'organisation',
    });
  });

  it('should read the deactivation date of an individual as an ISO date', () => {
    const result = mapNppesRecord(row({ ...SMITH, [NPPES_COLUMNS.deactivationDate]: '03/01/2021' }), layout);
    expect(result.kind === 'individual' && result.row.deactivatedOn).toBe('2021-03-01');
  });

  it('should treat a provider reactivated after the deactivation as active', () => {
    const result = mapNppesRecord(
      row({
        ...SMITH,
        [NPPES_COLUMNS.deactivationDate]: '01/01/2019',
        [NPPES_COLUMNS.reactivationDate]: '06/01/2019',
      }),
      layout,
    );
    expect(result.kind === 'individual' && result.row.deactivatedOn).toBeNull();
  });

  it('should read a row that is blank but for the NPI and a deactivation date as a deactivation', () => {
    const result = mapNppesRecord(
      row({ [NPPES_COLUMNS.npi]: '1234567893', [NPPES_COLUMNS.deactivationDate]: '11/30/2020' }),
      layout,
    );
    expect(result).toEqual({ kind: 'deactivation', npi: '1234567893', deactivatedOn: '2020-11-30' });
  });

  it.each([
    ['an NPI with a wrong check digit', { [NPPES_COLUMNS.npi]: '1234567890' }, MalformedReason.INVALID_NPI],
    ['an NPI of nine digits', { [NPPES_COLUMNS.npi]: '123456789' }, MalformedReason.INVALID_NPI],
    ['a missing last name', { [NPPES_COLUMNS.lastName]: '  ' }, MalformedReason.MISSING_LAST_NAME],
    [
      'a name over 100 characters',
      { [NPPES_COLUMNS.lastName]: 'X'.repeat(101) },
      MalformedReason.NAME_TOO_LONG,
    ],
    ['an impossible date', { [NPPES_COLUMNS.deactivationDate]: '13/45/2020' }, MalformedReason.INVALID_DATE],
    ['an unknown entity type', { [NPPES_COLUMNS.entityType]: '3' }, MalformedReason.UNKNOWN_ENTITY_TYPE],
    [
      'a blank entity type without a deactivation',
      { [NPPES_COLUMNS.entityType]: '' },
      MalformedReason.UNKNOWN_ENTITY_TYPE,
    ],
  ])('should call a row with %s malformed', (_case, change, reason) => {
    expect(mapNppesRecord(row({ ...SMITH, ...change }), layout)).toEqual({ kind: 'malformed', reason });
  });

  it('should call a row with a different number of fields malformed', () => {
    expect(mapNppesRecord(row(SMITH).slice(0, 5), layout)).toEqual({
      kind: 'malformed',
      reason: MalformedReason.FIELD_COUNT,
    });
  });
});

describe(nppesLayout.name, () => {
  it('should refuse a header without the columns the import needs', () => {
    expect(() => nppesLayout(['NPI', 'Provider First Name'])).toThrow(RegistryFormatError);
  });
});

describe(parseNppesDate.name, () => {
  it('should read MM/DD/YYYY and YYYY-MM-DD, and an empty field as no date', () => {
    expect(parseNppesDate('02/29/2024')).toBe('2024-02-29');
    expect(parseNppesDate('2024-02-29')).toBe('2024-02-29');
    expect(parseNppesDate(' ')).toBeNull();
  });

  it('should refuse dates that do not exist or are not in either format', () => {
    for (const text of ['02/29/2023', '00/10/2020', '12/32/2020', '2020/12/01', '1/2/2020', 'soon']) {
      expect(parseNppesDate(text)).toBe(INVALID_NPPES_DATE);
    }
  });
});
