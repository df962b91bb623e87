import 'reflect-metadata';
import { hashPassword } from '@curbside/clinicians';
import { loadConfig } from '@curbside/config';
import { createLogger } from '@curbside/core';
import { openDatabase } from '@curbside/database';
import type { PGlite } from '@electric-sql/pglite';
import { npiCheckDigit } from '@curbside/licensing';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { prepareDatabase } from '../../apps/api/src/bootstrap.js';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { Rng, caseText, replyText } from './clinical-text.js';

/**
 * Bulk seeder: writes a synthetic network straight through the real schema with COPY.
 * Ids are md5-derived from an index (`uuidFor('case', 42)`), so the load scripts know them without
 * asking, and a database can be grown from one scale to the next (`seedCases(from, to)`).
 */

/** Every bench clinician signs in with this password (hashed once, the hash reused for all). */
export const BENCH_PASSWORD = 'bench-clinician-password-2026';
/** Case i is created at T0 + i * 45 s (plus jitter): 1M cases span about 17 months. */
const T0 = Date.UTC(2024, 0, 1);
const CASE_SPACING_MS = 45_000;
const STATES = ['MT', 'WY', 'ND', 'SD', 'NE', 'ID', 'AK', 'NM', 'VT', 'ME', 'KS', 'IA', 'WV', 'MS', 'OR'];
const FIRST = ['Ana', 'Ben', 'Chidi', 'Dana', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kofi', 'Lena'];
const LAST = ['Alvarez', 'Brooks', 'Chen', 'Dube', 'Eriksen', 'Forde', 'Gupta', 'Haas', 'Ito', 'Jensen'];

export function uuidFor(kind: string, n: number | string): string {
  const h = createHash('md5').update(`${kind}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function clinicianEmail(i: number): string {
  return `bench.clinician.${i}@curbside.test`;
}

/** Runs the migrations and seeds reference data (specialties, channels) exactly as the API does at boot. */
export async function migrate(url: string): Promise<void> {
  const database = await openDatabase({
    target: { kind: 'postgres', url },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  try {
    await prepareDatabase(database, loadConfig({ DATABASE_URL: url }), createLogger('warn'));
  } finally {
    await database.close();
  }
}

/**
 * An embedded PGlite data directory (as `npm start` uses it: DATA_DIR/pglite), migrated and seeded
 * with reference data; write through `target`, then `close()` before an API process opens it.
 */
export async function openPgliteForSeeding(
  dataDir: string,
): Promise<{ target: SeedTarget; close(): Promise<void> }> {
  const database = await openDatabase({
    target: { kind: 'pglite', dataDir },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  try {
    await prepareDatabase(database, loadConfig({ DATA_DIR: dataDir }), createLogger('warn'));
  } catch (error) {
    await database.close();
    throw error;
  }
  return { target: pgliteTarget(database.pglite!), close: () => database.close() };
}

// ---------- COPY text format ----------

function esc(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function arr(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

type Cell = string | number | boolean | null | Date;

function row(cells: Cell[]): string {
  return (
    cells
      .map((c) =>
        c === null ? '\\N' : c instanceof Date ? c.toISOString() : typeof c === 'string' ? esc(c) : String(c),
      )
      .join('\t') + '\n'
  );
}

/** One database session the seeder writes through: a PostgreSQL connection or the embedded PGlite. */
export interface SeedConnection {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** COPY ... FROM of rows already in COPY text format. */
  copy(table: string, columns: string[], data: string[]): Promise<void>;
}

/** Where the seeder writes: a main session, and a second one where the engine allows it. */
export interface SeedTarget {
  main: SeedConnection;
  side(): Promise<{ connection: SeedConnection; release(): void }>;
  end(): Promise<void>;
}

function copySql(table: string, columns: string[], source: string): string {
  return `COPY "${table}" (${columns.map((c) => `"${c}"`).join(',')}) FROM ${source}`;
}

function pgConnection(client: pg.ClientBase): SeedConnection {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query(sql, params)).rows as T[];
    },
    async copy(table, columns, data) {
      if (data.length === 0) return;
      const stream = client.query(copyFrom(copySql(table, columns, 'STDIN')));
      await new Promise<void>((resolve, reject) => {
        stream.on('finish', resolve);
        stream.on('error', reject);
        let i = 0;
        const pump = (): void => {
          while (i < data.length) {
            // Write ~256 KB at a time and respect back-pressure.
            let chunk = '';
            while (i < data.length && chunk.length < 262_144) chunk += data[i++];
            if (!stream.write(chunk)) {
              stream.once('drain', pump);
              return;
            }
          }
          stream.end();
        };
        pump();
      });
    },
  };
}

/** Two pooled connections to a PostgreSQL server, commits not waiting for the disk. */
export function postgresTarget(url: string): SeedTarget {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('connect', (c) => void c.query(`SET synchronous_commit = off`));
  let main: pg.PoolClient | undefined;
  const target: SeedTarget = {
    main: {
      query: async (sql, params) => {
        main ??= await pool.connect();
        return pgConnection(main).query(sql, params);
      },
      copy: async (table, columns, data) => {
        main ??= await pool.connect();
        return pgConnection(main).copy(table, columns, data);
      },
    },
    async side() {
      const client = await pool.connect();
      return { connection: pgConnection(client), release: () => client.release() };
    },
    async end() {
      main?.release();
      await pool.end();
    },
  };
  return target;
}

/** The embedded engine: one session (PGlite queues queries), COPY from an in-memory blob. */
export function pgliteTarget(pglite: PGlite): SeedTarget {
  const connection: SeedConnection = {
    async query<T>(sql: string, params?: unknown[]) {
      return (await pglite.query<T>(sql, params)).rows;
    },
    async copy(table, columns, data) {
      if (data.length === 0) return;
      await pglite.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([data.join('')]) });
    },
  };
  return {
    main: connection,
    side: () => Promise.resolve({ connection, release: () => undefined }),
    end: () => Promise.resolve(),
  };
}

// ---------- progress ----------

export class Progress {
  private last = 0;
  private shown = -1;
  private readonly started = Date.now();
  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}
  update(done: number, force = false): void {
    const now = Date.now();
    const interval = process.stderr.isTTY ? 250 : 5000;
    if (!force && now - this.last < interval) return;
    this.last = now;
    this.shown = done;
    const fraction = this.total === 0 ? 1 : done / this.total;
    const width = 30;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
    const seconds = (now - this.started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const line = `${this.label} [${bar}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${this.total} ${rate.toFixed(0)}/s ${seconds.toFixed(0)}s eta ${eta.toFixed(0)}s`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  }
  done(): void {
    if (this.shown !== this.total) this.update(this.total, true);
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
}

// ---------- the network ----------

interface Reference {
  specialtyIds: string[];
  /** Channel ids; index k < specialtyIds.length is the channel of specialty k, the last is general. */
  channelIds: string[];
  channelSpecialty: (string | null)[];
}

async function reference(client: SeedConnection): Promise<Reference> {
  const specialties = await client.query<{ id: string }>(`SELECT id FROM specialty ORDER BY code`);
  const channels = await client.query<{ id: string; specialty_id: string | null }>(
    `SELECT id, specialty_id FROM channel ORDER BY slug`,
  );
  return {
    specialtyIds: specialties.map((s) => s.id),
    channelIds: channels.map((c) => c.id),
    channelSpecialty: channels.map((c) => c.specialty_id),
  };
}

/** The channels clinician i belongs to (deterministic): 3 to 5 of them. */
function membershipsOf(i: number, channelCount: number): number[] {
  const rng = new Rng(0x51ed + i * 7919);
  const set = new Set<number>();
  const want = rng.int(3, 5);
  while (set.size < want) set.add(rng.int(0, channelCount - 1));
  return [...set];
}

export interface SeedCounts {
  clinicians: number;
  cases: number;
  replies: number;
  consults: number;
  notifications: number;
  caseBytes: number;
  seconds: number;
}

/** 5,000 (or `count`) VERIFIED clinicians with a verified licence, specialties and memberships. */
export async function seedClinicians(target: SeedTarget, count: number): Promise<void> {
  const client = target.main;
  {
    const ref = await reference(client);
    const hash = await hashPassword(BENCH_PASSWORD);
    const clinicians: string[] = [];
    const specialties: string[] = [];
    const licences: string[] = [];
    const memberships: string[] = [];
    const expires = new Date(Date.now() + 2 * 365 * 86_400_000);
    for (let i = 0; i < count; i++) {
      const rng = new Rng(0xc1 + i * 104729);
      const id = uuidFor('clinician', i);
      const state = rng.pick(STATES);
      clinicians.push(
        row([
          id,
          clinicianEmail(i),
          hash,
          `Dr. ${rng.pick(FIRST)} ${rng.pick(LAST)} ${i}`,
          'CLINICIAN',
          'VERIFIED',
          rng.chance(0.6),
          state,
        ]),
      );
      const primary = rng.int(0, ref.specialtyIds.length - 1);
      specialties.push(row([id, ref.specialtyIds[primary]]));
      const base = String(100_000_000 + i).padStart(9, '0');
      licences.push(
        row([
          uuidFor('license', i),
          id,
          `${base}${npiCheckDigit(base)}`,
          state,
          `BENCH-${i}`,
          rng.pick(['MD', 'DO', 'NP', 'PA']),
          expires.toISOString().slice(0, 10),
          'VERIFIED',
        ]),
      );
      for (const k of membershipsOf(i, ref.channelIds.length)) memberships.push(row([ref.channelIds[k], id]));
    }
    await client.copy(
      'clinician',
      [
        'id',
        'email',
        'password_hash',
        'display_name',
        'role',
        'verification_status',
        'accepting_consults',
        'state',
      ],
      clinicians,
    );
    await client.copy('clinician_specialty', ['clinician_id', 'specialty_id'], specialties);
    await client.copy(
      'license',
      ['id', 'clinician_id', 'npi', 'jurisdiction', 'license_number', 'credential', 'expires_on', 'status'],
      licences,
    );
    await client.copy('channel_membership', ['channel_id', 'clinician_id'], memberships);
    for (const t of ['clinician', 'license', 'channel_membership']) await client.query(`ANALYZE ${t}`);
  }
}

const BULK_TABLES = ['case_post', 'reply', 'consult', 'notification'];
const CASE_COLUMNS = [
  'id',
  'channel_id',
  'author_id',
  'anonymous',
  'title',
  'body',
  'patient_age',
  'patient_sex',
  'tags',
  'status',
  'deid_finding_count',
  'deid_categories',
  'accepted_reply_id',
  'created_at',
  'updated_at',
];
const REPLY_COLUMNS = [
  'id',
  'case_id',
  'parent_id',
  'author_id',
  'body',
  'is_consult_answer',
  'deid_finding_count',
  'deid_categories',
  'created_at',
];
const CONSULT_COLUMNS = [
  'id',
  'case_id',
  'specialty_id',
  'requested_by',
  'consultant_id',
  'urgency',
  'status',
  'due_at',
  'answer_reply_id',
  'helpful',
  'created_at',
];
const NOTIFICATION_COLUMNS = ['id', 'recipient_id', 'kind', 'case_id', 'consult_id', 'created_at', 'read_at'];

/** Drops the bulk tables' secondary indexes and foreign keys; returns the statements that restore them. */
async function dropForBulk(client: SeedConnection): Promise<string[]> {
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename = ANY($1)
          AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [BULK_TABLES],
  );
  const fks = await client.query<{ tbl: string; conname: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
    [BULK_TABLES],
  );
  for (const f of fks) await client.query(`ALTER TABLE ${f.tbl} DROP CONSTRAINT "${f.conname}"`);
  for (const ix of indexes) await client.query(`DROP INDEX "${ix.indexname}"`);
  return [
    ...indexes.map((ix) => ix.indexdef),
    ...fks.map((f) => `ALTER TABLE ${f.tbl} ADD CONSTRAINT "${f.conname}" ${f.def}`),
  ];
}

export function caseCreatedAt(i: number): Date {
  return new Date(T0 + i * CASE_SPACING_MS + (i % 997) * 37);
}

/**
 * Cases [from, to) with their replies (0–12, 6 on average), consults (1 case in 10) and
 * notifications (replies to someone else's case, half of them; consult requests).
 * Above 50,000 new cases (SEED_BULK_ABOVE), secondary indexes and foreign keys are dropped and
 * rebuilt afterwards.
 */
export async function seedCases(
  target: SeedTarget,
  clinicianCount: number,
  from: number,
  to: number,
): Promise<SeedCounts> {
  const started = Date.now();
  const counts: SeedCounts = {
    clinicians: clinicianCount,
    cases: 0,
    replies: 0,
    consults: 0,
    notifications: 0,
    caseBytes: 0,
    seconds: 0,
  };
  const main = target.main;
  let restore: string[] = [];
  {
    const ref = await reference(main);
    if (to - from > Number(process.env.SEED_BULK_ABOVE ?? 50_000)) {
      process.stderr.write('seed: dropping secondary indexes and foreign keys for the bulk load\n');
      restore = await dropForBulk(main);
    }
    const progress = new Progress('seed cases', to - from);
    const CHUNK = 2000;
    for (let start = from; start < to; start += CHUNK) {
      const end = Math.min(to, start + CHUNK);
      const cases: string[] = [];
      const replies: string[] = [];
      const consults: string[] = [];
      const notifications: string[] = [];
      for (let i = start; i < end; i++) {
        const rng = new Rng(0xca5e + i * 2654435761);
        const caseId = uuidFor('case', i);
        const author = rng.int(0, clinicianCount - 1);
        const authorId = uuidFor('clinician', author);
        const channels = membershipsOf(author, ref.channelIds.length);
        const channel = rng.pick(channels);
        const created = caseCreatedAt(i);
        const text = caseText(rng);
        counts.caseBytes += text.body.length;
        const replyCount = rng.int(0, 12);
        const statusRoll = rng.next();
        const status = statusRoll < 0.7 ? 'OPEN' : statusRoll < 0.9 ? 'RESOLVED' : 'CLOSED';
        const accepted = status === 'RESOLVED' && replyCount > 0 ? uuidFor('reply', `${i}:0`) : null;
        const categories = ['DATE', 'LOCATION', 'NAME'].filter((c) =>
          c === 'DATE' ? text.body.includes('[day') : text.body.includes(`[${c}]`),
        );
        const consult = rng.chance(0.1);
        const consultStatus = consult
          ? rng.pick(['OPEN', 'CLAIMED', 'ANSWERED', 'RESOLVED', 'RESOLVED', 'EXPIRED'])
          : null;
        const answered = consultStatus === 'ANSWERED' || consultStatus === 'RESOLVED';
        cases.push(
          row([
            caseId,
            ref.channelIds[channel],
            authorId,
            rng.chance(0.1),
            text.title,
            text.body,
            String(rng.int(1, 89)),
            rng.pick(['FEMALE', 'MALE', 'UNKNOWN']),
            arr(text.tags),
            status,
            (text.body.match(/\[/g) ?? []).length,
            arr(categories),
            accepted,
            created,
            created,
          ]),
        );
        let at = created.getTime();
        for (let j = 0; j < replyCount; j++) {
          at += rng.int(60, 6 * 3600) * 1000;
          const replier = rng.int(0, clinicianCount - 1);
          const body = replyText(rng);
          replies.push(
            row([
              uuidFor('reply', `${i}:${j}`),
              caseId,
              j > 0 && rng.chance(0.2) ? uuidFor('reply', `${i}:${j - 1}`) : null,
              uuidFor('clinician', replier),
              body,
              answered && j === 0,
              (body.match(/\[/g) ?? []).length,
              body.includes('[') ? '{LOCATION}' : '{}',
              new Date(at),
            ]),
          );
          if (replier !== author && rng.chance(0.5)) {
            notifications.push(
              row([
                uuidFor('notification', `${i}:r${j}`),
                authorId,
                'REPLY_ADDED',
                caseId,
                null,
                new Date(at),
                rng.chance(0.7) ? new Date(at + 3_600_000) : null,
              ]),
            );
          }
        }
        if (consult) {
          const consultId = uuidFor('consult', i);
          const consultant =
            consultStatus === 'OPEN' ? null : uuidFor('clinician', rng.int(0, clinicianCount - 1));
          const specialty = ref.channelSpecialty[channel] ?? rng.pick(ref.specialtyIds);
          consults.push(
            row([
              consultId,
              caseId,
              specialty,
              authorId,
              consultant,
              rng.pick(['ROUTINE', 'ROUTINE', 'ROUTINE', 'URGENT']),
              consultStatus,
              new Date(created.getTime() + 72 * 3_600_000),
              answered && replyCount > 0 ? uuidFor('reply', `${i}:0`) : null,
              consultStatus === 'RESOLVED' ? rng.chance(0.8) : null,
              created,
            ]),
          );
          if (consultant) {
            notifications.push(
              row([
                uuidFor('notification', `${i}:c`),
                consultant,
                'CONSULT_REQUESTED',
                caseId,
                consultId,
                created,
                null,
              ]),
            );
          }
        }
      }
      const copyCases = (): Promise<void> => main.copy('case_post', CASE_COLUMNS, cases);
      const copyConsults = (): Promise<void> => main.copy('consult', CONSULT_COLUMNS, consults);
      const copyReplies = async (): Promise<void> => {
        const side = await target.side();
        try {
          await side.connection.copy('reply', REPLY_COLUMNS, replies);
          await side.connection.copy('notification', NOTIFICATION_COLUMNS, notifications);
        } finally {
          side.release();
        }
      };
      if (restore.length > 0) {
        // No foreign keys during a bulk load: all four tables stream at once.
        await Promise.all([copyCases().then(copyConsults), copyReplies()]);
      } else {
        await copyCases();
        await Promise.all([copyConsults(), copyReplies()]);
      }
      counts.cases += end - start;
      counts.replies += replies.length;
      counts.consults += consults.length;
      counts.notifications += notifications.length;
      progress.update(end - from);
    }
    progress.done();
    if (restore.length > 0) {
      process.stderr.write(`seed: rebuilding ${restore.length} indexes and foreign keys\n`);
      await main.query(`SET maintenance_work_mem = '256MB'`);
      // Two at a time (two connections): indexes of different tables build in parallel.
      const side = await target.side();
      try {
        const queue = [...restore];
        const worker = async (c: SeedConnection): Promise<void> => {
          for (let s = queue.shift(); s; s = queue.shift()) await c.query(s);
        };
        await side.connection.query(`SET maintenance_work_mem = '256MB'`);
        await Promise.all([worker(main), worker(side.connection)]);
      } finally {
        side.release();
      }
    }
    for (const t of BULK_TABLES) await main.query(`ANALYZE ${t}`);
  }
  counts.seconds = (Date.now() - started) / 1000;
  return counts;
}
