import 'reflect-metadata';
import { loadConfig } from '@curbside/config';
import { createLogger } from '@curbside/core';
import { type Database, dataSourceOptions } from '@curbside/database';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startApi } from '../../apps/api/src/bootstrap.js';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { BENCH_JWT_SECRET, type Caller, QUERIES, benchApiEnv, prepareCallers } from './api-load.js';
import { Rng } from './clinical-text.js';
import { uuidFor } from './seed.js';

/**
 * The database's own limit. The real API runs in this process on a DataSource whose TypeORM logger
 * records every statement with its parameters; one request at a time is sent for each sample caller
 * or case, so the statements recorded between sending and answering are exactly what that request
 * cost the database (session lookup, the read, the audit insert in its transaction, the DataLoader
 * batches). Those sequences are then replayed directly: with pgbench (one custom script per sample,
 * parameters written in as literals, simple protocol) and with a minimal `pg` loop (the original
 * parameterized statements, extended protocol, as node-postgres sends them for the API).
 */

export interface Statement {
  sql: string;
  params: unknown[];
}

export type SqlKind = 'feed first page' | 'feed page 50' | 'case + 20 replies';
export const SQL_KINDS: SqlKind[] = ['feed first page', 'feed page 50', 'case + 20 replies'];

export interface Captured {
  kind: SqlKind;
  /** One statement sequence per sample request. */
  samples: Statement[][];
  /** Sample requests that answered GraphQL errors (their SQL is kept, marked by this count). */
  captureErrors: number;
}

