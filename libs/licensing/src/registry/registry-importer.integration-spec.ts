import type { Database } from '@curbside/database';
import { createTestDatabase } from '@curbside/testing';
import { Readable } from 'node:stream';
import { RegistryProviderEntity } from '../registry-provider.entity.js';
import { MalformedReason, NPPES_COLUMNS, RegistryFormatError } from './nppes-record.mapper.js';
import { importRegistry, type ImportProgress } from './registry-importer.js';

const FIXTURE = new URL('../../test-data/nppes-sample.csv', import.meta.url).pathname;

/** A compact NPPES-format file (the importer finds its columns by header name). */
function compactCsv(rows: string[][]): Readable {
  const header = [
    NPPES_COLUMNS.npi,
    NPPES_COLUMNS.entityType,
    NPPES_COLUMNS.lastName,
    NPPES_COLUMNS.firstName,
    NPPES_COLUMNS.deactivationDate,
    NPPES_COLUMNS.licenseNumber(1),
    NPPES_COLUMNS.licenseState(1),
  ];
  return Readable.from([header, ...rows].map((r) => `${r.map((f) => `"${f}"`).join(',')}\n`).join(''));
}

describe(importRegistry.name, () => {
  let database: Database;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.close();
  });

  const providers = () =>
    database.dataSource.getRepository(RegistryProviderEntity).find({ order: { npi: 'ASC' } });

  it('should import the individuals of the fixture and count organisations and malformed rows', async () => {
    const summary = await importRegistry(database.dataSource, FIXTURE, { batchSize: 5 });

    expect(summary).toMatchObject({
      rowsRead: 30,
      individualsImported: 18,
      organisationsSkipped: 4,
      deactivationsRead: 1,
      deactivationsApplied: 0,
    });
    expect(summary.malformed.total).toBe(7);
    expect(summary.malformed.rows).toEqual([
      { line: 9, reason: MalformedReason.INVALID_NPI },
      { line: 13, reason: MalformedReason.INVALID_NPI },
      { line: 15, reason: MalformedReason.MISSING_LAST_NAME },
      { line: 18, reason: MalformedReason.INVALID_DATE },
      { line: 21, reason: MalformedReason.FIELD_COUNT },
      { line: 23, reason: MalformedReason.BAD_QUOTING },
      { line: 26, reason: MalformedReason.UNKNOWN_ENTITY_TYPE },
    ]);
    expect(summary.malformed.byReason).toEqual({
      INVALID_NPI: 2,
      MISSING_LAST_NAME: 1,
      INVALID_DATE: 1,
      FIELD_COUNT: 1,
      BAD_QUOTING: 1,
      UNKNOWN_ENTITY_TYPE: 1,
    });

    const rows = await providers();
    expect(rows).toHaveLength(18);
    const byNpi = new Map(rows.map((r) => [r.npi, r]));
    expect(byNpi.get('1000000012')).toMatchObject({
      lastName: 'SMITH',
      firstName: 'ANA',
      licenses: [
        { number: 'A12345', state: 'CA' },
        { number: '123456-1', state: 'NY' },
      ],
      taxonomyCodes: ['207Q00000X', '207R00000X'],
      deactivatedOn: null,
    });
    expect(byNpi.get('1000000020')).toMatchObject({ lastName: 'MÜLLER', firstName: 'JOSÉ' });
    expect(byNpi.get('1000000038')).toMatchObject({ lastName: "O'BRIEN" });
    expect(byNpi.get('1000000061')).toMatchObject({ lastName: 'KIM', deactivatedOn: '2021-03-01' });
    expect(byNpi.get('1000000079')).toMatchObject({ lastName: 'PATEL', deactivatedOn: null });
    expect(byNpi.get('1000000137')?.licenses).toEqual([{ number: 'G87654', state: 'GA' }]);
    // Organisations and malformed rows left nothing behind.
    for (const npi of ['1000000053', '1000000111', '1000000145', '1000000178', '1000000251']) {
      expect(byNpi.has(npi)).toBe(false);
    }
  });

  it('should leave the same rows when the same file is imported again', async () => {
    await importRegistry(database.dataSource, FIXTURE);
    const first = await providers();
    const summary = await importRegistry(database.dataSource, FIXTURE);
    const second = await providers();

    expect(summary.individualsImported).toBe(18);
    expect(second.map(({ importedAt: _a, ...rest }) => rest)).toEqual(
      first.map(({ importedAt: _a, ...rest }) => rest),
    );
  });

  it('should update a provider whose row changed, and deactivate one the file lists as deactivated', async () => {
    await importRegistry(database.dataSource, FIXTURE);
    const summary = await importRegistry(
      database.dataSource,
      compactCsv([
        ['1000000012', '1', 'SMITH-JONES', 'ANA', '', 'b777', 'or'],
        ['1000000020', '', '', '', '02/01/2024', '', ''],
      ]),
    );

    expect(summary).toMatchObject({
      rowsRead: 2,
      individualsImported: 1,
      deactivationsRead: 1,
      deactivationsApplied: 1,
    });
    const rows = await providers();
    expect(rows).toHaveLength(18);
    const byNpi = new Map(rows.map((r) => [r.npi, r]));
    expect(byNpi.get('1000000012')).toMatchObject({
      lastName: 'SMITH-JONES',
      licenses: [{ number: 'B777', state: 'OR' }],
    });
    expect(byNpi.get('1000000020')).toMatchObject({ lastName: 'MÜLLER', deactivatedOn: '2024-02-01' });
  });

  it('should keep the last of two rows with the same NPI in one batch', async () => {
    const summary = await importRegistry(
      database.dataSource,
      compactCsv([
        ['1000000012', '1', 'FIRST', 'ANA', '', 'A1', 'CA'],
        ['1000000012', '1', 'SECOND', 'ANA', '', 'A1', 'CA'],
      ]),
    );

    expect(summary.malformed.total).toBe(0);
    expect((await providers()).map((r) => r.lastName)).toEqual(['SECOND']);
  });

  it('should report progress by rows and bytes, ending at the size of the file', async () => {
    const seen: ImportProgress[] = [];
    await importRegistry(database.dataSource, FIXTURE, {
      progressIntervalMs: 0,
      onProgress: (p) => seen.push(p),
    });

    const last = seen.at(-1)!;
    expect(last.rowsRead).toBe(30);
    expect(last.totalBytes).toBeGreaterThan(0);
    expect(last.bytesRead).toBe(last.totalBytes);
  });

  it('should refuse a file that lacks the NPPES columns and write nothing', async () => {
    await expect(importRegistry(database.dataSource, Readable.from('id,name\n1,x\n'))).rejects.toThrow(
      RegistryFormatError,
    );
    expect(await providers()).toEqual([]);
  });
});
