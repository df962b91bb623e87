import { NPPES_COLUMNS, RegistryImportService, registryImportTopic } from '@curbside/licensing';
import {
  REGISTRY_SOCKET_OPERATIONS,
  TopicWatch,
  WsTestClient,
  createTestApp,
  databaseDigest,
  login,
  register,
  schemaOperations,
  verifiedClinician,
  type Session,
  type TestApp,
  type WsEvent,
  type WsSubscription,
} from '@curbside/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticNpi } from '../bench/registry/nppes-file.js';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'registry.live.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-the-live-registry-18',
};

const PROGRESS =
  'subscription P($id: ID!) { registryImportProgress(id: $id) { id status rowsRead bytesRead totalBytes percent individualsImported errorCode } }';

interface Progress {
  id: string;
  status: string;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number | null;
  percent: number | null;
  individualsImported: number;
  errorCode: string | null;
}

/** Rows enough for the import to run several seconds, so progress is written while it runs. */
const ROWS = 120_000;

describe('Registry import progress, live over a real WebSocket', () => {
  let t: TestApp;
  let admin: Session;
  let topics: TopicWatch;
  const sockets: WsTestClient[] = [];

  function socket(token: string | null): WsTestClient {
    const client = new WsTestClient(t.url, token);
    sockets.push(client);
    return client;
  }

  const codesOf = async (sub: WsSubscription): Promise<(string | undefined)[]> => {
    const ended = (await sub.ended) as { extensions?: { code?: string } }[];
    return Array.isArray(ended)
      ? ended.map((e) => e.extensions?.code)
      : (sub.events[0]?.errors?.map((e) => e.extensions?.code as string | undefined) ?? []);
  };

  const progressOf = (event: WsEvent): Progress | undefined =>
    event.data?.registryImportProgress as Progress | undefined;

  /** An NPPES-format file of `rows` individual providers in the registry import directory. */
  function registryFile(name: string, rows: number): string {
    const dir = join(t.config.DATA_DIR, 'registry');
    mkdirSync(dir, { recursive: true });
    const header = [
      NPPES_COLUMNS.npi,
      NPPES_COLUMNS.entityType,
      NPPES_COLUMNS.lastName,
      NPPES_COLUMNS.firstName,
      NPPES_COLUMNS.deactivationDate,
      NPPES_COLUMNS.licenseNumber(1),
      NPPES_COLUMNS.licenseState(1),
    ];
    const lines = [header.map((f) => `"${f}"`).join(',')];
    for (let i = 1; i <= rows; i++) {
      lines.push(`"${syntheticNpi(i)}","1","ROW${i}","TEST","","MD-${i}","MT"`);
    }
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    return name;
  }

  async function start(path: string): Promise<string> {
    const res = await t.client.request<{ startRegistryImport: { id: string } }>(
      'mutation S($p: String!) { startRegistryImport(path: $p) { id } }',
      { p: path },
      { token: admin.accessToken },
    );
    if (res.errors || !res.data) throw new Error(`start failed: ${JSON.stringify(res.errors)}`);
    return res.data.startRegistryImport.id;
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' } });
    topics = TopicWatch.of(t);
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t?.close();
  });

  it('should be the only operation of its suite, and in the printed schema', () => {
    expect(REGISTRY_SOCKET_OPERATIONS).toEqual(['registryImportProgress']);
    expect(schemaOperations()).toContain('registryImportProgress');
  });

  it('should refuse everyone but administrators, each with its code, and change nothing', async () => {
    const id = await start(registryFile('small.csv', 3));
    await t.api.app.get(RegistryImportService).idle();
    const unverified = await register(t.client, 'Dr. Una Unverified');
    const verified = await verifiedClinician(t.client, admin, 'Dr. Vera Verified');
    const before = await databaseDigest(t.database.dataSource);
    expect(await codesOf(socket(unverified.accessToken).subscribe(PROGRESS, { id }))).toEqual(['FORBIDDEN']);
    expect(await codesOf(socket(verified.accessToken).subscribe(PROGRESS, { id }))).toEqual(['FORBIDDEN']);
    const anonymous = socket(null).subscribe(PROGRESS, { id });
    await anonymous.ended;
    expect(anonymous.events.filter((e) => progressOf(e))).toEqual([]);
    expect(
      await codesOf(
        socket(admin.accessToken).subscribe(PROGRESS, { id: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  });

  it('should send an ended import once and complete', async () => {
    const [{ id }] = await t.database.dataSource.query<{ id: string }[]>(
      "SELECT id FROM registry_import WHERE status = 'SUCCEEDED' ORDER BY created_at LIMIT 1",
    );
    const sub = socket(admin.accessToken).subscribe(PROGRESS, { id });
    await sub.ended;
    expect(sub.events.map(progressOf)).toEqual([
      expect.objectContaining({ id, status: 'SUCCEEDED', rowsRead: 3, individualsImported: 3 }),
    ]);
  });

  it('should stream a running import: its state at once, progress while it runs, the end, then complete', async () => {
    const id = await start(registryFile('large.csv', ROWS));
    const sub = await topics.opening([registryImportTopic(id)], () =>
      socket(admin.accessToken).subscribe(PROGRESS, { id }),
    );
    await sub.until((e) => progressOf(e)?.status === 'SUCCEEDED', 120_000);
    await sub.ended;
    const seen = sub.events.map(progressOf);
    expect(seen.every(Boolean)).toBe(true);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({
      id,
      status: 'SUCCEEDED',
      rowsRead: ROWS,
      individualsImported: ROWS,
      percent: 100,
    });
    // progress written while it ran reached the subscriber: counters between none and all
    const running = seen.filter((p) => p!.status === 'RUNNING' && p!.rowsRead > 0 && p!.rowsRead < ROWS);
    expect(running.length).toBeGreaterThan(0);
    // in order: statuses never go back, counters never shrink
    const rank = { QUEUED: 0, RUNNING: 1, SUCCEEDED: 2, FAILED: 2 } as Record<string, number>;
    for (let i = 1; i < seen.length; i++) {
      expect(rank[seen[i]!.status]).toBeGreaterThanOrEqual(rank[seen[i - 1]!.status]);
      expect(seen[i]!.rowsRead).toBeGreaterThanOrEqual(seen[i - 1]!.rowsRead);
    }
  }, 180_000);
});
