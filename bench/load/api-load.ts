import { encodeCursor } from '@curbside/core';
import { ApiProcess, freePort } from '@curbside/testing';
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import webpush from 'web-push';
import { Rng, caseText } from './clinical-text.js';
import { BENCH_PASSWORD, clinicianEmail, uuidFor } from './seed.js';

/** Fixed so that tokens made by one run stay valid for its API processes. */
export const BENCH_JWT_SECRET = 'curbside-load-bench-secret-0000000000001';

/**
 * Environment of the API under load. The login rate limits are raised far above their defaults
 * (5 per account, 30 per address per window) because every benchmark request comes from 127.0.0.1;
 * the periodic sweeps are turned off so they do not run in the middle of a measurement.
 */
export function benchApiEnv(databaseUrl: string | null, dataDir?: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    JWT_SECRET: BENCH_JWT_SECRET,
    ...benchVapidKeys(),
    LOG_LEVEL: 'warn',
    LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '10000000',
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000000',
    // the load generator is one address opening up to 64 connections
    HTTP_MAX_IN_FLIGHT_PER_ADDRESS: '100000',
    LICENSE_SWEEP_INTERVAL_SECONDS: '0',
    CONSULT_SWEEP_INTERVAL_SECONDS: '0',
    DATA_DIR: dataDir ?? mkdtempSync(join(tmpdir(), 'curbside-load-')),
  };
}

/** The built API as a child process: on the PostgreSQL database, or (null) on PGlite in `dataDir`. */
export async function startBenchApi(databaseUrl: string | null, dataDir?: string): Promise<ApiProcess> {
  const api = new ApiProcess(await freePort(), benchApiEnv(databaseUrl, dataDir));
  await api.ready(120_000);
  return api;
}

export interface Caller {
  index: number;
  token: string;
  /** A channel the caller belongs to (for createCase). */
  channelId: string;
  /** Cursor after item 980 of the caller's feed: asking `after` it returns page 50. */
  page50Cursor: string;
}

