import type { DataSource } from 'typeorm';

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
    const [row] = await dataSource.query<{ d: string | null; n: number }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d, count(*)::int AS n FROM "${name}" t`,
    );
    digest[name] = `${row.n}:${row.d}`;
  }
  return digest;
}
