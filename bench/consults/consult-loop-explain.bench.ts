import 'reflect-metadata';
import { CaseQueriesService, LocalCapability, AgeBand, OutcomeCourse } from '@curbside/cases';
import { DirectoryService, SpecialtiesService } from '@curbside/clinicians';
import { ConsultCreditService, ConsultStatsService } from '@curbside/consults';
import { RequestContext } from '@curbside/core';
import { ChannelEntity } from '@curbside/channels';
import { EntityColumns, dataSourceOptions } from '@curbside/database';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from '../../apps/api/src/entities.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { createScratchDatabase } from '../load/scratch-database.js';

/**
 * EXPLAIN ANALYZE of the consult loop's list queries at 1M cases, on the PostgreSQL server
 * (DATABASE_URL, default the local test database): the specialist directory (first and a later
 * page, with its filters), the computed answer stats of a page, and the feed and search filtered on
 * structured case details. The SQL is the services' own, captured as they run it.
 */
const CASES = Number(process.env.CASES ?? 1_000_000);
const CLINICIANS = 20_000;

class Capture implements TypeOrmLogger {
  last: { sql: string; parameters: unknown[] } | null = null;
  logQuery(sql: string, parameters?: unknown[]): void {
    if (/^\s*SELECT/i.test(sql)) this.last = { sql, parameters: parameters ?? [] };
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const scratch = await createScratchDatabase('consultloop');
  const capture = new Capture();
  const dataSource = new DataSource({
    ...dataSourceOptions({ entities: ENTITIES, migrations: MIGRATIONS } as never, { url: scratch.url }),
    logging: ['query'],
    logger: capture,
  } as never);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const started = Date.now();
    await dataSource.transaction(async (m) => {
      await SpecialtiesService.seed(m);
      await m.query(
        `INSERT INTO channel (slug, name) SELECT 'bench-' || g, 'Bench ' || g FROM generate_series(1, 20) g`,
      );
      await m.query(
        `INSERT INTO clinician (email, password_hash, display_name, verification_status, accepting_consults)
         SELECT 'c' || g || '@bench.test', 'x', 'Dr. ' || md5(g::text), CASE WHEN g % 10 = 0 THEN 'PENDING' ELSE 'VERIFIED' END::verification_status, g % 3 <> 0
           FROM generate_series(1, $1) g`,
        [CLINICIANS],
      );
      await m.query(
        `INSERT INTO clinician_specialty (clinician_id, specialty_id)
         SELECT c.id, s.id FROM clinician c
           JOIN LATERAL (SELECT id FROM specialty ORDER BY md5(c.id::text || id::text) LIMIT 2) s ON true`,
      );
      await m.query(
        `INSERT INTO on_call_window (clinician_id, starts_at, ends_at)
         SELECT id, now() - interval '2 hours', now() + (random() * 48) * interval '1 hour' FROM clinician WHERE random() < 0.2`,
      );
    });
    // authors and channels picked from arrays: a per-row sub-query would cost a sort per case
    await dataSource.query(
      `WITH ch AS (SELECT array_agg(id ORDER BY slug) AS a FROM channel),
            cl AS (SELECT array_agg(id) AS a FROM (SELECT id FROM clinician ORDER BY email LIMIT 1000) x)
       INSERT INTO case_post (channel_id, author_id, title, body, created_at)
       SELECT ch.a[1 + g % 20], cl.a[1 + g % 1000], 'Bench case ' || g,
              'Exertional dyspnoea with a murmur, case ' || g, now() - g * interval '45 seconds'
         FROM generate_series(1, $1) g, ch, cl`,
      [CASES],
    );
    await dataSource.query(
      `WITH cs AS (SELECT array_agg(clinician_id) AS c, array_agg(specialty_id) AS s, count(*) AS n FROM clinician_specialty)
       INSERT INTO consult (case_id, specialty_id, requested_by, consultant_id, status, due_at, created_at, claimed_at, answered_at)
       SELECT p.id, cs.s[1 + p.n % cs.n], p.author_id, cs.c[1 + p.n % cs.n], 'ANSWERED', p.created_at + interval '3 days',
              p.created_at, p.created_at + interval '1 hour', p.created_at + (30 + random() * 600) * interval '1 minute'
         FROM (SELECT id, author_id, created_at, row_number() OVER () AS n FROM case_post WHERE random() < 0.2) p, cs`,
    );
    await dataSource.query(
      `INSERT INTO case_details (case_id, clinical_question, age_band, travel_minutes, local_capabilities)
       SELECT id, 'Refer or manage locally?',
              (ARRAY['CHILD','ADULT_18_39','ADULT_40_64','ADULT_65_89','ADULT_90_PLUS'])[1 + floor(random() * 5)]::case_age_band,
              floor(random() * 600)::int,
              CASE floor(random() * 4)::int WHEN 0 THEN ARRAY['XRAY','BASIC_LABS'] WHEN 1 THEN ARRAY['XRAY','TELEHEALTH']
                   WHEN 2 THEN ARRAY['BASIC_LABS'] ELSE ARRAY['ULTRASOUND','TELEHEALTH','XRAY'] END
         FROM case_post WHERE random() < 0.3`,
    );
    // 6% of the cases resolved, five in six of them (a twentieth of all cases) with a reported
    // outcome; answers carry reported minutes
    await dataSource.query(
      `WITH r AS (UPDATE case_post SET status = 'RESOLVED' WHERE random() < 0.06 RETURNING id, author_id)
       INSERT INTO case_outcome (case_id, reported_by, final_diagnosis, actions_taken, changed_management,
                                 advice_confirmed, course, notes)
       SELECT id, author_id,
              (ARRAY['Dysplastic naevus','Aortic stenosis','Cellulitis','Gout','Sarcoidosis'])[1 + floor(random() * 5)],
              'Managed locally after the consult', random() < 0.6, random() < 0.7,
              (ARRAY['RECOVERED','IMPROVED','UNCHANGED','WORSENED'])[1 + floor(random() * 4)]::outcome_course,
              CASE WHEN random() < 0.3 THEN 'Seen again at day 14' END
         FROM r WHERE random() < 5.0 / 6`,
    );
    await dataSource.query(
      `UPDATE consult SET answer_minutes = 5 + floor(random() * 60)::int WHERE random() < 0.5`,
    );
    // the seed's updates (the details and outcome triggers) leave dead row versions; vacuumed as autovacuum would
    await dataSource.query('VACUUM ANALYZE');
    const [counts] = await dataSource.query<{ cases: number; consults: number; details: number }[]>(
      `SELECT (SELECT count(*) FROM case_post)::int AS cases, (SELECT count(*) FROM consult)::int AS consults,
              (SELECT count(*) FROM case_details)::int AS details`,
    );
    say(
      `seeded ${counts.cases} cases, ${CLINICIANS} clinicians, ${counts.consults} consults, ${counts.details} case details in ${Math.round((Date.now() - started) / 1000)} s`,
    );

    const [me] = await dataSource.query<{ id: string }[]>('SELECT id FROM clinician ORDER BY email LIMIT 1');
    const ctx = new RequestContext('bench', 'local', {
      clinicianId: me.id,
      role: 'CLINICIAN',
      verificationStatus: 'VERIFIED',
      sessionId: 'bench',
    });
    const [dermatology] = await dataSource.query<{ id: string }[]>(
      "SELECT id FROM specialty WHERE name = 'Dermatology'",
    );
    const [channel] = await dataSource.query<{ id: string }[]>(
      "SELECT id FROM channel WHERE slug = 'bench-1'",
    );

    async function explain(label: string, run: () => Promise<unknown>): Promise<void> {
      capture.last = null;
      await run();
      const last = capture.last as { sql: string; parameters: unknown[] } | null;
      if (!last) throw new Error(`${label}: no query captured`);
      const plan = await dataSource.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${last.sql}`,
        last.parameters,
      );
      const lines = plan.map((r) => r['QUERY PLAN']);
      const top = /cost=[\d.]+\.\.([\d.]+)/.exec(lines[0]);
      const time = lines.find((l) => l.startsWith('Execution Time'));
      say(`\n== ${label}: total cost ${top?.[1] ?? '?'}, ${time ?? ''}`);
      for (const line of lines) say(`   ${line}`);
    }

    const directory = new DirectoryService(dataSource, undefined as never);
    const firstPage = await directory.list(ctx, { specialtyId: dermatology.id }, 20, null);
    await explain('directory, one specialty, first page', () =>
      directory.list(ctx, { specialtyId: dermatology.id }, 20, null),
    );
    await explain('directory, one specialty, next page', () =>
      directory.list(ctx, { specialtyId: dermatology.id }, 20, firstPage.pageInfo.endCursor),
    );
    await explain('directory, one specialty, accepting and on call now', () =>
      directory.list(
        ctx,
        { specialtyId: dermatology.id, acceptingConsults: true, onCallNow: true },
        20,
        null,
      ),
    );
    await explain('directory, every specialty', () => directory.list(ctx, {}, 20, null));
    const stats = new ConsultStatsService(dataSource);
    await explain('answer stats of a directory page (20 specialists)', () =>
      Promise.all(firstPage.edges.map((e) => stats.of(ctx, e.node.clinician.id))),
    );
    const queries = new CaseQueriesService(
      dataSource,
      {
        require: () => Promise.resolve(undefined),
        prime: () => undefined,
        columnsAs: (alias: string) => new EntityColumns(dataSource, ChannelEntity, alias),
      } as never,
      { countSql: () => '0', primeCount: () => undefined } as never,
      { view: () => Promise.resolve(null) } as never,
      { SEARCH_RANK_WINDOW: 1000 } as never,
    );
    await explain('feed of a channel, age band 65-89 with telehealth', () =>
      queries.feed(ctx, channel.id, 20, null, {
        ageBands: [AgeBand.ADULT_65_89],
        localCapabilities: [LocalCapability.TELEHEALTH],
      }),
    );
    await explain('feed of a channel, at least 8 hours from a specialist', () =>
      queries.feed(ctx, channel.id, 20, null, { minTravelMinutes: 480 }),
    );
    await explain('search "murmur", age band 90+', () =>
      queries.search(ctx, 'murmur', null, 20, null, { ageBands: [AgeBand.ADULT_90_PLUS] }),
    );
    await explain('feed of a channel, outcome reported and management changed', () =>
      queries.feed(ctx, channel.id, 20, null, { outcome: { reported: true, changedManagement: true } }),
    );
    await explain('feed of a channel, resolved without an outcome', () =>
      queries.feed(ctx, channel.id, 20, null, { outcome: { reported: false } }),
    );
    await explain('feed of a channel, outcome words "sarcoidosis", improved or recovered', () =>
      queries.feed(ctx, channel.id, 20, null, {
        outcome: { text: 'sarcoidosis', courses: [OutcomeCourse.IMPROVED, OutcomeCourse.RECOVERED] },
      }),
    );
    await explain('search "murmur", outcome words "stenosis"', () =>
      queries.search(ctx, 'murmur', null, 20, null, { outcome: { text: 'stenosis' } }),
    );
    const [busiest] = await dataSource.query<{ consultant_id: string; n: number }[]>(
      `SELECT consultant_id, count(*)::int AS n FROM consult GROUP BY consultant_id ORDER BY n DESC LIMIT 1`,
    );
    const credit = new ConsultCreditService(
      dataSource,
      undefined as never,
      {
        jwtSecret: 'bench-secret-that-is-long-enough-to-sign',
        CREDIT_MAX_PERIOD_DAYS: 366,
      } as never,
    );
    const consultant = new RequestContext('bench', 'local', {
      clinicianId: busiest.consultant_id,
      role: 'CLINICIAN',
      verificationStatus: 'VERIFIED',
      sessionId: 'bench',
    });
    say(`\nbusiest consultant: ${busiest.n} answered consults`);
    await explain('credit log entries of the busiest consultant, one year', () =>
      credit.log(consultant, { from: new Date(Date.now() - 365 * 86_400_000), to: new Date() }),
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await scratch.drop();
  }
}

await main();