async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (!json.data || json.errors)
    throw new Error(`GraphQL failed: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

const LOGIN = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;

/** Runs one SQL statement against the benchmark's database (PostgreSQL or the embedded PGlite). */
export type Query = <T>(sql: string, params: unknown[]) => Promise<T[]>;

export type CallerPlan = Omit<Caller, 'token'>;

/** `count` seeded clinicians spread over the population, each with a channel and a page-50 cursor. */
export async function planCallers(query: Query, count: number, clinicians: number): Promise<CallerPlan[]> {
  const plans: CallerPlan[] = [];
  let shortFeeds = 0;
  for (let k = 0; k < count; k++) {
    const index = Math.floor((k * clinicians) / count);
    const id = uuidFor('clinician', index);
    const channel = await query<{ channel_id: string }>(
      `SELECT channel_id FROM channel_membership WHERE clinician_id = $1 LIMIT 1`,
      [id],
    );
    const last = await query<{ created_at: Date; id: string; n: number | string }>(
      `SELECT created_at, id, n FROM (
         SELECT c.created_at, c.id, row_number() OVER (ORDER BY c.created_at DESC, c.id DESC) AS n
           FROM case_post c
          WHERE c.deleted_at IS NULL AND c.hidden = false
            AND c.channel_id IN (SELECT m.channel_id FROM channel_membership m WHERE m.clinician_id = $1)
          ORDER BY c.created_at DESC, c.id DESC LIMIT 980) t
        ORDER BY n DESC LIMIT 1`,
      [id],
    );
    const row = last[0];
    if (!row || Number(row.n) < 980) shortFeeds++;
    plans.push({
      index,
      channelId: channel[0].channel_id,
      page50Cursor: row ? encodeCursor([new Date(row.created_at).getTime(), row.id]) : '',
    });
  }
  if (shortFeeds > 0) {
    process.stderr.write(
      `bench: ${shortFeeds} of ${count} callers see fewer than 1,000 cases: their page 50 is empty\n`,
    );
  }
  return plans;
}

/** Signs each planned caller in through the API (4 at a time: argon2 is slow by design). */
export async function loginCallers(apiUrl: string, plans: CallerPlan[]): Promise<Caller[]> {
  const callers: Caller[] = [];
  for (let k = 0; k < plans.length; k += 4) {
    const batch = await Promise.all(
      plans.slice(k, k + 4).map(async (plan) => {
        const { login } = await gql<{ login: { accessToken: string } }>(apiUrl, LOGIN, {
          e: clinicianEmail(plan.index),
          p: BENCH_PASSWORD,
        });
        return { ...plan, token: login.accessToken };
      }),
    );
    callers.push(...batch);
  }
  return callers;
}

/** Plans and signs in `count` callers against a PostgreSQL database. */
export async function prepareCallers(
  apiUrl: string,
  databaseUrl: string,
  count: number,
  clinicians: number,
): Promise<Caller[]> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const query: Query = async <T>(sql: string, params: unknown[]) =>
      (await db.query(sql, params)).rows as T[];
    return await loginCallers(apiUrl, await planCallers(query, count, clinicians));
  } finally {
    await db.end();
  }
}

export const QUERIES = {
  feed: `query Feed($after: String) { feed(first: 20, after: $after) { edges { cursor node { id title tags status createdAt patientAge patientSex replyCount anonymous author { id displayName } channel { id name } } } pageInfo { hasNextPage endCursor } } }`,
  caseView: `query Case($id: ID!) { case(id: $id) { id title body tags status createdAt patientAge patientSex anonymous author { id displayName } channel { id name } replyCount replies(first: 20) { edges { node { id body createdAt isConsultAnswer author { id displayName } } } pageInfo { hasNextPage endCursor } } } }`,
  search: `query Search($q: String!) { searchCases(query: $q, first: 20) { edges { node { id title tags createdAt status } } pageInfo { hasNextPage endCursor } } }`,
  createCase: `mutation Create($i: CreateCaseInput!) { createCase(input: $i) { id createdAt deidentification { findingCount } } }`,
  login: LOGIN,
} as const;

export type ScenarioName =
  | 'feed first page'
  | 'feed page 50'
  | 'case + 20 replies'
  | 'search (selective)'
  | 'search (pathological)'
  | 'createCase 3 KB'
  | 'login';

export const SCENARIOS: ScenarioName[] = [
  'feed first page',
  'feed page 50',
  'case + 20 replies',
  'search (selective)',
  'search (pathological)',
  'createCase 3 KB',
  'login',
];

/** A term in about 0.06% of cases, and one in every case (see clinical-text.ts). */
export const SEARCH_TERMS = { selective: 'pheochromocytoma', pathological: 'suspected' };

export interface LoadResult {
  scenario: ScenarioName;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Transport errors + timeouts + non-2xx + GraphQL `errors` in a 200 answer. */
  errors: number;
  /** Requests sent but not answered when the run ended (still in flight: slower than the window). */
  unfinished?: number;
  /** CPU time of the API process per answered request (user + system): robust on a busy machine. */
  apiCpuMsPerRequest?: number;
  /** CPU time of this machine's PostgreSQL processes per answered request (a local server only). */
  dbCpuMsPerRequest?: number;
  /** CPU time of the load generator (this process) per answered request. */
  clientCpuMsPerRequest?: number;
}

/**
 * The least mean latency the machine's CPUs allow at `connections` (Little's law): a closed loop of
 * c connections, each request costing `cpuMs` across API, database and client on `cores` cores,
 * answers at most cores / cpuMs requests per ms, so a request waits at least c * cpuMs / cores; and
 * never less than its own API + database work.
 */
export function cpuLatencyFloorMs(r: LoadResult, cores: number): number {
  const own = (r.apiCpuMsPerRequest ?? NaN) + (r.dbCpuMsPerRequest ?? 0);
  const all = own + (r.clientCpuMsPerRequest ?? 0);
  return Math.max(own, (r.connections * all) / cores);
}

/**
 * A latency target that respects the machine: p99 within `multiple` times the CPU floor of the mean
 * ({@link cpuLatencyFloorMs}); null when the floor is unknown (the API's CPU was not read).
 */
export function withinCpuFloor(r: LoadResult, cores: number, multiple: number): boolean | null {
  const floor = cpuLatencyFloorMs(r, cores);
  return Number.isNaN(floor) ? null : r.p99 <= multiple * floor;
}

/**
 * Waits until the previous run's abandoned requests are done: no query of the benchmark database
 * still active on the server (when a URL is given), and the API answering /health/ready within
 * 100 ms. Without this, a slow scenario's backlog (a pathological search) lands on the next one.
 */
export async function drain(
  apiUrl: string,
  databaseUrl: string | null,
  timeoutMs = 120_000,
): Promise<number> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  if (databaseUrl) {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      for (;;) {
        const r = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
        );
        if (r.rows[0].n === 0 || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await db.end();
    }
  }
  while (Date.now() < deadline) {
    const t0 = Date.now();
    const ok = await fetch(`${apiUrl}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && Date.now() - t0 < 100) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return Date.now() - started;
}

