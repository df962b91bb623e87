import { LicenseExpiryService, importRegistry } from '@curbside/licensing';
import {
  GraphqlClient,
  STRONG_PASSWORD,
  approveLicense,
  createTestApp,
  databaseDigest,
  futureDate,
  login,
  nextLicenseNumber,
  nextNpi,
  register,
  submitLicense,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { Readable } from 'node:stream';

const ADMIN_EMAIL = 'chief.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-tests-0001';

const ME = `query { me { id displayName role verificationStatus email licenses { id status } } }`;

async function rows<T>(t: TestApp, sql: string, params: unknown[] = []): Promise<T[]> {
  return t.database.dataSource.query<T[]>(sql, params);
}

describe('Identity and licence verification over real HTTP', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should take a clinician from registration to VERIFIED through the admin review queue', async () => {
    const doc = await register(t.client, 'Dr. Ruth Hallorann');
    let me = await t.client.request<{ me: { verificationStatus: string } }>(
      ME,
      {},
      { token: doc.accessToken },
    );
    expect(me.data?.me.verificationStatus).toBe('UNVERIFIED');

    const licenseId = await submitLicense(t.client, doc);
    me = await t.client.request(ME, {}, { token: doc.accessToken });
    expect(me.data?.me.verificationStatus).toBe('PENDING');

    const queue = await t.client.request<{
      verificationQueue: {
        edges: { node: { id: string; registryMatch: string; clinician: { id: string } } }[];
      };
    }>(
      `{ verificationQueue(first: 50) { edges { node { id registryMatch clinician { id } } } } }`,
      {},
      {
        token: admin.accessToken,
      },
    );
    const entry = queue.data?.verificationQueue.edges.find((e) => e.node.id === licenseId);
    expect(entry?.node).toMatchObject({ registryMatch: 'NONE', clinician: { id: doc.id } });

    await approveLicense(t.client, admin, licenseId);
    me = await t.client.request(ME, {}, { token: doc.accessToken });
    expect(me.data?.me).toMatchObject({
      verificationStatus: 'VERIFIED',
      licenses: [{ id: licenseId, status: 'VERIFIED' }],
    });

    const notes = await rows<{ kind: string }>(t, 'SELECT kind FROM notification WHERE recipient_id = $1', [
      doc.id,
    ]);
    expect(notes).toEqual([{ kind: 'LICENSE_REVIEWED' }]);
    const audit = await rows<{ action: string }>(
      t,
      'SELECT action FROM audit_event WHERE target_id = $1 ORDER BY at',
      [licenseId],
    );
    expect(audit.map((a) => a.action)).toEqual(['LICENSE_SUBMITTED', 'LICENSE_APPROVED']);
  });

  it('should keep a clinician REJECTED with the note when the only licence is rejected', async () => {
    const doc = await register(t.client, 'Dr. Owen Petrakis');
    const licenseId = await submitLicense(t.client, doc);
    const missingNote = await t.client.request(
      `mutation { reviewLicense(input: { licenseId: "${licenseId}", decision: REJECT }) { id } }`,
      {},
      { token: admin.accessToken },
    );
    expect(GraphqlClient.codes(missingNote)).toEqual(['BAD_USER_INPUT']);
    const res = await t.client.request<{ reviewLicense: { status: string; reviewNote: string } }>(
      `mutation { reviewLicense(input: { licenseId: "${licenseId}", decision: REJECT, note: "Licence number not found with the board" }) { status reviewNote } }`,
      {},
      { token: admin.accessToken },
    );
    expect(res.data?.reviewLicense.status).toBe('REJECTED');
    const me = await t.client.request<{ me: { verificationStatus: string } }>(
      ME,
      {},
      { token: doc.accessToken },
    );
    expect(me.data?.me.verificationStatus).toBe('REJECTED');
    const again = await t.client.request(
      `mutation { reviewLicense(input: { licenseId: "${licenseId}", decision: APPROVE }) { id } }`,
      {},
      { token: admin.accessToken },
    );
    expect(GraphqlClient.codes(again)).toEqual(['CONFLICT']);
  });

  it('should validate a licence and refuse a duplicate, leaving nothing behind', async () => {
    const doc = await register(t.client, 'Dr. Ines Quarshie');
    const before = await databaseDigest(t.database.dataSource);
    const bad = async (input: Record<string, unknown>): Promise<unknown[]> =>
      GraphqlClient.codes(
        await t.client.request(
          `mutation S($input: SubmitLicenseInput!) { submitLicense(input: $input) { id } }`,
          {
            input: {
              npi: nextNpi(),
              jurisdiction: 'TX',
              licenseNumber: nextLicenseNumber(),
              credential: 'DO',
              expiresOn: futureDate(),
              ...input,
            },
          },
          { token: doc.accessToken },
        ),
      );
    const npi = nextNpi();
    const wrongCheck = `${npi.slice(0, 9)}${(Number(npi[9]) + 1) % 10}`;
    expect(await bad({ npi: wrongCheck })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ npi: '12345' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ jurisdiction: 'ZZ' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ licenseNumber: 'has spaces!' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ expiresOn: '2001-01-01' })).toEqual(['BAD_USER_INPUT']);
    expect(await bad({ expiresOn: '2030-02-30' })).toEqual(['BAD_USER_INPUT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);

    const number = nextLicenseNumber();
    await submitLicense(t.client, doc, { jurisdiction: 'TX', licenseNumber: number });
    const afterFirst = await databaseDigest(t.database.dataSource);
    expect(await bad({ jurisdiction: 'TX', licenseNumber: number.toLowerCase() })).toEqual(['CONFLICT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(afterFirst);
  });

  describe('accounts', () => {
    it('should refuse a short and a common password without writing anything', async () => {
      const before = await databaseDigest(t.database.dataSource);
      const attempt = (email: string, password: string) =>
        t.client.request(`mutation R($i: RegisterInput!) { register(input: $i) { accessToken } }`, {
          i: { email, password, displayName: 'Someone' },
        });
      const short = await attempt('short@clinic.test', 'tooshort');
      const common = await attempt('common@clinic.test', 'password1234');
      expect(GraphqlClient.codes(short)).toEqual(['BAD_USER_INPUT']);
      expect(GraphqlClient.codes(common)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify([short, common].map((r) => r.errors))).not.toContain('password1234');
      expect(await databaseDigest(t.database.dataSource)).toEqual(before);
    });

    it('should answer a taken address like a fresh one, leave its owner untouched and notify the owner', async () => {
      const existing = await register(t.client, 'Dr. Lena Abernathy');
      const ownerRow = async () =>
        rows<Record<string, unknown>>(
          t,
          `SELECT c.*, (SELECT string_agg(s.id::text || coalesce(s.revoked_at::text, ''), ',' ORDER BY s.id)
                          FROM session s WHERE s.clinician_id = c.id) AS sessions
             FROM clinician c WHERE c.id = $1`,
          [existing.id],
        );
      const ownerBefore = await ownerRow();
      const taken = await t.client.request<{ register: { clinician: { id: string; email: string } } }>(
        `mutation R($i: RegisterInput!) { register(input: $i) { accessToken clinician { id email } } }`,
        { i: { email: existing.email.toUpperCase(), password: STRONG_PASSWORD, displayName: 'Someone' } },
      );
      expect(taken.errors).toBeUndefined();
      // a separate account, shown the address it typed (normalised, as for any registration)
      expect(taken.data?.register.clinician.id).not.toBe(existing.id);
      expect(taken.data?.register.clinician.email).toBe(existing.email);
      expect(await ownerRow()).toEqual(ownerBefore);
      const [shadow] = await rows<{ email: string | null; claimed_email: string }>(
        t,
        'SELECT email, claimed_email FROM clinician WHERE id = $1',
        [taken.data!.register.clinician.id],
      );
      expect(shadow).toEqual({ email: null, claimed_email: existing.email });
      const notices = await rows<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'REGISTRATION_EMAIL_TAKEN' AND target_id = $1`,
        [existing.id],
      );
      expect(notices[0].n).toBe(1);
      // the owner's "someone tried to register with your e-mail address" notice, through the outbox
      // (dispatched after the answer: by the outbox job if not by the request)
      const mailed = async () =>
        rows<{ kind: string; channel: string }>(
          t,
          `SELECT n.kind, d.channel FROM notification n JOIN notification_delivery d ON d.notification_id = n.id
            WHERE n.recipient_id = $1 AND n.kind = 'REGISTRATION_ATTEMPTED'`,
          [existing.id],
        );
      const deadline = Date.now() + 15_000;
      while ((await mailed()).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await mailed()).toEqual([{ kind: 'REGISTRATION_ATTEMPTED', channel: 'EMAIL' }]);
    });

    it('should answer the same error for an unknown email and a wrong password', async () => {
      const doc = await register(t.client, 'Dr. Kofi Brandt');
      const query = `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
      const unknown = await t.client.request(query, { e: 'nobody.here@clinic.test', p: STRONG_PASSWORD });
      const wrong = await t.client.request(query, { e: doc.email, p: 'wrong-password-0000' });
      expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
      expect(GraphqlClient.codes(unknown)).toEqual(['UNAUTHENTICATED']);
      expect(GraphqlClient.codes(wrong)).toEqual(['UNAUTHENTICATED']);
      const failed = await rows<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LOGIN_FAILED'`,
      );
      expect(failed[0].n).toBeGreaterThanOrEqual(2);
    });

    it('should refuse 20 login aliases in one request outright', async () => {
      const doc = await register(t.client, 'Dr. Alias Twenty');
      const fields = Array.from(
        { length: 20 },
        (_, i) => `a${i}: login(email: "${doc.email}", password: "guess-${i}-aaaaaa") { accessToken }`,
      );
      const res = await t.client.request(`mutation { ${fields.join(' ')} }`);
      expect(res.data ?? null).toBeNull();
      expect(new Set(GraphqlClient.codes(res))).toEqual(new Set(['BAD_USER_INPUT']));
    });

    it('should test at most one password per request and rate-limit the account across requests', async () => {
      const doc = await register(t.client, 'Dr. Alias Ten');
      const failedFor = async (): Promise<number> =>
        (
          await rows<{ n: number }>(
            t,
            `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LOGIN_FAILED' AND target_id = $1`,
            [doc.id],
          )
        )[0].n;
      const fields = Array.from({ length: 10 }, (_, i) => {
        const password = i === 9 ? STRONG_PASSWORD : `guess-${i}-aaaaaa`;
        return `a${i}: login(email: "${doc.email}", password: "${password}") { accessToken }`;
      });
      const res = await t.client.request(`mutation { ${fields.join(' ')} }`);
      // Root mutation fields run in order and the first failure nulls the whole result: one guess.
      expect(res.data ?? null).toBeNull();
      expect(GraphqlClient.codes(res)).toEqual(['UNAUTHENTICATED']);
      expect(await failedFor()).toBe(1);

      const attempt = (password: string) =>
        t.client.request(
          `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
          {
            e: doc.email,
            p: password,
          },
        );
      for (let i = 0; i < 4; i++)
        expect(GraphqlClient.codes(await attempt(`guess-x${i}-aaaaaa`))).toEqual(['UNAUTHENTICATED']);
      const limited = await attempt(STRONG_PASSWORD);
      expect(GraphqlClient.codes(limited)).toEqual(['RATE_LIMITED']);
      expect(limited.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(await failedFor()).toBe(5);
    });

    it('should rotate refresh tokens and revoke the whole family when a used one comes back', async () => {
      const doc = await register(t.client, 'Dr. Token Reuse');
      const refresh = `mutation F($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }`;
      const first = await t.client.request<{ refreshSession: { accessToken: string; refreshToken: string } }>(
        refresh,
        {
          r: doc.refreshToken,
        },
      );
      const rotated = first.data!.refreshSession;
      expect(rotated.refreshToken).not.toBe(doc.refreshToken);

      const replay = await t.client.request(refresh, { r: doc.refreshToken });
      expect(GraphqlClient.codes(replay)).toEqual(['UNAUTHENTICATED']);
      const afterReplay = await t.client.request(refresh, { r: rotated.refreshToken });
      expect(GraphqlClient.codes(afterReplay)).toEqual(['UNAUTHENTICATED']);
      const me = await t.client.request(ME, {}, { token: rotated.accessToken });
      expect(GraphqlClient.codes(me)).toEqual(['UNAUTHENTICATED']);
      const stored = await rows<{ token_hash: string }>(t, 'SELECT token_hash FROM refresh_token');
      expect(JSON.stringify(stored)).not.toContain(rotated.refreshToken);
    });

    it('should end the session on logout', async () => {
      const doc = await register(t.client, 'Dr. Log Out');
      const res = await t.client.request<{ logout: boolean }>(
        'mutation { logout }',
        {},
        { token: doc.accessToken },
      );
      expect(res.data?.logout).toBe(true);
      expect(GraphqlClient.codes(await t.client.request(ME, {}, { token: doc.accessToken }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });

    it('should show email and licences only to the clinician themself and admins', async () => {
      const owner = await register(t.client, 'Dr. Private Fields');
      await submitLicense(t.client, owner);
      const viewer = await register(t.client, 'Dr. Nosy Neighbour');
      const verifiedViewer = viewer;
      const licenseId = await submitLicense(t.client, verifiedViewer);
      await approveLicense(t.client, admin, licenseId);
      const q = `query C($id: ID!) { clinician(id: $id) { id email licenses { id } } }`;
      const asOther = await t.client.request<{ clinician: { email: string | null; licenses: unknown[] } }>(
        q,
        { id: owner.id },
        {
          token: verifiedViewer.accessToken,
        },
      );
      expect(asOther.data?.clinician).toMatchObject({ email: null, licenses: [] });
      const asAdmin = await t.client.request<{ clinician: { email: string; licenses: unknown[] } }>(
        q,
        { id: owner.id },
        {
          token: admin.accessToken,
        },
      );
      expect(asAdmin.data?.clinician.email).toBe(owner.email);
      expect(asAdmin.data?.clinician.licenses).toHaveLength(1);
    });

    it('should de-identify a bio before storing it', async () => {
      const doc = await register(t.client, 'Dr. Bio Writer');
      const res = await t.client.request<{ updateProfile: { bio: string; state: string } }>(
        `mutation U($i: UpdateProfileInput!) { updateProfile(input: $i) { bio state } }`,
        { i: { bio: 'Rural GP. Call me at 406-555-0175 or visit https://clinic.example.org', state: 'MT' } },
        { token: doc.accessToken },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.updateProfile.bio).not.toContain('555-0175');
      const stored = await rows<{ bio: string }>(t, 'SELECT bio FROM clinician WHERE id = $1', [doc.id]);
      expect(stored[0].bio).not.toContain('555-0175');
      expect(stored[0].bio).not.toContain('clinic.example.org');
      expect(JSON.stringify(t.logs)).not.toContain('555-0175');
    });
  });

  describe('suspension and expiry', () => {
    it('should refuse a suspended clinician’s still-valid access token on the next request', async () => {
      const doc = await register(t.client, 'Dr. Soon Suspended');
      await approveLicense(t.client, admin, await submitLicense(t.client, doc));
      const suspended = await t.client.request<{ suspendClinician: { verificationStatus: string } }>(
        `mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Repeated unprofessional conduct") { verificationStatus } }`,
        { id: doc.id },
        { token: admin.accessToken },
      );
      expect(suspended.data?.suspendClinician.verificationStatus).toBe('SUSPENDED');
      expect(GraphqlClient.codes(await t.client.request(ME, {}, { token: doc.accessToken }))).toEqual([
        'UNAUTHENTICATED',
      ]);
      const relogin = await t.client.request(
        `mutation { login(email: "${doc.email}", password: "${STRONG_PASSWORD}") { accessToken } }`,
      );
      expect(GraphqlClient.codes(relogin)).toEqual(['FORBIDDEN']);
      const live = await rows<{ n: number }>(
        t,
        'SELECT count(*)::int AS n FROM session WHERE clinician_id = $1 AND revoked_at IS NULL',
        [doc.id],
      );
      expect(live[0].n).toBe(0);
    });

    it('should treat a lapsed licence as EXPIRED at once, then sweep it and warn 30 days ahead', async () => {
      const lapsing = await register(t.client, 'Dr. Lapsing Licence');
      const lapsedLicense = await submitLicense(t.client, lapsing);
      await approveLicense(t.client, admin, lapsedLicense);
      const soon = await register(t.client, 'Dr. Expiring Soon');
      const soonLicense = await submitLicense(t.client, soon, { expiresOn: futureDate(10) });
      await approveLicense(t.client, admin, soonLicense);

      await t.database.dataSource.query(`UPDATE license SET expires_on = current_date - 1 WHERE id = $1`, [
        lapsedLicense,
      ]);
      const me = await t.client.request<{ me: { verificationStatus: string } }>(
        ME,
        {},
        { token: lapsing.accessToken },
      );
      expect(me.data?.me.verificationStatus).toBe('VERIFIED');
      const other = await t.client.request(
        `query C($id: ID!) { clinician(id: $id) { id } }`,
        { id: soon.id },
        {
          token: lapsing.accessToken,
        },
      );
      expect(GraphqlClient.codes(other)).toEqual(['NOT_VERIFIED']);

      const result = await t.api.app.get(LicenseExpiryService).sweep();
      expect(result).toMatchObject({ expiredLicenses: 1, expiredClinicians: 1 });
      expect(result?.expiringNotices).toBeGreaterThanOrEqual(1);
      const statuses = await rows<{ status: string; verification_status: string }>(
        t,
        'SELECT l.status, c.verification_status FROM license l JOIN clinician c ON c.id = l.clinician_id WHERE l.id = $1',
        [lapsedLicense],
      );
      expect(statuses).toEqual([{ status: 'EXPIRED', verification_status: 'EXPIRED' }]);
      const notices = await rows<{ kind: string }>(
        t,
        'SELECT kind FROM notification WHERE recipient_id = $1 ORDER BY created_at',
        [soon.id],
      );
      expect(notices.map((n) => n.kind)).toEqual(['LICENSE_REVIEWED', 'LICENSE_EXPIRING']);
      const again = await t.api.app.get(LicenseExpiryService).sweep();
      expect(again).toEqual({ expiredLicenses: 0, expiredClinicians: 0, expiringNotices: 0 });
      const audit = await rows<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LICENSE_EXPIRED' AND target_id = $1`,
        [lapsedLicense],
      );
      expect(audit[0].n).toBe(1);
    });
  });

  it('should page the audit log newest first for admins, and refuse to change an audit record', async () => {
    const first = await t.client.request<{
      auditLog: {
        edges: { node: { action: string; at: string; actor: { id: string } | null } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    }>(
      `{ auditLog(first: 3) { edges { node { action at actor { id } } } pageInfo { endCursor hasNextPage } } }`,
      {},
      { token: admin.accessToken },
    );
    const page = first.data!.auditLog;
    expect(page.edges).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await t.client.request<{ auditLog: { edges: { node: { at: string } }[] } }>(
      `query N($after: String) { auditLog(first: 3, after: $after) { edges { node { at } } } }`,
      { after: page.pageInfo.endCursor },
      { token: admin.accessToken },
    );
    const times = [...page.edges, ...next.data!.auditLog.edges].map((e) => Date.parse(e.node.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    await expect(t.database.dataSource.query(`UPDATE audit_event SET action = 'X'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});

describe('Registry match with automatic approval', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { REGISTRY_AUTO_APPROVE: 'true' } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('should verify a clinician at once when the NPPES registry matches in full, and audit it', async () => {
    const npi = nextNpi();
    const partialNpi = nextNpi();
    const columns = [
      'NPI',
      'Entity Type Code',
      'Provider Last Name (Legal Name)',
      'Provider First Name',
      'Provider License Number_1',
      'Provider License Number State Code_1',
      'Healthcare Provider Taxonomy Code_1',
      'NPI Deactivation Date',
    ];
    const csv = [
      columns.map((c) => `"${c}"`).join(','),
      `"${npi}","1","NAKAMURA","AIKO","MT-48213","MT","207Q00000X",""`,
      `"${partialNpi}","1","BRENNAN","COLM","WY-1001","WY","207Q00000X",""`,
    ].join('\n');
    const summary = await importRegistry(t.database.dataSource, Readable.from([csv]));
    expect(summary).toMatchObject({ individualsImported: 2 });

    const doc = await register(t.client, 'Dr. Aiko Nakamura');
    const res = await t.client.request<{ submitLicense: { status: string } }>(
      `mutation S($i: SubmitLicenseInput!) { submitLicense(input: $i) { status } }`,
      {
        i: { npi, jurisdiction: 'MT', licenseNumber: 'mt-48213', credential: 'MD', expiresOn: futureDate() },
      },
      { token: doc.accessToken },
    );
    expect(res.data?.submitLicense.status).toBe('VERIFIED');
    const me = await t.client.request<{ me: { verificationStatus: string } }>(
      ME,
      {},
      { token: doc.accessToken },
    );
    expect(me.data?.me.verificationStatus).toBe('VERIFIED');
    const audit = await t.database.dataSource.query<{ action: string; detail: { automatic?: boolean } }[]>(
      `SELECT action, detail FROM audit_event WHERE actor_id = $1 AND target_type = 'License' ORDER BY at`,
      [doc.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['LICENSE_SUBMITTED', 'LICENSE_APPROVED']);
    expect(audit[1].detail.automatic).toBe(true);

    const other = await register(t.client, 'Dr. Colm Brennan');
    const partial = await t.client.request<{ submitLicense: { status: string } }>(
      `mutation S($i: SubmitLicenseInput!) { submitLicense(input: $i) { status } }`,
      {
        i: {
          npi: partialNpi,
          jurisdiction: 'WY',
          licenseNumber: 'WY-9999',
          credential: 'MD',
          expiresOn: futureDate(),
        },
      },
      { token: other.accessToken },
    );
    expect(partial.data?.submitLicense.status).toBe('PENDING');
  });
});
