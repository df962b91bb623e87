import { loadConfig } from '@curbside/config';
import { createLogger } from '@curbside/core';
import {
  GraphqlClient,
  login,
  startStreamingReplica,
  verifiedClinician,
  type Session,
  type StreamingReplica,
} from '@curbside/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { type RunningApi, startApi } from '../../apps/api/src/bootstrap.js';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'replica.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0019',
};
const REPLICA_APP = 'curbside-replica-reads';
const WINDOW_SECONDS = 2;

const FEED = `{ feed(first: 50) { edges { node { id title replyCount author { id } channel { id name } } } } }`;
const SEARCH = `query S($q: String!) { searchCases(query: $q) { edges { node { id title } } } }`;
const CASE = `query C($id: ID!) { case(id: $id) { id title body replies { edges { node { id } } } } }`;
const DIRECTORY = `{ specialistDirectory(first: 10) { edges { node { id onCallNow } } } }`;

/**
 * The statements a server logged after `from` (an offset in its log), each whole (a statement may
 * span lines), from sessions of this application name (null: any).
 */
function statements(log: string, from: number, application: string | null): string[] {
  return log
    .slice(from)
    .split(/\n(?=[^\n|]*\|[A-Z]+: {2})/)
    .filter((entry) => /^[^\n|]*\|LOG: {2}(statement|execute [^:]*):/.test(entry))
    .filter((entry) => application === null || entry.startsWith(`${application}|`));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const WRITE = /\b(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|LOCK)\b|FOR (UPDATE|SHARE)/i;

/**
 * A real streaming replica: a throwaway primary cluster and a hot standby made by pg_basebackup
 * (their own ports, never the machine's server), the API configured with DATABASE_URL and
 * DATABASE_REPLICA_URL. Both servers log every statement with its session's application name; the
 * API's replica pool is `curbside-replica-reads`.
 */
describe('Read replica (a real streaming standby)', () => {
  let cluster: StreamingReplica;
  let api: RunningApi;
  let client: GraphqlClient;
  let admin: Session;
  let author: Session;
  let reader: Session;
  let channelId: string;
  let olderCaseId: string;

  const gql = async <T>(session: Session, query: string, variables: Record<string, unknown> = {}) => {
    const res = await client.request<T>(query, variables, { token: session.accessToken });
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  const feedIds = async (session: Session) =>
    (await gql<{ feed: { edges: { node: { id: string } }[] } }>(session, FEED)).feed.edges.map(
      (e) => e.node.id,
    );
  const createCase = async (session: Session, title: string) =>
    (
      await gql<{ createCase: { id: string } }>(
        session,
        `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
        {
          i: { channelId, title, body: 'Refractory hypokalaemia despite oral replacement.', tags: ['renal'] },
        },
      )
    ).createCase.id;

  beforeAll(async () => {
    cluster = await startStreamingReplica();
    const setup = new pg.Client({ connectionString: cluster.primaryUrl('postgres') });
    await setup.connect();
    await setup.query('CREATE DATABASE curbside');
    await setup.end();
    await cluster.caughtUp();
    const config = loadConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-replica-test-')),
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
      DATABASE_URL: cluster.primaryUrl('curbside'),
      DATABASE_REPLICA_URL: cluster.replicaUrl('curbside'),
      READ_YOUR_WRITES_SECONDS: String(WINDOW_SECONDS),
      REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '1000',
      // the server tier runs with Redis: the recent writers are then kept there
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      ...ADMIN,
    });
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    api = await startApi(config, { logger: createLogger(config.LOG_LEVEL, sink) });
    client = new GraphqlClient(`${api.url}/graphql`);
    admin = await login(client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(client, admin, 'Dr. Replica Author');
    reader = await verifiedClinician(client, admin, 'Dr. Replica Reader');
    const channels = await gql<{ channels: { id: string }[] }>(reader, '{ channels { id } }');
    channelId = channels.channels[0].id;
    await gql(reader, `mutation J($c: ID!) { joinChannel(channelId: $c) { id } }`, { c: channelId });
    olderCaseId = await createCase(author, 'Older case on both servers');
    const wroteLast = Date.now();
    await cluster.caughtUp();
    // joining a channel and writing a case are writes: the reader's and the author's reads stay on the
    // primary for the read-your-own-writes window, which the server starts before its answer leaves.
    // The tests below begin once both windows have closed, however fast the set-up ran.
    await sleep(Math.max(0, wroteLast + WINDOW_SECONDS * 1000 + 300 - Date.now()));
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await cluster?.stop();
  });

  it('should run the migrations on the primary only, and the replica sessions write nothing', () => {
    expect(statements(cluster.primaryLog(), 0, null).some((l) => /CREATE TABLE "?case_post"?/i.test(l))).toBe(
      true,
    );
    const replica = statements(cluster.replicaLog(), 0, REPLICA_APP);
    expect(replica.filter((l) => WRITE.test(l))).toEqual([]);
  });

  it("should read another clinician's feed, search, case and directory from the replica, and write the audit row to the primary", async () => {
    const primaryFrom = cluster.primaryLog().length;
    const replicaFrom = cluster.replicaLog().length;
    expect(await feedIds(reader)).toContain(olderCaseId);
    const found = await gql<{ searchCases: { edges: { node: { id: string } }[] } }>(reader, SEARCH, {
      q: 'hypokalaemia',
    });
    expect(found.searchCases.edges.map((e) => e.node.id)).toContain(olderCaseId);
    const viewed = await gql<{ case: { id: string } | null }>(reader, CASE, { id: olderCaseId });
    expect(viewed.case?.id).toBe(olderCaseId);
    const directory = await gql<{ specialistDirectory: { edges: unknown[] } }>(reader, DIRECTORY);
    expect(Array.isArray(directory.specialistDirectory.edges)).toBe(true);

    const onReplica = statements(cluster.replicaLog(), replicaFrom, REPLICA_APP);
    const onPrimary = statements(cluster.primaryLog(), primaryFrom, null).filter(
      (l) => !l.startsWith('test-harness|'),
    );
    // the pages, the case and the directory came from the replica...
    expect(onReplica.some((l) => /FROM "case_post"/.test(l) && /ORDER BY/.test(l))).toBe(true);
    expect(onReplica.some((l) => /websearch_to_tsquery/.test(l))).toBe(true);
    expect(onReplica.some((l) => /FROM "clinician"/.test(l) && /on_call_window/.test(l))).toBe(true);
    // the case view: one statement by id that brings the author, the channel and the reply count
    expect(onReplica.some((l) => /FROM "case_post" "c"/.test(l) && /WHERE "c"\."id" = \$1/.test(l))).toBe(
      true,
    );
    expect(onReplica.filter((l) => WRITE.test(l))).toEqual([]);
    // ...the primary saw none of those reads (its job workers may read cases of their own), only the
    // session checks and the case view's audit row
    expect(onPrimary.some((l) => /FROM "case_post"/.test(l) && /channel_membership m/.test(l))).toBe(false);
    expect(onPrimary.some((l) => /websearch_to_tsquery/.test(l))).toBe(false);
    expect(onPrimary.some((l) => /FROM "clinician"/.test(l) && /on_call_window/.test(l))).toBe(false);
    expect(onPrimary.some((l) => /INSERT INTO "audit_event"/.test(l))).toBe(true);
  });

  it('should let the author read their own write at once while the replica lags, and others read the replica', async () => {
    await cluster.pauseReplay(); // the standby sees nothing the primary writes from now on
    try {
      const fresh = await createCase(author, 'Fresh case the standby has not replayed');
      // the author, within the window, reads from the primary
      expect(await feedIds(author)).toContain(fresh);
      // another clinician reads the (frozen) replica: the case is not there yet
      const readerFeed = await feedIds(reader);
      expect(readerFeed).toContain(olderCaseId);
      expect(readerFeed).not.toContain(fresh);
      // a case the replica does not have yet is read again from the primary (a link shared at once)
      const viewed = await gql<{ case: { id: string } | null }>(reader, CASE, { id: fresh });
      expect(viewed.case?.id).toBe(fresh);

      // after the window the author's feed is the replica's again, but their own case stays on the primary
      await sleep(WINDOW_SECONDS * 1000 + 300);
      expect(await feedIds(author)).not.toContain(fresh);
      const own = await gql<{ case: { id: string } | null }>(author, CASE, { id: fresh });
      expect(own.case?.id).toBe(fresh);
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    expect((await feedIds(reader)).length).toBeGreaterThanOrEqual(2);
  });

  it('should keep a mutation and its answer on the primary', async () => {
    const replicaFrom = cluster.replicaLog().length;
    await createCase(reader, 'Written by the reader');
    expect(statements(cluster.replicaLog(), replicaFrom, REPLICA_APP)).toEqual([]);
  });

  it("should read a clinician's feed from the primary within the window of any write of theirs (joining a channel too)", async () => {
    await cluster.caughtUp();
    await gql(reader, `mutation L($c: ID!) { leaveChannel(channelId: $c) { id } }`, { c: channelId });
    await gql(reader, `mutation J($c: ID!) { joinChannel(channelId: $c) { id } }`, { c: channelId });
    const primaryFrom = cluster.primaryLog().length;
    const replicaFrom = cluster.replicaLog().length;
    expect(await feedIds(reader)).toContain(olderCaseId);
    const feedRead = (l: string) => /FROM "case_post"/.test(l) && /channel_membership m/.test(l);
    expect(statements(cluster.primaryLog(), primaryFrom, null).some(feedRead)).toBe(true);
    expect(statements(cluster.replicaLog(), replicaFrom, REPLICA_APP).some(feedRead)).toBe(false);
  });
});
