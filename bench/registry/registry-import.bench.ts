import 'reflect-metadata';
import { type Database, openDatabase } from '@curbside/database';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { type ImportSummary, importRegistry } from '@curbside/licensing';
import { MIGRATIONS } from '../../migrations/index.js';
import { writeSyntheticNppesFile } from './nppes-file.js';

/**
 * Registry import throughput and memory: writes a synthetic NPPES-format file (BENCH_ROWS rows,
 * 100,000 by default) and imports it into a fresh database: PGlite in memory, or a scratch database
 * created on the DATABASE_URL server and dropped afterwards. Memory is sampled during the import
 * (every 20 ms and at each progress report); with --expose-gc (as the npm script runs it) the live
 * heap is also measured after a forced GC at each quarter of the file. A first pass without a
 * database separates the cost of reading and parsing from the cost of writing.
 *   npm run bench:registry
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:registry
 */
const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const serverUrl = process.env.DATABASE_URL;
const MiB = 1024 * 1024;

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(0)} MiB`;
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<{ database: Database; label: string; drop: () => Promise<void> }> {
  if (!serverUrl) {
    const database = await openDatabase({
      target: { kind: 'pglite-memory' },
      entities: ENTITIES,
      migrations: MIGRATIONS,
    });
    return { database, label: 'PGlite (in memory)', drop: () => Promise.resolve() };
  }
  const name = `curbside_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    target: { kind: 'postgres', url: url.toString() },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  const [version] = await database.dataSource.query<{ server_version: string }[]>('SHOW server_version');
  return {
    database,
    label: `PostgreSQL ${version?.server_version ?? ''} server`.replace(/\s+/g, ' '),
    drop: () => admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

interface Measured {
  summary: ImportSummary;
  rssBefore: number;
  peakRss: number;
  heapBefore: number;
  peakHeap: number;
  /** Live heap after a forced GC as the import passes 25, 50, 75 and 100% of the file. */
  liveHeap: number[];
}

/** Runs one import while sampling memory every 20 ms and at every progress report. */
async function measure(dataSource: DataSource, file: string, bytes: number): Promise<Measured> {
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  // Flat memory shows as four similar live-heap figures, however far into the file.
  const liveHeap: number[] = [];
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  try {
    const summary = await importRegistry(dataSource, file, {
      progressIntervalMs: 0,
      onProgress: (p) => {
        sample();
        if (global.gc && p.bytesRead >= ((liveHeap.length + 1) * bytes) / 4) {
          global.gc();
          liveHeap.push(process.memoryUsage().heapUsed);
        }
      },
    });
    sample();
    return { summary, rssBefore: before.rss, peakRss, heapBefore: before.heapUsed, peakHeap, liveHeap };
  } finally {
    clearInterval(timer);
  }
}

function tableRow(label: string, bytes: number, stored: string, m: Measured): string {
  const { summary } = m;
  return (
    `| ${label} | ${summary.rowsRead.toLocaleString('en-US')} | ${mib(bytes)} | ${stored} | ${summary.malformed.total} | ` +
    `${(summary.durationMs / 1000).toFixed(2)} s | ${Math.round(summary.rowsPerSecond).toLocaleString('en-US')} | ` +
    `${mib(m.rssBefore)} | ${mib(m.peakRss)} | ${mib(m.heapBefore)} | ${mib(m.peakHeap)} | ${m.liveHeap.length > 0 ? m.liveHeap.map(mib).join(' / ') : 'run with --expose-gc'} |`
  );
}

/** Answers every statement at once: what is left is reading, parsing and mapping the file. */
const NO_DATABASE = { query: () => Promise.resolve([{ count: 0 }]) } as unknown as DataSource;

const dir = mkdtempSync(join(tmpdir(), 'curbside-registry-bench-'));
const file = join(dir, 'npidata_pfile_synthetic.csv');
try {
  const t0 = performance.now();
  const bytes = await writeSyntheticNppesFile(file, rows);
  process.stderr.write(
    `wrote ${rows.toLocaleString('en-US')} rows (${mib(bytes)}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  const table = [
    '| target | rows | file | individuals stored | malformed | duration | rows/s | RSS before | peak RSS | heap before | peak heap | live heap after GC at 25 / 50 / 75 / 100% |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  table.push(tableRow('no database (read, parse, map)', bytes, '-', await measure(NO_DATABASE, file, bytes)));

  const { database, label, drop } = await freshDatabase();
  try {
    await database.dataSource.runMigrations({ transaction: 'each' });
    const measured = await measure(database.dataSource, file, bytes);
    const [stored] = await database.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM "registry_provider"',
    );
    table.push(tableRow(label, bytes, stored.n.toLocaleString('en-US'), measured));
  } finally {
    await database.close();
    await drop();
  }
  process.stdout.write(`${table.join('\n')}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
