import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { NPPES_COLUMNS } from './nppes-record.mapper.js';
import { importRegistry } from './registry-importer.js';

const HEADER = [
  NPPES_COLUMNS.npi,
  NPPES_COLUMNS.entityType,
  NPPES_COLUMNS.lastName,
  NPPES_COLUMNS.firstName,
  NPPES_COLUMNS.deactivationDate,
  NPPES_COLUMNS.licenseNumber(1),
  NPPES_COLUMNS.licenseState(1),
];
const NPIS = ['1000000012', '1000000020', '1000000038', '1000000046', '1000000053'];

function csv(rows: string[][]): Readable {
  return Readable.from([HEADER, ...rows].map((r) => `${r.join(',')}\n`).join(''));
}

/** A DataSource that records the statements it is given and answers them, or fails from the nth. */
function recordingDataSource(failFrom = Infinity): {
  dataSource: DataSource;
  statements: [string, unknown[]][];
} {
  const statements: [string, unknown[]][] = [];
  const query = (sql: string, params: unknown[]): Promise<unknown> => {
    statements.push([sql, params]);
    if (statements.length >= failFrom) return Promise.reject(new Error('connection lost'));
    return Promise.resolve(sql.includes('count(*)') ? [{ count: 0 }] : []);
  };
  return { dataSource: { query } as unknown as DataSource, statements };
}

describe(importRegistry.name, () => {
  it('should write individuals in batches of the given size', async () => {
    const { dataSource, statements } = recordingDataSource();
    const summary = await importRegistry(
      dataSource,
      csv(NPIS.map((npi) => [npi, '1', 'DOE', 'JO', '', 'A1', 'CA'])),
      { batchSize: 2 },
    );

    const inserts = statements.filter(([sql]) => sql.startsWith('INSERT'));
    expect(inserts.map(([, params]) => params.length / 6)).toEqual([2, 2, 1]);
    expect(summary.individualsImported).toBe(5);
  });

  it('should apply a deactivation to a row still waiting in the batch instead of a separate update', async () => {
    const { dataSource, statements } = recordingDataSource();
    await importRegistry(
      dataSource,
      csv([
        [NPIS[0], '1', 'DOE', 'JO', '', 'A1', 'CA'],
        [NPIS[0], '', '', '', '02/01/2024', '', ''],
      ]),
    );

    expect(statements).toHaveLength(1);
    expect(statements[0][1]).toEqual([
      NPIS[0],
      'DOE',
      'JO',
      '[{"number":"A1","state":"CA"}]',
      [],
      '2024-02-01',
    ]);
  });

  it('should fail with the database error when a write fails, and write nothing after it', async () => {
    const { dataSource, statements } = recordingDataSource(2);
    await expect(
      importRegistry(dataSource, csv(NPIS.map((npi) => [npi, '1', 'DOE', 'JO', '', 'A1', 'CA'])), {
        batchSize: 1,
      }),
    ).rejects.toThrow('connection lost');
    expect(statements).toHaveLength(2);
  });

  it('should stop when its signal is aborted', async () => {
    const { dataSource } = recordingDataSource();
    const abort = new AbortController();
    abort.abort();
    await expect(importRegistry(dataSource, csv([]), { signal: abort.signal })).rejects.toThrow();
  });
});
