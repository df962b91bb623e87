import 'reflect-metadata';
import {
  ApiProcess,
  GraphqlClient,
  WsTestClient,
  freePort,
  register,
  type GraphqlResponse,
} from '@curbside/testing';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

/**
 * The API under the floods of the abuse issue, each sent by one self-registered, unverified account
 * or one address, while a second client probes GET /health/live every 20 ms. Prints, per flood, how
 * many requests were refused and the health probes' median, p99 and slowest latency against the
 * 100 ms responsiveness target, how many were refused by the in-flight cap (429, before GraphQL),
 * when the slowest probe was sent, and the API's CPU during the flood. One API process on PGlite (or
 * DATABASE_URL), default limits; the load average is printed because the figures mean little on a
 * busy machine.
 *   npm run bench:flood       SUBSCRIPTIONS=10000 PREVIEWS=200 PREVIEW_CHARS=100000 GUESSES=300 REGISTRATIONS=100
 *   FLOODS=guesses            only some floods (subscriptions, previews, guesses, registrations)
 *   HTTP_TAKE_TURNS=false     the API without request turns, to compare
 *   FLOOD_CPU_PROF=DIR FLOOD_NODE_ARGS='--import ./x.mjs' FLOOD_PROBES_DIR=DIR   diagnostics
 */
const SUBSCRIPTIONS = Number(process.env.SUBSCRIPTIONS ?? 10_000);
const PREVIEWS = Number(process.env.PREVIEWS ?? 200);
const PREVIEW_CHARS = Number(process.env.PREVIEW_CHARS ?? 100_000);
const GUESSES = Number(process.env.GUESSES ?? 300);
const REGISTRATIONS = Number(process.env.REGISTRATIONS ?? 100);
const TARGET_MS = 100;
/** Which floods to run (comma-separated: subscriptions, previews, guesses, registrations); all by default. */
const FLOODS = new Set((process.env.FLOODS ?? 'subscriptions,previews,guesses,registrations').split(','));
/** Start the API with `--cpu-prof`, its profile written to this directory when it stops. */
const CPU_PROF_DIR = process.env.FLOOD_CPU_PROF;
/** Write each flood's probes ([epoch ms sent, ms taken]) and the flood's start here, for a timeline. */
const PROBES_DIR = process.env.FLOOD_PROBES_DIR;

interface FloodFigures {
  flood: string;
  sent: number;
  refused: number;
  /** Of the refused, those answered 429 by the in-flight cap before GraphQL saw them. */
  capped: number;
  probes: number;
  healthP50Ms: number;
  healthP99Ms: number;
  healthMaxMs: number;
  /** When the slowest probe was sent, in ms from the flood's first request. */
  slowestAtMs: number;
  /** From the flood's first request to its last answer. */
  floodMs: number;
  /** The API's CPU time during the flood: every thread (argon2 runs in libuv's pool), and the event loop's. */
  apiCpuMs: number;
  apiMainThreadCpuMs: number;
  verdict: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Probes GET /health/live every 20 ms from a worker thread, so the timings are the API's and not the
 * flooding client's (building 10,000 subscriptions keeps this thread's event loop busy for seconds).
 */
