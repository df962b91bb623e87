import 'reflect-metadata';
import { ApiProcess, freePort } from '@curbside/testing';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

/**
 * Cold start to ready (`GET /health/ready` = ok) of the built server, as `npm start` runs it:
 * PGlite on a new data directory (initdb + migrations + seed), PGlite reopening that directory, and
 * the PostgreSQL server on a new database (DATABASE_URL, default the local server). Each measured
 * RUNS times; the median is printed.   npm run bench:startup
 */
const RUNS = Number(process.env.RUNS ?? 3);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function timeToReady(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const api = new ApiProcess(await freePort(), { LOG_LEVEL: 'warn', ...env });
  try {
    await api.ready(120_000);
    return performance.now() - started;
  } finally {
    api.signal('SIGTERM');
    await api.exited;
  }
}

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `curbside_bench_start_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(SERVER);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const first: number[] = [];
const reopen: number[] = [];
const server: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'curbside-start-'));
  first.push(await timeToReady({ DATA_DIR: dir }));
  reopen.push(await timeToReady({ DATA_DIR: dir }));
  server.push(await withDatabase((url) => timeToReady({ DATABASE_URL: url, DATA_DIR: dir })));
}
const rows = [
  ['PGlite, new data directory (initdb, migrations, seed)', median(first)],
  ['PGlite, reopening the directory', median(reopen)],
  ['PostgreSQL server, new database (migrations, seed)', median(server)],
] as const;
console.log(`\n| start | median ms to ready (${RUNS} runs) |\n|---|---|`);
for (const [label, ms] of rows) console.log(`| ${label} | ${Math.round(ms)} |`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/startup.json', JSON.stringify({ runs: RUNS, first, reopen, server }, null, 2));