class CaptureLogger {
  recording: Statement[] | null = null;
  logQuery(query: string, parameters?: unknown[]): void {
    this.recording?.push({ sql: query, params: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export async function captureSql(
  databaseUrl: string,
  cases: number,
  clinicians: number,
  samples = 16,
): Promise<Captured[]> {
  const tap = new CaptureLogger();
  const options = {
    target: { kind: 'postgres' as const, url: databaseUrl },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  };
  const dataSource = new DataSource(
    dataSourceOptions(options, { url: databaseUrl, poolSize: 10, logging: ['query'], logger: tap }),
  );
  await dataSource.initialize();
  const database: Database = { dataSource, kind: 'postgres', close: () => dataSource.destroy() };
  const env = { ...benchApiEnv(databaseUrl), HOST: '127.0.0.1', PORT: '0', JWT_SECRET: BENCH_JWT_SECRET };
  const api = await startApi(loadConfig(env), { logger: createLogger('warn'), database });
  try {
    const callers = await prepareCallers(api.url, databaseUrl, samples, clinicians);
    const rng = new Rng(0x5e1);
    let captureErrors = 0;
    const record = async (body: object, caller: Caller): Promise<Statement[]> => {
      tap.recording = [];
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { errors?: unknown };
      const statements = tap.recording;
      tap.recording = null;
      if (json.errors) {
        // Reported, not fatal: the statements up to the failure are still what the request cost.
        captureErrors++;
        process.stderr.write(
          `capture: the request answered errors: ${JSON.stringify(json.errors).slice(0, 200)}\n`,
        );
      }
      return statements;
    };
    const out: Captured[] = [];
    for (const kind of SQL_KINDS) {
      const seqs: Statement[][] = [];
      for (const caller of callers) {
        const body =
          kind === 'feed first page'
            ? { query: QUERIES.feed, variables: {} }
            : kind === 'feed page 50'
              ? { query: QUERIES.feed, variables: { after: caller.page50Cursor || null } }
              : { query: QUERIES.caseView, variables: { id: uuidFor('case', rng.int(0, cases - 1)) } };
        seqs.push(await record(body, caller));
      }
      out.push({ kind, samples: seqs, captureErrors });
      captureErrors = 0;
    }
    return out;
  } finally {
    await api.close();
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

// ---------- literal SQL for pgbench ----------

function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return quote(value.toISOString());
  if (Array.isArray(value)) {
    const items = value.map((v) =>
      v === null ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
    );
    return quote(`{${items.join(',')}}`);
  }
  if (typeof value === 'string') return quote(value);
  return quote(JSON.stringify(value));
}

export function literalSql(statement: Statement): string {
  return statement.sql.replace(/\$(\d+)/g, (_m, n: string) => literal(statement.params[Number(n) - 1]));
}

// ---------- pgbench ----------

export interface CeilingResult {
  kind: SqlKind;
  tool: 'pgbench' | 'pg loop';
  connections: number;
  seconds: number;
  /** Whole request sequences per second (one sequence = the statements of one API request). */
  rps: number;
  p50: number;
  p99: number;
  statementsPerRequest: number;
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function hasPgbench(): boolean {
  try {
    execFileSync('pgbench', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function runPgbench(
  databaseUrl: string,
  captured: Captured,
  connections: number,
  seconds: number,
): Promise<CeilingResult> {
  const dir = mkdtempSync(join(tmpdir(), 'curbside-pgbench-'));
  try {
    const files = captured.samples.map((seq, k) => {
      const file = join(dir, `s${k}.sql`);
      // pgbench ends a command at ';' and reads ':name' as a variable: casts are written '::' and
      // stay intact; literals holding ':' followed by a digit are left alone (no such variable).
      writeFileSync(file, seq.map((s) => `${literalSql(s).replace(/\s+/g, ' ').trim()};`).join('\n') + '\n');
      return file;
    });
    const logDir = join(dir, 'log');
    mkdirSync(logDir);
    const args = [
      '-n',
      '-M',
      'simple',
      '-c',
      String(connections),
      '-j',
      String(Math.min(connections, 2)),
      '-T',
      String(seconds),
      '-l',
      `--log-prefix=${join(logDir, 'tx')}`,
      ...files.flatMap((f) => ['-f', f]),
      databaseUrl,
    ];
    const output = await new Promise<string>((resolve, reject) =>
      execFile('pgbench', args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(`pgbench failed: ${stderr.slice(-1500)}`)) : resolve(`${stdout}\n${stderr}`),
      ),
    );
    const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    const latencies: number[] = [];
    for (const f of readdirSync(logDir)) {
      for (const line of readFileSync(join(logDir, f), 'utf8').split('\n')) {
        const parts = line.split(' ');
        if (parts.length >= 3) latencies.push(Number(parts[2]) / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      kind: captured.kind,
      tool: 'pgbench',
      connections,
      seconds,
      rps: Number(tps.toFixed(1)),
      p50: Number(percentile(latencies, 50).toFixed(2)),
      p99: Number(percentile(latencies, 99).toFixed(2)),
      statementsPerRequest: captured.samples[0]?.length ?? 0,
      errors: failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- minimal pg loop ----------

export async function runPgLoop(
  databaseUrl: string,
  captured: Captured,
  connections: number,
  seconds: number,
): Promise<CeilingResult> {
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      return c;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  let done = 0;
  try {
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      clients.map(async (client, k) => {
        const rng = new Rng(0x100 + k);
        while (performance.now() < deadline) {
          const seq = captured.samples[rng.int(0, captured.samples.length - 1)];
          const t0 = performance.now();
          try {
            for (const s of seq) await client.query(s.sql, s.params);
            latencies.push(performance.now() - t0);
            done++;
          } catch {
            errors++;
            await client.query('ROLLBACK').catch(() => undefined);
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      kind: captured.kind,
      tool: 'pg loop',
      connections,
      seconds: Number(elapsed.toFixed(2)),
      rps: Number((done / elapsed).toFixed(1)),
      p50: Number(percentile(latencies, 50).toFixed(2)),
      p99: Number(percentile(latencies, 99).toFixed(2)),
      statementsPerRequest: captured.samples[0]?.length ?? 0,
      errors,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

// ---------- plans ----------

export interface PlanSummary {
  kind: SqlKind;
  statement: string;
  planningMs: number;
  executionMs: number;
  /** The plan's text, as EXPLAIN (ANALYZE, BUFFERS) printed it. */
  plan: string[];
}

/** EXPLAIN ANALYZE of every SELECT of the first captured sample of each kind (where the time goes). */
export async function explainCaptured(databaseUrl: string, captured: Captured[]): Promise<PlanSummary[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const out: PlanSummary[] = [];
  try {
    for (const c of captured) {
      for (const s of c.samples[0] ?? []) {
        if (!/^\s*SELECT/i.test(s.sql)) continue;
        const res = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`,
          s.params,
        );
        const plan = res.rows.map((r) => r['QUERY PLAN']);
        const grab = (label: string): number =>
          Number(new RegExp(`${label}: ([\\d.]+) ms`).exec(plan.join('\n'))?.[1] ?? NaN);
        const compact = s.sql.replace(/\s+/g, ' ').trim();
        const from = / FROM ("?\w+"?)/.exec(compact)?.[1]?.replace(/"/g, '') ?? '?';
        out.push({
          kind: c.kind,
          statement: `SELECT … FROM ${from}${compact.length > 0 ? ` (${compact.length} chars)` : ''}`,
          planningMs: grab('Planning Time'),
          executionMs: grab('Execution Time'),
          plan,
        });
      }
    }
  } finally {
    await client.end();
  }
  return out;
}