const PROBE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const timings = [];
let done = false;
parentPort.on('message', () => { done = true; });
(async () => {
  // a first request loads the worker's HTTP client: not counted
  await (await fetch(workerData.url + '/health/live')).arrayBuffer();
  parentPort.postMessage('ready');
  while (!done) {
    const started = performance.now();
    const res = await fetch(workerData.url + '/health/live');
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error('health answered ' + res.status);
    timings.push([performance.timeOrigin + started, performance.now() - started]);
    await new Promise((r) => setTimeout(r, 20));
  }
  parentPort.postMessage(timings);
})();
`;

/** CPU time of the API (every thread, and its main thread alone) in ms, from /proc (Linux). */
function apiCpuMs(pid: number | undefined): { all: number; main: number } {
  const ticks = (file: string): number => {
    try {
      const stat = readFileSync(file, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux)
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      return NaN;
    }
  };
  return { all: ticks(`/proc/${pid}/stat`), main: ticks(`/proc/${pid}/task/${pid}/stat`) };
}

async function probed(
  api: ApiProcess,
  flood: string,
  sent: number,
  run: () => Promise<Refusals>,
): Promise<FloodFigures> {
  const worker = new Worker(PROBE_WORKER, { eval: true, workerData: { url: api.url } });
  let ready: () => void = () => {};
  const started = new Promise<void>((resolve) => (ready = resolve));
  const probing = new Promise<[number, number][]>((resolve, reject) => {
    worker.on('message', (m: 'ready' | [number, number][]) => (m === 'ready' ? ready() : resolve(m)));
    worker.once('error', reject);
  });
  await started;
  const cpuBefore = apiCpuMs(api.pid);
  const floodStart = performance.timeOrigin + performance.now();
  const { refused, capped } = await run();
  const floodMs = performance.timeOrigin + performance.now() - floodStart;
  const cpuAfter = apiCpuMs(api.pid);
  worker.postMessage('stop');
  const probes = await probing;
  await worker.terminate();
  const slowest = probes.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (PROBES_DIR) {
    writeFileSync(join(PROBES_DIR, `${flood.split(' ')[0]}.json`), JSON.stringify({ floodStart, probes }));
  }
  const timings = probes.map(([, ms]) => ms).sort((a, b) => a - b);
  const p99 = percentile(timings, 99);
  return {
    flood,
    sent,
    refused,
    capped,
    probes: timings.length,
    healthP50Ms: Math.round(percentile(timings, 50)),
    healthP99Ms: Math.round(p99),
    healthMaxMs: Math.round(timings.at(-1)!),
    slowestAtMs: Math.round(slowest[0] - floodStart),
    floodMs: Math.round(floodMs),
    apiCpuMs: Math.round(cpuAfter.all - cpuBefore.all),
    apiMainThreadCpuMs: Math.round(cpuAfter.main - cpuBefore.main),
    verdict: p99 <= TARGET_MS ? `p99 within ${TARGET_MS} ms` : `p99 over ${TARGET_MS} ms`,
  };
}

function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');
}

const codeOf = (r: GraphqlResponse): unknown => GraphqlClient.codes(r)[0] ?? 'OK';

interface Refusals {
  refused: number;
  capped: number;
}

function refusals(results: GraphqlResponse[], refused: (r: GraphqlResponse) => boolean): Refusals {
  return {
    refused: results.filter(refused).length,
    capped: results.filter((r) => r.status === 429).length,
  };
}

async function main(): Promise<void> {
  const env: Record<string, string> = {
    JWT_SECRET: 'bench-secret-for-the-flood-benchmark-0001',
    LOG_LEVEL: 'warn',
    // the test harness lifts this limit; the benchmark measures the default
    REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '10',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-bench-flood-')),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...(process.env.HTTP_TAKE_TURNS ? { HTTP_TAKE_TURNS: process.env.HTTP_TAKE_TURNS } : {}),
  };
  const nodeArgs = [
    ...(CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`] : []),
    ...(process.env.FLOOD_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const api = new ApiProcess(await freePort(), env, nodeArgs);
  await api.ready(180_000);
  console.log(`load average ${loadAverage()} at the start (${new Date().toISOString()})`);
  const sockets: WsTestClient[] = [];
  const figures: FloodFigures[] = [];
  try {
    const http = new GraphqlClient(`${api.url}/graphql`);
    const unverified = await register(http, 'Dr. Flood Bench');

    if (FLOODS.has('subscriptions'))
      figures.push(
        await probed(api, 'subscriptions on one socket', SUBSCRIPTIONS, async () => {
          const socket = new WsTestClient(api.url, unverified.accessToken);
          sockets.push(socket);
          const subs = Array.from({ length: SUBSCRIPTIONS }, () =>
            socket.subscribe(`subscription { notificationAdded { id } }`),
          );
          const ended = await Promise.all(
            subs.map((s) => Promise.race([s.ended, new Promise((r) => setTimeout(() => r('OPEN'), 20_000))])),
          );
          // refused one by one (an error each), or ended with the socket when it was cut off (4429)
          return { refused: ended.filter((e) => e !== 'OPEN').length, capped: 0 };
        }),
      );

    const text = 'Seen on Tuesday with a cough. '
      .repeat(Math.ceil(PREVIEW_CHARS / 30))
      .slice(0, PREVIEW_CHARS);
    if (FLOODS.has('previews'))
      figures.push(
        await probed(api, `previews of ${PREVIEW_CHARS} characters`, PREVIEWS, async () => {
          const results = await Promise.all(
            Array.from({ length: PREVIEWS }, () =>
              http.request(
                `query P($t: String!) { previewDeidentification(text: $t) { text } }`,
                { t: text },
                { token: unverified.accessToken },
              ),
            ),
          );
          return refusals(results, (r) => codeOf(r) !== 'OK');
        }),
      );

    if (FLOODS.has('guesses'))
      figures.push(
        await probed(api, 'password guesses from one address', GUESSES, async () => {
          const results = await Promise.all(
            Array.from({ length: GUESSES }, () =>
              http.request(
                `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
                { e: unverified.email, p: 'not-the-password-at-all' },
              ),
            ),
          );
          return refusals(results, (r) => codeOf(r) === 'RATE_LIMITED');
        }),
      );

    if (FLOODS.has('registrations'))
      figures.push(
        await probed(api, 'registrations from one address', REGISTRATIONS, async () => {
          const results = await Promise.all(
            Array.from({ length: REGISTRATIONS }, (_, i) =>
              http.request(`mutation R($i: RegisterInput!) { register(input: $i) { clinician { id } } }`, {
                i: {
                  email: `flood.${i}@bench.test`,
                  password: 'correct-horse-battery-staple-42',
                  displayName: 'Dr. Flood',
                },
              }),
            ),
          );
          return refusals(results, (r) => codeOf(r) === 'RATE_LIMITED');
        }),
      );

    console.log(`\nload average ${loadAverage()} at the end (${new Date().toISOString()})`);
    console.log(
      `| flood | sent | refused | of which by the in-flight cap | health probes | p50 ms | p99 ms | max ms | slowest sent at ms | flood ms | API CPU ms (event loop) | verdict |`,
    );
    console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|`);
    for (const f of figures) {
      console.log(
        `| ${f.flood} | ${f.sent} | ${f.refused} | ${f.capped} | ${f.probes} | ${f.healthP50Ms} | ${f.healthP99Ms} | ${f.healthMaxMs} | ${f.slowestAtMs} | ${f.floodMs} | ${f.apiCpuMs} (${f.apiMainThreadCpuMs}) | ${f.verdict} |`,
      );
    }
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/flood.json', JSON.stringify(figures, null, 2));
  } finally {
    await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
    api.signal('SIGTERM');
    await api.exited;
  }
}

await main();
