import { NPPES_COLUMNS, npiCheckDigit } from '@curbside/licensing';
import { ApiProcess, STRONG_PASSWORD, freePort } from '@curbside/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Rows in the uploaded file: enough that the import is still running when the server is stopped. */
const ROWS = 100_000;

interface ImportState {
  status: string;
  attempts: number;
  rowsRead: number;
  individualsImported: number;
  errorCode: string | null;
}

/**
 * A registry import uploaded from the console runs as a pg-boss job on the real server process over
 * embedded PGlite: stopped in the middle, the server gives up the attempt, and after a restart the
 * job runs again to the end; the uploaded file is deleted when it ends.
 */
describe('A registry import across a server restart', () => {
  const started: ApiProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'curbside-registry-'));
  const email = 'registry.admin@example.org';

  afterAll(async () => {
    for (const api of started) {
      api.signal('SIGKILL');
      await api.exited;
    }
  });

  async function start(): Promise<ApiProcess> {
    const api = new ApiProcess(await freePort(), { DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    started.push(api);
    await api.ready(120_000);
    return api;
  }

  async function graphql<T>(
    api: ApiProcess,
    token: string | null,
    query: string,
    variables = {},
  ): Promise<T> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function signIn(api: ApiProcess): Promise<string> {
    const data = await graphql<{ login: { accessToken: string } }>(
      api,
      null,
      'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: STRONG_PASSWORD },
    );
    return data.login.accessToken;
  }

  async function state(api: ApiProcess, token: string, id: string): Promise<ImportState> {
    const data = await graphql<{ registryImport: ImportState }>(
      api,
      token,
      'query I($id: ID!) { registryImport(id: $id) { status attempts rowsRead individualsImported errorCode } }',
      { id },
    );
    return data.registryImport;
  }

  async function waitFor(
    api: ApiProcess,
    token: string,
    id: string,
    done: (s: ImportState) => boolean,
    timeoutMs: number,
  ): Promise<ImportState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await state(api, token, id);
      if (done(s)) return s;
      if (Date.now() > deadline) throw new Error(`import still ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  function nppesFile(): string {
    const header = [
      NPPES_COLUMNS.npi,
      NPPES_COLUMNS.entityType,
      NPPES_COLUMNS.lastName,
      NPPES_COLUMNS.firstName,
      NPPES_COLUMNS.deactivationDate,
      NPPES_COLUMNS.licenseNumber(1),
      NPPES_COLUMNS.licenseState(1),
    ];
    const lines = [header.map((h) => `"${h}"`).join(',')];
    for (let i = 0; i < ROWS; i++) {
      const base = String(170_000_000 + i).padStart(9, '0');
      lines.push(`"${base}${npiCheckDigit(base)}","1","RESTART","ROW","","MD-${i}","MT"`);
    }
    const file = join(mkdtempSync(join(tmpdir(), 'curbside-nppes-')), 'npi.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  it('should finish an uploaded import after the server was stopped in the middle of it', async () => {
    const created = spawnSync(
      process.execPath,
      ['dist/tools/cli.js', 'admin:create', '--email', email, '--password-stdin'],
      {
        input: `${STRONG_PASSWORD}\n`,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, NODE_ENV: 'development' },
        encoding: 'utf8',
      },
    );
    expect(created.status).toBe(0);

    const first = await start();
    const token = await signIn(first);
    const upload = await fetch(`${first.url}/admin/registry-imports`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: await readFile(nppesFile()),
    });
    expect(upload.status).toBe(202);
    const { id } = (await upload.json()) as { id: string };

    // Progress is written as it goes; stop the server once some has been.
    const midway = await waitFor(first, token, id, (s) => s.rowsRead > 0 || s.status !== 'QUEUED', 60_000);
    expect(midway.status).toBe('RUNNING');
    expect(midway.rowsRead).toBeLessThan(ROWS);
    first.signal('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });

    const second = await start();
    const again = await signIn(second);
    const done = await waitFor(
      second,
      again,
      id,
      (s) => s.status !== 'QUEUED' && s.status !== 'RUNNING',
      240_000,
    );
    expect(done).toEqual({
      status: 'SUCCEEDED',
      attempts: 2,
      rowsRead: ROWS,
      individualsImported: ROWS,
      errorCode: null,
    });
    // the uploaded file goes once the import's end is recorded and announced: a moment after
    const uploads = join(dataDir, 'registry', 'uploads');
    for (let waited = 0; readdirSync(uploads).length > 0 && waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(readdirSync(uploads)).toEqual([]);
    second.signal('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 480_000);
});
