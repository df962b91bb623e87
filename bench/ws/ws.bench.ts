import 'reflect-metadata';
import {
  ApiProcess,
  GraphqlClient,
  WsTestClient,
  eventually,
  freePort,
  login,
  verifiedClinician,
} from '@curbside/testing';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { postgresCpuMs, processCpuMs } from '../load/api-load.js';

/**
 * Real-time delivery across API instances: latency from a mutation's HTTP response on instance A to
 * the event on a subscriber of instance B (PostgreSQL server + Redis), and how many idle
 * subscriptions one instance holds with the memory each costs. Without DATABASE_URL it measures one
 * instance on PGlite (in-process pub/sub). With the sockets open and idle, it also measures what
 * holding them costs per second: CPU of the instance and of PostgreSQL (a local server), which is
 * mostly the periodic check of each socket's caller (WS_RECHECK_SECONDS, 3 by default).
 *   npm run bench:ws            EVENTS=300 CONNECTIONS=1000 IDLE_SECONDS=15 by default
 */
const EVENTS = Number(process.env.EVENTS ?? 300);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 1000);
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 15);
const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'bench.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'bench-admin-password-0001',
};

function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const redisUrl = process.env.REDIS_URL ?? (serverUrl ? 'redis://127.0.0.1:6379' : undefined);
  let dropDatabase = async (): Promise<void> => {};
  const env: Record<string, string> = {
    JWT_SECRET: 'bench-secret-shared-by-every-instance-0001',
    LOG_LEVEL: 'warn',
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
    // one clinician holds every idle subscription of the benchmark
    WS_MAX_SUBSCRIPTIONS_PER_CLINICIAN: '100000',
    ...ADMIN,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  if (serverUrl) {
    const name = `curbside_bench_ws_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  }
  const a = new ApiProcess(await freePort(), {
    ...env,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-bench-a-')),
  });
  await a.ready();
  const b = serverUrl
    ? new ApiProcess(await freePort(), { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-bench-b-')) })
    : a;
  await b.ready();
  const sockets: WsTestClient[] = [];
  try {
    const http = new GraphqlClient(`${a.url}/graphql`);
    const admin = await login(http, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const author = await verifiedClinician(http, admin, 'Dr. Bench Author');
    const channels = await http.request<{ channels: { id: string }[] }>(
      `{ channels { id } }`,
      {},
      {
        token: author.accessToken,
      },
    );
    const created = await http.request<{ createCase: { id: string } }>(
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { channelId: channels.data!.channels[0].id, title: 'Bench case', body: 'Body' } },
      { token: author.accessToken },
    );
    const caseId = created.data!.createCase.id;

    const listener = new WsTestClient(b.url, author.accessToken);
    sockets.push(listener);
    const sub = listener.subscribe(`subscription S($c: ID!) { replyAdded(caseId: $c) { id } }`, {
      c: caseId,
    });
    await new Promise((r) => setTimeout(r, 500));

    const arrivals = new Map<string, number>();
    let seen = 0;
    const latencies: number[] = [];
    const fromSend: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const sent = performance.now();
      const res = await http.request<{ replyToCase: { id: string } }>(
        `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
        { i: { caseId, body: `Reply ${i}` } },
        { token: admin.accessToken },
      );
      const answered = performance.now();
      const id = res.data!.replyToCase.id;
      await eventually(() => {
        while (seen < sub.events.length) {
          arrivals.set((sub.events[seen].data?.replyAdded as { id: string }).id, sub.events[seen].at);
          seen++;
        }
        return arrivals.has(id);
      }, 10_000);
      // Events are published before the mutation answers, so this can be negative: the event won.
      latencies.push(arrivals.get(id)! - answered);
      fromSend.push(arrivals.get(id)! - sent);
    }
    latencies.sort((x, y) => x - y);
    fromSend.sort((x, y) => x - y);

    const before = rssMiB(b.pid);
    const idle: WsTestClient[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const client = new WsTestClient(b.url, author.accessToken);
      client.subscribe(`subscription { notificationAdded { id } }`);
      idle.push(client);
      if (i % 100 === 99) await new Promise((r) => setTimeout(r, 50));
    }
    sockets.push(...idle);
    await new Promise((r) => setTimeout(r, 3000));
    const after = rssMiB(b.pid);
    const idleApi = processCpuMs(b.pid);
    const idleDb = serverUrl ? postgresCpuMs() : NaN;
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const perSecond = (ms: number): number => Number((ms / IDLE_SECONDS).toFixed(1));

    const result = {
      mode: serverUrl
        ? 'two instances, PostgreSQL server + Redis'
        : 'one instance, PGlite, in-process pub/sub',
      events: EVENTS,
      responseToEventP50Ms: Number(percentile(latencies, 50).toFixed(2)),
      responseToEventP99Ms: Number(percentile(latencies, 99).toFixed(2)),
      requestToEventP50Ms: Number(percentile(fromSend, 50).toFixed(2)),
      requestToEventP99Ms: Number(percentile(fromSend, 99).toFixed(2)),
      requestToEventMaxMs: Number(fromSend.at(-1)!.toFixed(2)),
      idleSubscriptions: CONNECTIONS,
      rssBeforeMiB: Number(before.toFixed(1)),
      rssAfterMiB: Number(after.toFixed(1)),
      kibPerConnection: Number((((after - before) * 1024) / CONNECTIONS).toFixed(1)),
      idleSeconds: IDLE_SECONDS,
      idleApiCpuMsPerSecond: perSecond(processCpuMs(b.pid) - idleApi),
      idlePostgresCpuMsPerSecond: perSecond(postgresCpuMs() - idleDb),
    };
    console.log(`\n| measure | value |\n|---|---|`);
    for (const [k, v] of Object.entries(result)) console.log(`| ${k} | ${v} |`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/ws.json', JSON.stringify(result, null, 2));
  } finally {
    await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
    for (const api of new Set([a, b])) {
      api.signal('SIGTERM');
      await api.exited;
    }
    await dropDatabase();
  }
}

await main();
