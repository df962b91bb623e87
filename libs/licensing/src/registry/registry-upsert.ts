import type { DataSource, EntityManager } from 'typeorm';
import type { RegistryRow } from './nppes-record.mapper.js';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

const COLUMNS =
  '"npi", "last_name", "first_name", "licenses", "taxonomy_codes", "deactivated_on", "imported_at"';

/**
 * Inserts or replaces registry rows in one multi-row statement (re-importing a file is idempotent).
 * The rows must have distinct NPIs: PostgreSQL refuses to update one row twice in a statement.
 */
export async function upsertRegistryRows(db: Queryable, rows: readonly RegistryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const p = params.length;
    params.push(
      row.npi,
      row.lastName,
      row.firstName,
      JSON.stringify(row.licenses),
      row.taxonomyCodes,
      row.deactivatedOn,
    );
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}::jsonb, $${p + 5}::text[], $${p + 6}::date, now())`;
  });
  await db.query(
    `INSERT INTO "registry_provider" (${COLUMNS}) VALUES ${tuples.join(', ')} ` +
      'ON CONFLICT ("npi") DO UPDATE SET "last_name" = EXCLUDED."last_name", "first_name" = EXCLUDED."first_name", ' +
      '"licenses" = EXCLUDED."licenses", "taxonomy_codes" = EXCLUDED."taxonomy_codes", ' +
      '"deactivated_on" = EXCLUDED."deactivated_on", "imported_at" = EXCLUDED."imported_at"',
    params,
  );
}

/**
 * Marks already imported providers deactivated (the file lists a deactivated NPI with every other
 * field blank). Returns how many rows it changed; NPIs never imported are left alone.
 */
export async function applyDeactivations(
  db: Queryable,
  deactivations: ReadonlyMap<string, string>,
): Promise<number> {
  if (deactivations.size === 0) return 0;
  const rows: unknown = await db.query(
    'WITH "changed" AS (UPDATE "registry_provider" AS r SET "deactivated_on" = d."on", "imported_at" = now() ' +
      'FROM unnest($1::text[], $2::date[]) AS d("npi", "on") WHERE r."npi" = d."npi" RETURNING 1) ' +
      'SELECT count(*)::int AS "count" FROM "changed"',
    [[...deactivations.keys()], [...deactivations.values()]],
  );
  return (rows as { count: number }[])[0]?.count ?? 0;
}
