import { ErrorCode } from '@curbside/core';
import type { DataSource } from 'typeorm';
import type { GraphqlResponse } from './graphql-client.js';
import { OK, matrixRow, runPermissionCell, type CellData } from './permission-matrix.js';
import { createTestDatabase } from './test-database.js';

const success = (data: CellData = { done: true }): GraphqlResponse<CellData> => ({
  status: 200,
  headers: new Headers(),
  data,
});

const refusal = (code: ErrorCode): GraphqlResponse<CellData> => ({
  status: 200,
  headers: new Headers(),
  data: null,
  errors: [{ message: 'refused', extensions: { code } }],
});

let slugs = 0;

describe(runPermissionCell.name, () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  /** A write to an ordinary table, as a call that slipped through would make. */
  const writeChannel = () =>
    dataSource.query('INSERT INTO channel (slug, name) VALUES ($1, $2)', [`runner-${++slugs}`, 'Runner']);
  const audit = (action: string) =>
    dataSource.query('INSERT INTO audit_event (action) VALUES ($1)', [action]);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = database.dataSource;
  });

  afterAll(async () => {
    await database?.close();
  });

  it('should pass a refusal with the expected code that changed nothing', async () => {
    await runPermissionCell(
      dataSource,
      { run: () => Promise.resolve(refusal(ErrorCode.FORBIDDEN)) },
      null,
      ErrorCode.FORBIDDEN,
    );
  });

  it('should fail a refusal that changed a table', async () => {
    const spec = {
      run: async () => {
        await writeChannel();
        return refusal(ErrorCode.FORBIDDEN);
      },
    };
    await expect(runPermissionCell(dataSource, spec, null, ErrorCode.FORBIDDEN)).rejects.toThrow(
      /changed the database: channel/,
    );
  });

  it('should fail a refusal with another code, or a call that succeeded instead', async () => {
    await expect(
      runPermissionCell(
        dataSource,
        { run: () => Promise.resolve(refusal(ErrorCode.NOT_FOUND)) },
        null,
        ErrorCode.FORBIDDEN,
      ),
    ).rejects.toThrow('expected ["FORBIDDEN"], received ["NOT_FOUND"]');
    await expect(
      runPermissionCell(dataSource, { run: () => Promise.resolve(success()) }, null, ErrorCode.FORBIDDEN),
    ).rejects.toThrow('expected ["FORBIDDEN"], received []');
  });

  it('should hold a refusal to exactly the audit rows it is allowed', async () => {
    const auditing = (action: string) => ({
      refusalAudits: ['LOGIN_FAILED'],
      run: async () => {
        await audit(action);
        return refusal(ErrorCode.UNAUTHENTICATED);
      },
    });
    await runPermissionCell(dataSource, auditing('LOGIN_FAILED'), null, ErrorCode.UNAUTHENTICATED);
    await expect(
      runPermissionCell(dataSource, auditing('CASE_VIEWED'), null, ErrorCode.UNAUTHENTICATED),
    ).rejects.toThrow('audit actions of the refusal: expected ["LOGIN_FAILED"], received ["CASE_VIEWED"]');
  });

  it('should fail a success with errors or with audit rows other than those expected', async () => {
    await expect(
      runPermissionCell(dataSource, { run: () => Promise.resolve(refusal(ErrorCode.FORBIDDEN)) }, null, OK),
    ).rejects.toThrow('expected success');
    const spec = {
      audits: ['CASE_CREATED', 'REPLY_CREATED'],
      run: async () => {
        await audit('REPLY_CREATED');
        await audit('CASE_CREATED');
        return success();
      },
    };
    await runPermissionCell(dataSource, spec, null, OK);
    await expect(
      runPermissionCell(dataSource, { ...spec, audits: ['CASE_CREATED'] }, null, OK),
    ).rejects.toThrow('audit actions of the success');
  });

  it('should fail a success that must change nothing but did, and only then', async () => {
    const spec = {
      run: async () => {
        await writeChannel();
        return success();
      },
    };
    await runPermissionCell(dataSource, spec, null, OK);
    await expect(runPermissionCell(dataSource, { ...spec, unchanged: true }, null, OK)).rejects.toThrow(
      /changed the database: channel/,
    );
  });

  it('should verify the data of a success, as the caller, with what was prepared', async () => {
    const seen: unknown[] = [];
    await runPermissionCell(
      dataSource,
      {
        prepare: (caller: string) => Promise.resolve({ target: `${caller}-target` }),
        run: (_caller, prepared) => Promise.resolve(success({ hit: prepared.target })),
        verify: (data, caller, prepared) => {
          seen.push(data, caller, prepared);
        },
      },
      'me',
      OK,
    );
    expect(seen).toEqual([{ hit: 'me-target' }, 'me', { target: 'me-target' }]);
  });
});

describe(matrixRow.name, () => {
  it('should name each cell for its caller and outcome', () => {
    expect(matrixRow(['anonymous', 'admin'], [ErrorCode.UNAUTHENTICATED, OK])).toEqual([
      {
        caller: 'anonymous',
        expected: 'UNAUTHENTICATED',
        title: 'should refuse the anonymous caller with UNAUTHENTICATED and change nothing',
      },
      { caller: 'admin', expected: 'OK', title: 'should let the admin caller through' },
    ]);
  });

  it('should refuse a row whose outcomes do not match the callers', () => {
    expect(() => matrixRow(['anonymous', 'admin'], [OK])).toThrow('1 outcomes for 2 callers');
  });
});
