import 'reflect-metadata';
import {
  ApiProcess,
  GraphqlClient,
  WsTestClient,
  freePort,
  register,
  type GraphqlResponse,
} from '@curbside/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The API under the floods of the abuse issue, each sent by one self-registered, unverified account
 * or one address, while a second client probes GET /health/live every 20 ms. Prints, per flood, how
 * many requests were refused and the health probes' median, p99 and slowest latency against the
 * 100 ms responsiveness target. One API process on PGlite (or DATABASE_URL), default limits.
 *   npm run bench:flood       SUBSCRIPTIONS=10000 PREVIEWS=200 PREVIEW_CHARS=100000 GUESSES=300 REGISTRATIONS=100
 */
const SUBSCRIPTIONS = Number(process.env.SUBSCRIPTIONS ?? 10_000);
const PREVIEWS = Number(process.env.PREVIEWS ?? 200);
const PREVIEW_CHARS = Number(process.env.PREVIEW_CHARS ?? 100_000);
const GUESSES = Number(process.env.GUESSES ?? 300);
const REGISTRATIONS = Number(process.env.REGISTRATIONS ?? 100);
const TARGET_MS = 100;

interface FloodFigures {
  flood: string;
  sent: number;
  refused: number;
  probes: number;
  healthP50Ms: number;
  healthP99Ms: number;
  healthMaxMs: number;
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
    timings.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  parentPort.postMessage(timings);
})();
`;

async function probed(
  url: string,
  flood: string,
  sent: number,
  run: () => Promise<number>,
): Promise<FloodFigures> {
  const worker = new Worker(PROBE_WORKER, { eval: true, workerData: { url } });
  let ready: () => void = () => {};
  const started = new Promise<void>((resolve) => (ready = resolve));
  const probing = new Promise<number[]>((resolve, reject) => {
    worker.on('message', (m: 'ready' | number[]) => (m === 'ready' ? ready() : resolve(m)));
    worker.once('error', reject);
  });
  await started;
  const refused = await run();
  worker.postMessage('stop');
  const timings = await probing;
  await worker.terminate();
  timings.sort((a, b) => a - b);
  const p99 = percentile(timings, 99);
  return {
    flood,
    sent,
    refused,
    probes: timings.length,
    healthP50Ms: Math.round(percentile(timings, 50)),
    healthP99Ms: Math.round(p99),
    healthMaxMs: Math.round(timings.at(-1)!),
    verdict: p99 <= TARGET_MS ? `p99 within ${TARGET_MS} ms` : `p99 over ${TARGET_MS} ms`,
  };
}

const codeOf = (r: GraphqlResponse): unknown => GraphqlClient.codes(r)[0] ?? 'OK';

async function main(): Promise<void> {
  const env: Record<string, string> = {
    JWT_SECRET: 'bench-secret-for-the-flood-benchmark-0001',
    LOG_LEVEL: 'warn',
    // the test harness lifts this limit; the benchmark measures the default
    REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '10',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-bench-flood-')),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
  };
  const api = new ApiProcess(await freePort(), env);
  await api.ready(180_000);
  const sockets: WsTestClient[] = [];
  const figures: FloodFigures[] = [];
  try {
    const http = new GraphqlClient(`${api.url}/graphql`);
    const unverified = await register(http, 'Dr. Flood Bench');

    figures.push(
      await probed(api.url, 'subscriptions on one socket', SUBSCRIPTIONS, async () => {
        const socket = new WsTestClient(api.url, unverified.accessToken);
        sockets.push(socket);
        const subs = Array.from({ length: SUBSCRIPTIONS }, () =>
          socket.subscribe(`subscription { notificationAdded { id } }`),
        );
        const ended = await Promise.all(
          subs.map((s) => Promise.race([s.ended, new Promise((r) => setTimeout(() => r('OPEN'), 20_000))])),
        );
        // refused one by one (an error each), or ended with the socket when it was cut off (4429)
        return ended.filter((e) => e !== 'OPEN').length;
      }),
    );

    const text = 'Seen on Tuesday with a cough. '
      .repeat(Math.ceil(PREVIEW_CHARS / 30))
      .slice(0, PREVIEW_CHARS);
    figures.push(
      await probed(api.url, `previews of ${PREVIEW_CHARS} characters`, PREVIEWS, async () => {
        const results = await Promise.all(
          Array.from({ length: PREVIEWS }, () =>
            http.request(
              `query P($t: String!) { previewDeidentification(text: $t) { text } }`,
              { t: text },
              { token: unverified.accessToken },
            ),
          ),
        );
        return results.filter((r) => codeOf(r) !== 'OK').length;
      }),
    );

    figures.push(
      await probed(api.url, 'password guesses from one address', GUESSES, async () => {
        const results = await Promise.all(
          Array.from({ length: GUESSES }, () =>
            http.request(
              `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
              { e: unverified.email, p: 'not-the-password-at-all' },
            ),
          ),
        );
        return results.filter((r) => codeOf(r) === 'RATE_LIMITED').length;
      }),
    );

    figures.push(
      await probed(api.url, 'registrations from one address', REGISTRATIONS, async () => {
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
        return results.filter((r) => codeOf(r) === 'RATE_LIMITED').length;
      }),
    );

    console.log(`\n| flood | sent | refused | health probes | p50 ms | p99 ms | max ms | verdict |`);
    console.log(`|---|---|---|---|---|---|---|---|`);
    for (const f of figures) {
      console.log(
        `| ${f.flood} | ${f.sent} | ${f.refused} | ${f.probes} | ${f.healthP50Ms} | ${f.healthP99Ms} | ${f.healthMaxMs} | ${f.verdict} |`,
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
