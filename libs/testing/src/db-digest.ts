import type { DataSource } from 'typeorm';

/**
 * Rows that background workers go on updating after the action that made them: a delivery's status,
 * attempts and times move as the job queue sends it, and an outbox row is stamped when dispatched.
 * Only what a call could add or remove is fingerprinted for them: their identities.
 */
const WORKER_UPDATED: Record<string, string> = {
  notification_delivery: 'id, notification_id, recipient_id, channel',
  notification_outbox: 'id, type, payload',
};

/**
 * A fingerprint of every application table's content, to prove that a refused call changed nothing.
 * Tables in `exclude` are left out (e.g. audit_event for calls whose refusal is itself audited).
 */
export async function databaseDigest(
  dataSource: DataSource,
  exclude: string[] = [],
): Promise<Record<string, string>> {
  const tables = await dataSource.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  const digest: Record<string, string> = {};
  for (const { table_name: name } of tables) {
    if (exclude.includes(name)) continue;
    const columns = WORKER_UPDATED[name];
    const rows = columns ? `(SELECT ${columns} FROM "${name}")` : `"${name}"`;
    const [row] = await dataSource.query<{ d: string | null; n: number }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d, count(*)::int AS n FROM ${rows} t`,
    );
    digest[name] = `${row.n}:${row.d}`;
  }
  return digest;
}
