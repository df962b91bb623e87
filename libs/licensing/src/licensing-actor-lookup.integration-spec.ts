import type { Database } from '@curbside/database';
import { createTestDatabase } from '@curbside/testing';
import { randomUUID } from 'node:crypto';
import { LicensingActorLookup } from './licensing-actor-lookup.js';

describe(LicensingActorLookup.name, () => {
  let database: Database;
  let lookup: LicensingActorLookup;
  let seq = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    lookup = new LicensingActorLookup(database.dataSource);
  });

  afterAll(async () => {
    await database.close();
  });

  /** A clinician with one session; `licence` is the expiry of a VERIFIED licence, if any. */
  async function clinician(
    status: string,
    opts: { role?: string; licence?: 'valid' | 'lapsed'; revoked?: boolean } = {},
  ): Promise<{ sessionId: string; clinicianId: string }> {
    const clinicianId = randomUUID();
    const sessionId = randomUUID();
    seq++;
    await database.dataSource.query(
      `INSERT INTO clinician (id, email, password_hash, display_name, role, verification_status)
       VALUES ($1, $2, 'x', 'Lookup test', $3, $4)`,
      [clinicianId, `lookup${seq}@example.test`, opts.role ?? 'CLINICIAN', status],
    );
    await database.dataSource.query(
      `INSERT INTO session (id, clinician_id, revoked_at) VALUES ($1, $2, $3)`,
      [sessionId, clinicianId, opts.revoked ? new Date() : null],
    );
    if (opts.licence) {
      await database.dataSource.query(
        `INSERT INTO license (clinician_id, npi, jurisdiction, license_number, credential, expires_on, status)
         VALUES ($1, '1234567893', 'IA', $2, 'MD', current_date + $3::int, 'VERIFIED')`,
        [clinicianId, `LOOKUP-${seq}`, opts.licence === 'valid' ? 30 : -1],
      );
    }
    return { sessionId, clinicianId };
  }

  it('should answer many sessions in one query, in order, as one lookup per session would', async () => {
    const verified = await clinician('VERIFIED', { licence: 'valid' });
    const lapsed = await clinician('VERIFIED', { licence: 'lapsed' });
    const pending = await clinician('PENDING');
    const suspended = await clinician('SUSPENDED', { licence: 'valid' });
    const revoked = await clinician('VERIFIED', { licence: 'valid', revoked: true });
    const admin = await clinician('UNVERIFIED', { role: 'ADMIN' });
    // a real session presented with another clinician's id is nobody
    const mismatched = { sessionId: verified.sessionId, clinicianId: pending.clinicianId };
    const unknown = { sessionId: randomUUID(), clinicianId: randomUUID() };
    const keys = [verified, lapsed, pending, suspended, revoked, admin, mismatched, unknown, verified];

    let statements = 0;
    const query = database.dataSource.query.bind(database.dataSource);
    database.dataSource.query = ((...args: Parameters<typeof query>) => {
      statements++;
      return query(...args);
    }) as typeof query;
    let batch: Awaited<ReturnType<LicensingActorLookup['findActors']>>;
    try {
      batch = await lookup.findActors(keys);
    } finally {
      database.dataSource.query = query;
    }
    expect(statements).toBe(1);
    expect(batch.map((a) => a && `${a.role}:${a.verificationStatus}`)).toEqual([
      'CLINICIAN:VERIFIED',
      'CLINICIAN:EXPIRED',
      'CLINICIAN:PENDING',
      null,
      null,
      'ADMIN:UNVERIFIED',
      null,
      null,
      'CLINICIAN:VERIFIED',
    ]);
    expect(batch[0]).toEqual({ ...verified, role: 'CLINICIAN', verificationStatus: 'VERIFIED' });
    const single = await Promise.all(keys.map((k) => lookup.findActor(k.sessionId, k.clinicianId)));
    expect(single).toEqual(batch);
    expect(await lookup.findActors([])).toEqual([]);
  });
});
