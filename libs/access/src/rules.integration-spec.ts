import type { Actor } from '@curbside/core';
import { createTestDatabase } from '@curbside/testing';
import { claimableConsultSql, heldContent, listedContent } from './rules.js';
import type { Viewer } from './viewer.js';

/**
 * The SQL form of each rule against its in-memory form, on the same rows in a real PostgreSQL: a
 * rule changed in one form and not the other fails here.
 */
describe('access rules in SQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const viewers: Record<string, Viewer> = {
    admin: {
      actor: {
        clinicianId: '00000000-0000-4000-8000-00000000000a',
        role: 'ADMIN',
        verificationStatus: 'VERIFIED',
        sessionId: 's',
      } satisfies Actor,
    },
    clinician: {
      actor: {
        clinicianId: '00000000-0000-4000-8000-00000000000b',
        role: 'CLINICIAN',
        verificationStatus: 'VERIFIED',
        sessionId: 's',
      } satisfies Actor,
    },
  };
  const rows = [false, true].flatMap((hidden) =>
    [null, new Date('2026-01-01T00:00:00Z')].map((deletedAt, i) => ({
      id: `${hidden ? 'h' : 's'}${i}`,
      hidden,
      deletedAt,
    })),
  );

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.dataSource.query(
      'CREATE TEMP TABLE t (id text PRIMARY KEY, hidden boolean NOT NULL, deleted_at timestamptz)',
    );
    for (const row of rows) {
      await database.dataSource.query('INSERT INTO t VALUES ($1, $2, $3)', [
        row.id,
        row.hidden,
        row.deletedAt,
      ]);
    }
  });

  afterAll(async () => {
    await database.close();
  });

  async function selected(condition: string): Promise<string[]> {
    const found = await database.dataSource.query<{ id: string }[]>(
      `SELECT id FROM t x WHERE ${condition} ORDER BY id`,
    );
    return found.map((r) => r.id);
  }

  it.each(Object.keys(viewers))(
    'should select in SQL exactly the rows heldContent shows to %s',
    async (name) => {
      const viewer = viewers[name];
      const expected = rows
        .filter((r) => heldContent.visible(viewer, r))
        .map((r) => r.id)
        .sort();
      expect(await selected(heldContent.sql(viewer, 'x'))).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  it.each(Object.keys(viewers))(
    'should select in SQL exactly the rows listedContent lists for %s',
    async (name) => {
      const viewer = viewers[name];
      const expected = rows
        .filter((r) => listedContent.visible(viewer, r))
        .map((r) => r.id)
        .sort();
      expect(await selected(listedContent.sql(viewer, 'x'))).toEqual(expected);
    },
  );

  it('should keep held and closed cases and own requests out of the claim queue', async () => {
    const me = viewers.clinician.actor!.clinicianId;
    const other = '00000000-0000-4000-8000-0000000000cc';
    const mine = '00000000-0000-4000-8000-0000000000d1';
    const elsewhere = '00000000-0000-4000-8000-0000000000d2';
    await database.dataSource
      .query(`CREATE TEMP TABLE p (id text PRIMARY KEY, hidden boolean, deleted_at timestamptz, status text);
      CREATE TEMP TABLE k (id text PRIMARY KEY, case_id text, status text, requested_by uuid, named boolean,
        consultant_id uuid, specialty_id uuid);
      CREATE TEMP TABLE s (clinician_id uuid, specialty_id uuid)`);
    await database.dataSource
      .query(`INSERT INTO p VALUES ('open', false, NULL, 'OPEN'), ('held', true, NULL, 'OPEN'),
      ('closed', false, NULL, 'CLOSED'), ('gone', false, now(), 'CLOSED')`);
    await database.dataSource.query('INSERT INTO s VALUES ($1, $2)', [me, mine]);
    const consults: [string, string, string, string, boolean, string | null, string][] = [
      ['ok-specialty', 'open', 'OPEN', other, false, null, mine],
      ['ok-named', 'open', 'OPEN', other, true, me, elsewhere],
      ['other-specialty', 'open', 'OPEN', other, false, null, elsewhere],
      ['named-to-other', 'open', 'OPEN', other, true, other, mine],
      ['own-request', 'open', 'OPEN', me, false, null, mine],
      ['claimed', 'open', 'CLAIMED', other, false, null, mine],
      ['on-held', 'held', 'OPEN', other, false, null, mine],
      ['on-closed', 'closed', 'OPEN', other, false, null, mine],
      ['on-removed', 'gone', 'OPEN', other, false, null, mine],
    ];
    for (const c of consults)
      await database.dataSource.query('INSERT INTO k VALUES ($1, $2, $3, $4, $5, $6, $7)', c);
    const condition = claimableConsultSql(
      viewers.clinician,
      'k',
      'p',
      'SELECT specialty_id FROM s WHERE clinician_id = :me',
    )
      .replaceAll(':me', '$1::uuid')
      .replaceAll(':open', "'OPEN'");
    const found = await database.dataSource.query<{ id: string }[]>(
      `SELECT k.id FROM k JOIN p ON p.id = k.case_id WHERE ${condition} ORDER BY k.id`,
      [me],
    );
    expect(found.map((r) => r.id)).toEqual(['ok-named', 'ok-specialty']);
  });
});
