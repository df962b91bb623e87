import { loadConfig } from '@curbside/config';
import { createLogger } from '@curbside/core';
import { type Database, inTransaction } from '@curbside/database';
import { createTestDatabase } from '@curbside/testing';
import { Writable } from 'node:stream';
import { JobsService } from './jobs.service.js';

const silent = createLogger(
  'error',
  new Writable({
    write: (_chunk, _encoding, done) => done(),
  }),
);

function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (check()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out'));
      else setTimeout(tick, 50);
    };
    tick();
  });
}

describe(JobsService.name, () => {
  let database: Database & { url?: string };
  let jobs: JobsService;
  const ran: { queue: string; value: number; at: number; attempt: number }[] = [];
  let failuresLeft = 2;
  let slowStarted = false;
  let slowFinished = false;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      JOBS_MAINTENANCE_SECONDS: '5',
    });
    jobs = new JobsService(database, config, silent);
    for (const name of ['t-plain', 't-retry', 't-slow', 't-backlog']) {
      jobs.defineQueue({ name, retryLimit: 3, retryDelay: 1, retryBackoff: true, expireInSeconds: 30 });
    }
    const record = (queue: string) => (data: { value: number }, job: { retryCount: number }) => {
      ran.push({ queue, value: data.value, at: Date.now(), attempt: job.retryCount });
      return Promise.resolve();
    };
    jobs.work('t-plain', { pollingIntervalSeconds: 0.5 }, record('t-plain'));
    jobs.work<{ value: number }>('t-retry', { pollingIntervalSeconds: 0.5 }, async (data, job) => {
      if (failuresLeft-- > 0) throw new Error('not yet');
      await record('t-retry')(data, job);
    });
    jobs.work('t-slow', { pollingIntervalSeconds: 0.5 }, async () => {
      slowStarted = true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      slowFinished = true;
    });
    // A backlog waiting before the worker starts, on a queue polled once a minute.
    jobs.work('t-backlog', { concurrency: 1, pollingIntervalSeconds: 60 }, record('t-backlog'));
    await jobs.ready();
    for (let value = 100; value < 106; value++) await jobs.send('t-backlog', { value });
    await jobs.onApplicationBootstrap();
  });

  afterAll(async () => {
    await jobs.beforeApplicationShutdown();
    await database.close();
  });

  it('should drain a backlog without waiting a polling interval between jobs', async () => {
    // One worker polling once a minute: were it to sleep between jobs, the second would wait 60 s.
    await until(() => ran.filter((r) => r.queue === 't-backlog').length === 6, 20_000);
    expect(
      ran
        .filter((r) => r.queue === 't-backlog')
        .map((r) => r.value)
        .sort(),
    ).toEqual([100, 101, 102, 103, 104, 105]);
  });

  it('should run a job sent outside any transaction', async () => {
    await jobs.send('t-plain', { value: 1 });
    await until(() => ran.some((r) => r.value === 1));
  });

  it('should create a job sent in a transaction only when that transaction commits', async () => {
    await expect(
      inTransaction(database.dataSource, async (manager) => {
        await jobs.send('t-plain', { value: 2 }, { manager });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await inTransaction(database.dataSource, async (manager) => {
      await jobs.send('t-plain', { value: 3 }, { manager });
      // held past several polls: on PGlite the worker's polls wait for the one connection
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(ran.some((r) => r.value === 3)).toBe(false);
    });
    await until(() => ran.some((r) => r.value === 3));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(ran.some((r) => r.value === 2)).toBe(false);
  });

  it('should retry a failing job with backoff until it succeeds', async () => {
    const sent = Date.now();
    await jobs.send('t-retry', { value: 4 });
    await until(() => ran.some((r) => r.value === 4), 30_000);
    const done = ran.find((r) => r.value === 4);
    expect(done?.attempt).toBe(2);
    // two retries after 1 s then at least 1 s more (backoff), plus polling
    expect((done?.at ?? 0) - sent).toBeGreaterThanOrEqual(2000);
  });

  it('should hold a delayed job until its time and keep one job per singleton key', async () => {
    const sent = Date.now();
    await jobs.send('t-plain', { value: 5 }, { startAfter: 2 });
    expect(
      await jobs.send('t-plain', { value: 6 }, { singletonKey: 'k1', singletonSeconds: 60, startAfter: 2 }),
    ).not.toBeNull();
    expect(
      await jobs.send('t-plain', { value: 7 }, { singletonKey: 'k1', singletonSeconds: 60, startAfter: 2 }),
    ).toBeNull();
    await until(() => ran.some((r) => r.value === 5) && ran.some((r) => r.value === 6));
    expect((ran.find((r) => r.value === 5)?.at ?? 0) - sent).toBeGreaterThanOrEqual(1900);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(ran.some((r) => r.value === 7)).toBe(false);
  });

  it('should let a running job finish when the queue stops', async () => {
    await jobs.send('t-slow', { value: 8 });
    await until(() => slowStarted);
    await jobs.beforeApplicationShutdown();
    expect(slowFinished).toBe(true);
    await expect(jobs.send('t-plain', { value: 9 })).rejects.toThrow('stopped');
  });
});
