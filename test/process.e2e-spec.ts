import { ApiProcess, STRONG_PASSWORD, freePort } from '@curbside/testing';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The real server process on the embedded database, as `npm start` runs it: one process per data
 * directory, and a stop at any moment leaves a database that opens cleanly next time.
 */
describe('The API process on embedded PGlite', () => {
  const started: ApiProcess[] = [];

  async function start(dataDir: string): Promise<ApiProcess> {
    const api = new ApiProcess(await freePort(), { DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    started.push(api);
    return api;
  }

  afterAll(async () => {
    for (const api of started) {
      api.signal('SIGKILL');
      await api.exited;
    }
  });

  async function registerOne(api: ApiProcess, email: string): Promise<number> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation R($i: RegisterInput!) { register(input: $i) { clinician { id } } }',
        variables: { i: { email, password: STRONG_PASSWORD, displayName: 'Dr. Process Test' } },
      }),
    });
    return res.status;
  }

  async function canLogin(api: ApiProcess, email: string): Promise<boolean> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        variables: { e: email, p: STRONG_PASSWORD },
      }),
    });
    const body = (await res.json()) as { data?: { login?: { accessToken?: string } } | null };
    return typeof body.data?.login?.accessToken === 'string';
  }

  it('should refuse a second process on the same data directory with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curbside-proc-'));
    const first = await start(dir);
    await first.ready();
    const second = await start(dir);
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.output.join('')).toMatch(
      /Another Curbside process \(pid \d+\) is using this embedded database/,
    );
    // The first one is untouched.
    expect((await fetch(`${first.url}/health/ready`)).status).toBe(200);
    first.signal('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
  });

  it('should warn at start-up when there is no administrator', async () => {
    const api = await start(mkdtempSync(join(tmpdir(), 'curbside-proc-')));
    await api.ready(100_000);
    expect(api.output.join('')).toMatch(/there is no administrator/);
    api.signal('SIGTERM');
    await api.exited;
  }, 120_000);

  it('should stop with a clear message when the port is taken', async () => {
    const holder = createServer();
    const port = await new Promise<number>((resolve) =>
      holder.listen(0, '127.0.0.1', () => resolve((holder.address() as { port: number }).port)),
    );
    try {
      const api = new ApiProcess(port, {
        DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-proc-')),
        LOG_LEVEL: 'warn',
      });
      started.push(api);
      const { code } = await api.exited;
      expect(code).toBe(1);
      expect(api.output.join('')).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  }, 120_000);

  it('should stop cleanly on SIGTERM under requests and keep committed data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curbside-proc-'));
    const api = await start(dir);
    await api.ready();
    expect(await registerOne(api, 'kept@clinic.test')).toBe(200);
    const load = Array.from({ length: 40 }, (_, i) =>
      registerOne(api, `load-${i}@clinic.test`).catch(() => 0),
    );
    await new Promise((r) => setTimeout(r, 50));
    api.signal('SIGTERM');
    await Promise.all(load);
    expect((await api.exited).code).toBe(0);

    const again = await start(dir);
    await again.ready();
    expect(await canLogin(again, 'kept@clinic.test')).toBe(true);
    again.signal('SIGINT');
    expect((await again.exited).code).toBe(0);
  });

  it.each([150, 800, 2500])(
    'should leave a database that opens cleanly when SIGTERM arrives %i ms into the first start',
    async (delay) => {
      const dir = mkdtempSync(join(tmpdir(), 'curbside-proc-'));
      const api = await start(dir);
      await new Promise((r) => setTimeout(r, delay));
      api.signal('SIGTERM');
      const { code, signal } = await api.exited;
      expect(signal === 'SIGTERM' || code === 0).toBe(true);

      const again = await start(dir);
      await again.ready();
      expect(await registerOne(again, `after-${delay}@clinic.test`)).toBe(200);
      again.signal('SIGTERM');
      expect((await again.exited).code).toBe(0);
    },
  );
});
