import 'reflect-metadata';
import { type Database, openDatabase } from '@curbside/database';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { importRegistry } from '../../libs/licensing/src/registry/index.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { writeSyntheticNppesFile } from './nppes-file.js';

/**
 * Registry import throughput and memory: writes a synthetic NPPES-format file (BENCH_ROWS rows,
 * 100,000 by default) and imports it into a fresh database: PGlite in memory, or a scratch database
 * created on the DATABASE_URL server and dropped afterwards. Memory is sampled during the import.
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

const dir = mkdtempSync(join(tmpdir(), 'curbside-registry-bench-'));
const file = join(dir, 'npidata_pfile_synthetic.csv');
try {
  const t0 = performance.now();
  const bytes = await writeSyntheticNppesFile(file, rows);
  process.stderr.write(
    `wrote ${rows.toLocaleString('en-US')} rows (${mib(bytes)}) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );

  const { database, label, drop } = await freshDatabase();
  try {
    await database.dataSource.runMigrations({ transaction: 'each' });
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    // Peak heap per quarter of the file: flat memory shows as four similar figures.
    const quarterPeaks = [0, 0, 0, 0];
    let quarter = 0;
    const sample = (): void => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      quarterPeaks[quarter] = Math.max(quarterPeaks[quarter], m.heapUsed);
    };
    const timer = setInterval(sample, 20);
    const summary = await importRegistry(database.dataSource, file, {
      progressIntervalMs: 0,
      onProgress: (p) => {
        quarter = Math.min(3, Math.floor((4 * p.bytesRead) / bytes));
        sample();
      },
    });
    clearInterval(timer);
    sample();
    const [stored] = await database.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM "registry_provider"',
    );

    const table = [
      '| database | rows | file | individuals stored | malformed | duration | rows/s | RSS before | peak RSS | heap before | peak heap | peak heap per quarter of the file |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
      `| ${label} | ${summary.rowsRead.toLocaleString('en-US')} | ${mib(bytes)} | ${stored.n} | ${summary.malformed.total} | ` +
        `${(summary.durationMs / 1000).toFixed(2)} s | ${Math.round(summary.rowsPerSecond).toLocaleString('en-US')} | ` +
        `${mib(before.rss)} | ${mib(peakRss)} | ${mib(before.heapUsed)} | ${mib(peakHeap)} | ${quarterPeaks.map(mib).join(' / ')} |`,
    ];
    process.stdout.write(`${table.join('\n')}\n`);
  } finally {
    await database.close();
    await drop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
