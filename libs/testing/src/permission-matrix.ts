import type { ErrorCode } from '@curbside/core';
import type { DataSource } from 'typeorm';
import { databaseDigest } from './db-digest.js';
import { GraphqlClient, type GraphqlResponse } from './graphql-client.js';

/** The outcome of a matrix cell that lets the caller through. */
export const OK = 'OK';
/** What a cell expects: success, or the one error code of the refusal. */
export type Outcome = typeof OK | ErrorCode;

export type CellData = Record<string, unknown>;

/** One operation of a permission matrix, run by {@link runPermissionCell} as one caller. */
export interface PermissionCellSpec<C, P extends object = object> {
  /** Makes what the call needs (tokens, targets) before the "nothing changed" snapshot is taken. */
  prepare?: (caller: C) => Promise<P>;
  /** The call itself, made as the caller. */
  run: (caller: C, prepared: P) => Promise<GraphqlResponse<CellData>>;
  /** Checks the data of a success (never called for a refusal). */
  verify?: (data: CellData, caller: C, prepared: P) => void | Promise<void>;
  /** The audit actions a success records, in any order; none when absent. */
  audits?: readonly string[];
  /** The audit actions a refusal records by design (e.g. LOGIN_FAILED), in any order; none when absent. */
  refusalAudits?: readonly string[];
  /** A success must change nothing either (a read, or a write aimed at what is not the caller's). */
  unchanged?: boolean;
}

/** A fingerprint of the whole database in which only audit rows that did not exist yet may differ. */
interface Snapshot {
  tables: Record<string, string>;
  /** The audit rows that existed when the snapshot was taken, as they were. */
  audit: string;
}

async function auditIds(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ id: string }[]>('SELECT id::text AS id FROM audit_event');
  return rows.map((r) => r.id);
}

async function auditActionsSince(dataSource: DataSource, before: readonly string[]): Promise<string[]> {
  const rows = await dataSource.query<{ action: string }[]>(
    'SELECT action FROM audit_event WHERE NOT (id::text = ANY($1::text[]))',
    [before],
  );
  return rows.map((r) => r.action).sort();
}

async function snapshot(dataSource: DataSource, auditRows: readonly string[]): Promise<Snapshot> {
  const [audit] = await dataSource.query<{ d: string | null; n: number }[]>(
    `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d, count(*)::int AS n
       FROM audit_event t WHERE t.id::text = ANY($1::text[])`,
    [auditRows],
  );
  return { tables: await databaseDigest(dataSource, ['audit_event']), audit: `${audit.n}:${audit.d}` };
}

/**
 * Compares as JSON: the values come from the test's realm (Jest runs each suite in its own VM
 * context), where node:assert's strict prototype checks would fail on equal arrays. Jest's `expect`
 * is not used because this library is also built and loaded outside Jest (the benchmarks).
 */
function check(what: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, received ${a}`);
}

function checkUnchanged(before: Snapshot, after: Snapshot): void {
  const changed = [...new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])]
    .filter((table) => before.tables[table] !== after.tables[table])
    .map((table) => `${table} (${before.tables[table]} -> ${after.tables[table]})`);
  if (before.audit !== after.audit) changed.push(`audit_event, rows that existed before the call`);
  if (changed.length > 0) throw new Error(`the call changed the database: ${changed.join(', ')}`);
}

/**
 * Runs one cell of a permission matrix and checks it completely.
 *
 * A success must come without errors, record exactly `spec.audits` and pass `spec.verify`; with
 * `spec.unchanged`, it must also leave the database as it was. A refusal must carry exactly the
 * one error code expected, record exactly `spec.refusalAudits` (usually nothing) and leave every
 * table as it was. "As it was" covers every row of every application table, including every audit
 * row that existed before the call; only the new audit rows are left to the audit check.
 *
 * It does not prove that a refusal is the guard's: the fixtures must aim each refused call at
 * something the caller would be entitled to touch, so that the same call succeeds for a caller
 * who differs only in what the matrix column names.
 */
export async function runPermissionCell<C, P extends object>(
  dataSource: DataSource,
  spec: PermissionCellSpec<C, P>,
  caller: C,
  expected: Outcome,
): Promise<void> {
  const prepared = spec.prepare ? await spec.prepare(caller) : ({} as P);
  const auditBefore = await auditIds(dataSource);
  const mustNotChange = expected !== OK || spec.unchanged === true;
  const before = mustNotChange ? await snapshot(dataSource, auditBefore) : null;

  const res = await spec.run(caller, prepared);

  // Taken before `verify`, whose own reads may be audited.
  const after = before ? await snapshot(dataSource, auditBefore) : null;
  const audited = await auditActionsSince(dataSource, auditBefore);
  if (expected === OK) {
    if (res.errors !== undefined) throw new Error(`expected success, received ${JSON.stringify(res.errors)}`);
    check('audit actions of the success', audited, [...(spec.audits ?? [])].sort());
  } else {
    check('error codes of the refusal', GraphqlClient.codes(res), [expected]);
    check('audit actions of the refusal', audited, [...(spec.refusalAudits ?? [])].sort());
  }
  if (before && after) checkUnchanged(before, after);
  if (expected === OK) await spec.verify?.(res.data ?? {}, caller, prepared);
}

/** The cells of one matrix row: each caller with its expected outcome and a test title that says it. */
export function matrixRow<N extends string>(
  callers: readonly N[],
  outcomes: readonly Outcome[],
): { caller: N; expected: Outcome; title: string }[] {
  if (outcomes.length !== callers.length) {
    throw new Error(`a matrix row has ${outcomes.length} outcomes for ${callers.length} callers`);
  }
  return callers.map((caller, i) => ({
    caller,
    expected: outcomes[i],
    title:
      outcomes[i] === OK
        ? `should let the ${caller} caller through`
        : `should refuse the ${caller} caller with ${outcomes[i]} and change nothing`,
  }));
}
