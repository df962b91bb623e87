import 'reflect-metadata';
import { outboxFaultRun } from '@curbside/testing';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import PgBoss from 'pg-boss';

/**
 * The notification outbox under faults, and what it costs a write.   npm run bench:outbox   (FAULTS=0: a clean run)
 *
 * 1. A burst of REPLIES replies (CONCURRENCY in flight) against a real API process on a throwaway
 *    PostgreSQL cluster; a third of the way in the API is killed (SIGKILL) and restarted, two thirds
 *    in PostgreSQL is restarted. Every committed reply is traced from its outbox event to the e-mail
 *    (real SMTP, by Message-ID) and push messages that arrived: events, deliveries, duplicates, lost,
 *    and the dispatcher's throughput (deliveries sent per second, first reply to last delivery).
 * 2. The outbox's added latency per notifying write: the two statements it adds to the action's
 *    transaction (the outbox row and its pg-boss dispatch job), timed SAMPLES times and rolled back.
 */
const REPLIES = Number(process.env.REPLIES ?? 200);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const SAMPLES = Number(process.env.SAMPLES ?? 500);
// FAULTS=0: the same burst with no kill and no restart, for a healthy dispatcher's throughput
const FAULTS = process.env.FAULTS !== '0';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/1';

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function addedLatency(url: string): Promise<{ p50: number; p95: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    migrate: false,
    schedule: false,
    supervise: false,
  });
  await boss.start();
  const db = {
    executeSql: (text: string, values?: unknown[]) => client.query(text, values?.length ? values : undefined),
  };
  const times: number[] = [];
  try {
    for (let i = 0; i < SAMPLES; i++) {
      await client.query('BEGIN');
      const started = performance.now();
      const { rows } = await client.query<{ id: string }>(
        'INSERT INTO notification_outbox (type, payload) VALUES ($1, $2) RETURNING id',
        [
          'ReplyAdded',
          JSON.stringify({ caseId: randomUUID(), replyId: randomUUID(), authorId: randomUUID() }),
        ],
      );
      await boss.send('notification-dispatch', { outboxId: rows[0].id }, { db, id: rows[0].id });
      times.push(performance.now() - started);
      await client.query('ROLLBACK');
    }
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
    await client.end();
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main(): Promise<void> {
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
  console.log(`outbox bench: ${REPLIES} replies, ${CONCURRENCY} in flight; load average ${load()}`);
  let latency = { p50: 0, p95: 0 };
  const figures = await outboxFaultRun({
    replies: REPLIES,
    concurrency: CONCURRENCY,
    faults: FAULTS,
    redisUrl: REDIS_URL,
    log: (line) => console.log(`  ${line}`),
    afterRun: async (url) => {
      latency = await addedLatency(url);
    },
  });
  console.log(`replies acknowledged      ${figures.acknowledged} of ${REPLIES}`);
  console.log(
    `replies committed         ${figures.committed} (acknowledged but missing: ${figures.acknowledgedButMissing})`,
  );
  console.log(
    `replies not acknowledged  ${
      Object.entries(figures.failures)
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ') || 'none'
    }`,
  );
  console.log(`outbox events             ${figures.events}`);
  console.log(
    `in-app   records ${figures.inApp.records}, duplicates ${figures.inApp.duplicates}, lost ${figures.inApp.lost}`,
  );
  for (const [name, c] of [
    ['e-mail', figures.email],
    ['push', figures.push],
  ] as const) {
    console.log(
      `${name.padEnd(8)} deliveries ${c.deliveries}, received ${c.received}, duplicates ${c.duplicates}, lost ${c.lost}`,
    );
  }
  console.log(
    `push read by the browser  ${figures.push.received - figures.pushUnreadable} (VAPID verified, decrypted), unreadable ${figures.pushUnreadable}, unexpected content ${figures.pushUnexpected}`,
  );
  console.log(
    `push shown on screen      ${figures.pushShown} by the app's service worker for ${figures.committed} committed replies (a resend is dropped by its delivery id)`,
  );
  console.log(
    `faults                    API killed ${figures.apiKills}x, PostgreSQL restarted ${figures.postgresRestarts}x, API died of them and was restarted ${figures.apiCrashes}x`,
  );
  console.log(
    `dispatcher throughput     ${figures.deliveriesPerSecond.toFixed(1)} deliveries/s (${figures.email.deliveries + figures.push.deliveries} in ${figures.elapsedSeconds.toFixed(1)} s, ${FAULTS ? 'faults included' : 'no faults'})`,
  );
  console.log(
    `outbox added latency      p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms per notifying write (${SAMPLES} samples)`,
  );
  console.log(`load average at the end   ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
