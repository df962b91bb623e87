import 'reflect-metadata';
import { DASHBOARD_SQL } from '@curbside/admin-console';
import pg from 'pg';
import { createScratchDatabase } from '../load/scratch-database.js';
import { migrate } from '../load/seed.js';

/**
 * What the admin console's statements cost at the scale of 1M cases, on the PostgreSQL server
 * (DATABASE_URL, or the machine's 127.0.0.1:5432): a scratch database is migrated, filled with
 * generate_series at the sizes those tables have beside 1M cases, analysed, and each statement is run
 * under EXPLAIN (ANALYZE, BUFFERS). Figures are printed, never asserted.
 *
 * The console never reads case_post or reply, so those are left empty; what it reads is sized as the
 * load seeder's 1M-case network would have it: 1 consult in 10 cases, one CASE_CREATED audit record
 * per case plus three other records per case.
 */
const SIZES = {
  clinicians: Number(process.env.ADMIN_BENCH_CLINICIANS ?? 20_000),
  consults: Number(process.env.ADMIN_BENCH_CONSULTS ?? 100_000),
  reports: Number(process.env.ADMIN_BENCH_REPORTS ?? 20_000),
  auditEvents: Number(process.env.ADMIN_BENCH_AUDIT ?? 4_000_000),
};

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Fills the tables the console reads; foreign keys are not checked (replica role) so no case rows are needed. */
async function seed(client: pg.Client): Promise<void> {
  const step = async (what: string, sql: string, params: unknown[]) => {
    const t = Date.now();
    await client.query(sql, params);
    say(`  ${what} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await client.query("SET session_replication_role = 'replica'");
  await step(
    `${SIZES.clinicians} clinicians (1 in 50 pending, 1 in 97 suspended; created over 540 days)`,
    `INSERT INTO clinician (id, email, password_hash, display_name, verification_status, created_at)
     SELECT md5('clinician' || i)::uuid, 'bench.' || i || '@curbside.test', 'x', 'Dr Bench ' || i,
            (CASE WHEN i % 50 = 0 THEN 'PENDING' WHEN i % 97 = 0 THEN 'SUSPENDED' ELSE 'VERIFIED' END)::verification_status,
            now() - (i % 540) * interval '1 day' - (i % 86400) * interval '1 second'
       FROM generate_series(1, $1::int) i`,
    [SIZES.clinicians],
  );
  await step(
    'one licence per clinician (pending where the clinician is)',
    `INSERT INTO license (clinician_id, npi, jurisdiction, license_number, credential, expires_on, status, submitted_at)
     SELECT c.id, lpad((1000000000 + i)::text, 10, '0'), 'MT', 'L' || i, 'MD', current_date + 400,
            (CASE WHEN c.verification_status = 'PENDING' THEN 'PENDING' ELSE 'VERIFIED' END)::license_status,
            c.created_at
       FROM (SELECT id, verification_status, created_at, row_number() OVER () AS i FROM clinician) c`,
    [],
  );
  await step(
    `${SIZES.consults} consults (1 in 10 of 1M cases; 2% open or claimed, 80% answered within 30 days)`,
    `INSERT INTO consult (case_id, specialty_id, requested_by, status, due_at, created_at, answered_at)
     SELECT md5('case' || i * 10)::uuid, s.id, md5('clinician' || (1 + i % $2::int))::uuid,
            (CASE WHEN i % 50 = 0 THEN 'OPEN' WHEN i % 50 = 1 THEN 'CLAIMED' WHEN i % 10 = 2 THEN 'EXPIRED' ELSE 'RESOLVED' END)::consult_status,
            now() - (i % 540) * interval '1 day' + interval '72 hours',
            now() - (i % 540) * interval '1 day',
            CASE WHEN i % 50 > 1 AND i % 10 <> 2 THEN now() - (i % 540) * interval '1 day' + (i % 4000) * interval '1 minute' END
       FROM generate_series(1, $1::int) i
       JOIN (SELECT id, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS k FROM specialty) s
         ON s.n = i % s.k`,
    [SIZES.consults, SIZES.clinicians],
  );
  await step(
    `${SIZES.reports} reports (1.5% open)`,
    `INSERT INTO report (reporter_id, case_id, reason, status, created_at)
     SELECT md5('clinician' || (1 + i % $2::int))::uuid, md5('case' || i * 50)::uuid, 'SPAM',
            (CASE WHEN i % 67 = 0 THEN 'OPEN' ELSE 'DISMISSED' END)::report_status, now() - (i % 540) * interval '1 day'
       FROM generate_series(1, $1::int) i`,
    [SIZES.reports, SIZES.clinicians],
  );
  await step(
    `${SIZES.auditEvents} audit records (1 in 4 CASE_CREATED, the rest replies and views; 20 admin actions a day)`,
    `INSERT INTO audit_event (at, actor_id, action, target_type, target_id)
     SELECT now() - (i::float8 / $1::int) * interval '540 days',
            md5('clinician' || (1 + i % $2::int))::uuid,
            CASE i % 4 WHEN 0 THEN 'CASE_CREATED' WHEN 1 THEN 'REPLY_CREATED' ELSE 'CASE_VIEWED' END,
            CASE i % 4 WHEN 1 THEN 'Reply' ELSE 'Case' END,
            md5('case' || i / 4)::uuid
       FROM generate_series(1, $1::int) i`,
    [SIZES.auditEvents, SIZES.clinicians],
  );
  await step(
    'admin actions (LICENSE_APPROVED by one administrator)',
    `INSERT INTO audit_event (at, actor_id, action, target_type, target_id)
     SELECT now() - (i % 540) * interval '1 day', md5('admin')::uuid, 'LICENSE_APPROVED', 'License', l.id
       FROM (SELECT id, row_number() OVER () AS i FROM license) l`,
    [],
  );
  await client.query("SET session_replication_role = 'origin'");
  await step('ANALYZE', 'ANALYZE', []);
}

interface Plan {
  'Execution Time': number;
  'Planning Time': number;
  Plan: { 'Total Cost': number; 'Shared Hit Blocks'?: number; 'Shared Read Blocks'?: number };
}

/** The plan's node types, outermost first, on one line. */
function shape(node: Record<string, unknown>, out: string[] = []): string[] {
  const index = typeof node['Index Name'] === 'string' ? ` ${node['Index Name']}` : '';
  const relation = typeof node['Relation Name'] === 'string' && !index ? ` ${node['Relation Name']}` : '';
  out.push(`${node['Node Type'] as string}${index}${relation}`);
  for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) shape(child, out);
  return out;
}

async function explain(client: pg.Client, name: string, sql: string, params: unknown[]): Promise<void> {
  // warm once, then measure: the figures are for a console page view, not a cold start
  await client.query(sql, params);
  const { rows } = await client.query<{ 'QUERY PLAN': Plan[] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    params,
  );
  const plan = rows[0]['QUERY PLAN'][0];
  const blocks = (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0);
  say(
    `| ${name} | ${plan.Plan['Total Cost'].toFixed(0)} | ${plan['Execution Time'].toFixed(2)} ms | ${blocks} | ${shape(plan.Plan).join(' > ')} |`,
  );
}

/** The admin console's clinician list and search (ClinicianSearchService), page size 20. */
async function clinicianSearch(client: pg.Client, suffix: string): Promise<void> {
  const search = `SELECT *, lower(display_name) AS sort_name FROM clinician c WHERE TRUE`;
  const part = `${search} AND (lower(c.display_name) LIKE $1 OR c.email LIKE $1) ORDER BY sort_name, id LIMIT 21`;
  await explain(
    client,
    `adminClinicians, no filter (first page)${suffix}`,
    `${search} ORDER BY sort_name, id LIMIT 21`,
    [],
  );
  await explain(client, `adminClinicians by name part (rare: "bench 4242")${suffix}`, part, ['%bench 4242%']);
  await explain(client, `adminClinicians by e-mail part (rare: "h.4242@")${suffix}`, part, ['%h.4242@%']);
  await explain(client, `adminClinicians by name part (common: "bench 1", 1 in 9)${suffix}`, part, [
    '%bench 1%',
  ]);
  await explain(client, `adminClinicians by name part (two letters: "ch", no trigram)${suffix}`, part, [
    '%ch%',
  ]);
  await explain(
    client,
    `adminClinicians by status (SUSPENDED)${suffix}`,
    `${search} AND c.verification_status = 'SUSPENDED' ORDER BY sort_name, id LIMIT 21`,
    [],
  );
}

async function main(): Promise<void> {
  const scratch = await createScratchDatabase('admin');
  say(`scratch database ${scratch.name}`);
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    await migrate(scratch.url);
    await client.connect();
    say(`seeding (the tables the console reads, at the scale of 1M cases):`);
    await seed(client);
    const [{ id: someone }] = (
      await client.query<{ id: string }>("SELECT md5('clinician' || 4242)::uuid AS id")
    ).rows;
    const week = new Date(Date.now() - 7 * 86_400_000);
    say('');
    say('| statement | planner cost | execution | buffers | plan |');
    say('| --- | --- | --- | --- | --- |');
    await explain(client, 'dashboard: licences waiting', DASHBOARD_SQL.licenses, []);
    await explain(client, 'dashboard: open reports', DASHBOARD_SQL.reports, []);
    await explain(client, 'dashboard: overdue consults', DASHBOARD_SQL.overdueConsults, []);
    await explain(
      client,
      'dashboard: median first answer by specialty (30 days)',
      DASHBOARD_SQL.responseTimes,
      [30],
    );
    await explain(client, 'dashboard: sign-ups per week (12 weeks)', DASHBOARD_SQL.signups, [12]);
    const page = 'ORDER BY at DESC, id DESC LIMIT 51';
    await explain(
      client,
      'auditLog, no filter (first page)',
      `SELECT * FROM audit_event WHERE TRUE ${page}`,
      [],
    );
    await explain(client, 'auditLog by actor', `SELECT * FROM audit_event WHERE actor_id = $1 ${page}`, [
      someone,
    ]);
    await explain(
      client,
      'auditLog by action (rare: LICENSE_APPROVED)',
      `SELECT * FROM audit_event WHERE action = $1 ${page}`,
      ['LICENSE_APPROVED'],
    );
    await explain(
      client,
      'auditLog by target',
      `SELECT * FROM audit_event WHERE target_type = 'Case' AND target_id = $1 ${page}`,
      [(await client.query<{ id: string }>("SELECT md5('case' || 4242)::uuid AS id")).rows[0].id],
    );
    await explain(
      client,
      'auditLog by date range (last 7 days)',
      `SELECT * FROM audit_event WHERE at >= $1 ${page}`,
      [week],
    );
    await explain(
      client,
      'auditLogCsv by action (10,000 rows at most)',
      'SELECT id, at, action, actor_id, target_type, target_id FROM audit_event WHERE action = $1 ORDER BY at DESC, id DESC LIMIT 10000',
      ['LICENSE_APPROVED'],
    );
    await clinicianSearch(client, '');
    // The same statements as before the ClinicianNameTrigram migration, on the same data and load: the
    // trigram indexes are dropped in a transaction that is rolled back.
    await client.query('BEGIN');
    await client.query('DROP INDEX ix_clinician_name_trgm, ix_clinician_email_trgm');
    await clinicianSearch(client, ' [no trigram index]');
    await client.query('ROLLBACK');
  } finally {
    await client.end().catch(() => undefined);
    await scratch.drop();
  }
}

await main();