/** User + system CPU time of this machine's PostgreSQL server so far, ended backends included, in ms (Linux /proc). */
export function postgresCpuMs(): number {
  let ms = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, and cutime + cstime: the postmaster's share holds the CPU of backends that
      // have ended (connections closed during a measurement), so the total only grows
      const ticks = [11, 12, 13, 14].reduce((sum, k) => sum + Number(fields[k]), 0);
      ms += (ticks * 1000) / 100;
    } catch {
      // the process ended meanwhile
    }
  }
  return ms;
}

/** User + system CPU time of a process so far, in ms (Linux /proc). */
export function processCpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Makes each request of a run: its JSON body and the caller's token (none for login). */
export type BodyMaker = () => { body: string; token?: string };

/** Builds the body of each request of a scenario: a fresh caller, case or body every time. */
function bodyMaker(scenario: ScenarioName, callers: Caller[], cases: number, clinicians: number): BodyMaker {
  const rng = new Rng(0xbe7c4 + scenario.length);
  const caller = (): Caller => callers[rng.int(0, callers.length - 1)];
  switch (scenario) {
    case 'feed first page':
      return () => ({ body: JSON.stringify({ query: QUERIES.feed, variables: {} }), token: caller().token });
    case 'feed page 50':
      return () => {
        const c = caller();
        return {
          body: JSON.stringify({ query: QUERIES.feed, variables: { after: c.page50Cursor || null } }),
          token: c.token,
        };
      };
    case 'case + 20 replies':
      return () => ({
        body: JSON.stringify({
          query: QUERIES.caseView,
          variables: { id: uuidFor('case', rng.int(0, cases - 1)) },
        }),
        token: caller().token,
      });
    case 'search (selective)':
    case 'search (pathological)': {
      const q = scenario === 'search (selective)' ? SEARCH_TERMS.selective : SEARCH_TERMS.pathological;
      return () => ({
        body: JSON.stringify({ query: QUERIES.search, variables: { q } }),
        token: caller().token,
      });
    }
    case 'createCase 3 KB': {
      const textRng = new Rng(0x3cb);
      const bodies = Array.from({ length: 64 }, () => caseText(textRng, 3072));
      return () => {
        const c = caller();
        const t = bodies[rng.int(0, bodies.length - 1)];
        // Raw text as a clinician would type it (a date and a name the anonymizer must remove).
        const body = `${t.body.slice(0, 3000)}\nSeen by Dr. Maria Lopez on 03/14/2025.`;
        return {
          body: JSON.stringify({
            query: QUERIES.createCase,
            variables: { i: { channelId: c.channelId, title: t.title, body, tags: t.tags, patientAge: 54 } },
          }),
          token: c.token,
        };
      };
    }
    case 'login':
      return () => ({
        body: JSON.stringify({
          query: QUERIES.login,
          variables: { e: clinicianEmail(rng.int(0, clinicians - 1)), p: BENCH_PASSWORD },
        }),
      });
  }
}

/** One bounded autocannon run (loopback only) of one scenario at one concurrency. */
export async function runScenario(
  apiUrl: string,
  scenario: ScenarioName,
  connections: number,
  seconds: number,
  callers: Caller[],
  cases: number,
  clinicians: number,
  /** Bound by a request count instead of time (login: argon2 makes each request slow by design). */
  amount?: number,
  /** Another server's documents for the same scenario (the PostGraphile peer, bench/peer). */
  maker?: BodyMaker,
): Promise<LoadResult> {
  const url = new URL(apiUrl);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
    throw new Error('load only against loopback');
  const make = maker ?? bodyMaker(scenario, callers, cases, clinicians);
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${apiUrl}/graphql`,
    connections,
    ...(amount ? { amount } : { duration: seconds }),
    timeout: scenario === 'login' ? 60 : 10,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (req) => {
          const { body, token } = make();
          return {
            ...req,
            body,
            headers: {
              'content-type': 'application/json',
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
          };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors":[')) graphqlErrors++;
        },
      },
    ],
  });
  const ok = Math.max(0, result['2xx'] - graphqlErrors);
  const duration = result.duration || seconds;
  return {
    scenario,
    connections,
    seconds: Number(duration.toFixed(2)),
    requests: result.requests.total,
    rps: Number((ok / duration).toFixed(1)),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    unfinished: Math.max(
      0,
      ((result.requests as { sent?: number }).sent ?? result.requests.total) - result.requests.total,
    ),
  };
}

/** Production requires Web Push keys: a fresh pair per benchmark run. */
function benchVapidKeys(): Record<string, string> {
  const keys = webpush.generateVAPIDKeys();
  return { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey };
}
