import { AccountKeys } from '@curbside/clinicians';
import { ErrorCode } from '@curbside/core';
import { IDENTITY_MATRIX_OPERATIONS, staleOperations, uncoveredOperations } from '@curbside/testing';
import { LicenseExpiryService } from '@curbside/licensing';
import {
  GraphqlClient,
  OK,
  STRONG_PASSWORD,
  approveLicense,
  createTestApp,
  futureDate,
  login,
  matrixRow,
  nextLicenseNumber,
  nextNpi,
  register,
  runPermissionCell,
  submitLicense,
  type Outcome,
  type PermissionCellSpec,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN_EMAIL = 'matrix.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-matrix-01';

const CALLERS = ['anonymous', 'unverified', 'pending', 'verified', 'suspended', 'expired', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];

const { UNAUTHENTICATED: UNAUTH, FORBIDDEN, NOT_VERIFIED, BAD_USER_INPUT: BAD_INPUT } = ErrorCode;

interface Caller {
  name: CallerName;
  /** The account behind the caller; the anonymous caller only uses a bystander's credentials where a public operation needs some. */
  account: Session;
  password: string;
  /** The bearer token sent with every request of this caller (none for the anonymous caller). */
  token: string | undefined;
  /** What `me.verificationStatus` should say. */
  status: string;
}

/** Tokens or values an operation needs, made before the "nothing changed" snapshot is taken. */
interface Prepared {
  token?: string;
  refreshToken?: string;
  email?: string;
  resetToken?: string;
}

type Data = Record<string, unknown>;

type OperationSpec = PermissionCellSpec<Caller, Prepared>;

/**
 * The permission matrix of the identity issue, one row per operation and one column per caller.
 * Rows run top to bottom: operations that change the caller's own state come last, and admin-only
 * mutations act on throwaway targets in the admin column, which runs last in its row.
 */
// prettier-ignore
const MATRIX: [string, ...Outcome[]][] = [
  //                           anonymous  unverified    pending       verified   suspended  expired       admin
  ['specialties',              OK,        OK,           OK,           OK,        OK,        OK,           OK],
  ['register',                 OK,        OK,           OK,           OK,        OK,        OK,           OK],
  ['login with a wrong password', UNAUTH, UNAUTH,       UNAUTH,       UNAUTH,    UNAUTH,    UNAUTH,       UNAUTH],
  ['login',                    OK,        OK,           OK,           OK,        FORBIDDEN, OK,           OK],
  ['refreshSession',           OK,        OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['me',                       UNAUTH,    OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['clinician (themself)',     UNAUTH,    OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['clinician (someone else)', UNAUTH,    NOT_VERIFIED, NOT_VERIFIED, OK,        UNAUTH,    NOT_VERIFIED, OK],
  ['previewDeidentification',  UNAUTH,    OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['verificationQueue',        UNAUTH,    FORBIDDEN,    FORBIDDEN,    FORBIDDEN, UNAUTH,    FORBIDDEN,    OK],
  ['auditLog',                 UNAUTH,    FORBIDDEN,    FORBIDDEN,    FORBIDDEN, UNAUTH,    FORBIDDEN,    OK],
  ['updateProfile',            UNAUTH,    OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['reviewLicense',            UNAUTH,    FORBIDDEN,    FORBIDDEN,    FORBIDDEN, UNAUTH,    FORBIDDEN,    OK],
  ['suspendClinician',         UNAUTH,    FORBIDDEN,    FORBIDDEN,    FORBIDDEN, UNAUTH,    FORBIDDEN,    OK],
  ['logout',                   UNAUTH,    OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['submitLicense',            UNAUTH,    OK,           OK,           OK,        UNAUTH,    OK,           OK],
  ['requestPasswordReset (an unknown address)', OK, OK,   OK,           OK,        OK,        OK,           OK],
  ['resetPassword with a forged token', BAD_INPUT, BAD_INPUT, BAD_INPUT, BAD_INPUT, BAD_INPUT, BAD_INPUT, BAD_INPUT],
  // last: it changes the caller's password and revokes their sessions
  ['resetPassword',            OK,        OK,           OK,           OK,        FORBIDDEN, OK,           OK],
];

const NEW_PASSWORD = 'a-brand-new-password-after-reset-77';

const ME = `query { me { id email verificationStatus } }`;

/** The payload's clinician with the fields that have their own resolvers (and so their own guard). */
const PAYLOAD_CLINICIAN = 'clinician { id verificationStatus email specialties { code } licenses { id } }';

/**
 * The clinician of an AuthPayload must be readable by whoever just signed in, with or without a token
 * on the request: a refused field would null the whole payload and lose the new tokens. The rest of
 * the request is answered as the new session, so its private `email` is the real address, whoever
 * sent the request (the email resolver answers null, never an error, to anyone else).
 */
function expectPayloadClinician(payload: unknown, id: string | undefined, email: string): void {
  const clinician = (payload as { clinician: { id: string; email: string | null; specialties: unknown } })
    .clinician;
  if (id) expect(clinician.id).toBe(id);
  expect(email).toMatch(/^[^@\s]+@[^@\s]+$/);
  expect(clinician.email).toBe(email);
  expect(clinician.specialties).toEqual(expect.any(Array));
}

function yesterdayUtc(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

describe('Identity permission matrix', () => {
  let t: TestApp;
  let admin: Session;
  const callers = {} as Record<CallerName, Caller>;
  /** A verified clinician who is none of the callers. */
  let other: Session;
  /** A pending licence for the admin-only reviewLicense row. */
  let applicantLicenseId: string;
  /** A clinician for the admin-only suspendClinician row. */
  let suspect: Session;

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    t.client.request<Data>(query, variables, { token });

  /** A second session of the caller's own account (the anonymous caller signs in as the bystander). */
  async function secondSession(caller: Caller): Promise<Session> {
    return login(t.client, caller.account.email, caller.password);
  }

  const OPERATIONS: Record<string, OperationSpec> = {
    specialties: {
      unchanged: true,
      run: (c) => gql('{ specialties { id code name } }', {}, c.token),
      verify: (data) => {
        expect((data.specialties as unknown[]).length).toBeGreaterThan(0);
      },
    },
    register: {
      audits: ['CLINICIAN_REGISTERED'],
      prepare: (c) =>
        Promise.resolve({ email: `matrix.${c.name}.${Math.random().toString(36).slice(2, 8)}@clinic.test` }),
      run: (c, p) =>
        gql(
          `mutation R($i: RegisterInput!) { register(input: $i) { accessToken refreshToken ${PAYLOAD_CLINICIAN} } }`,
          {
            i: {
              email: p.email,
              password: STRONG_PASSWORD,
              displayName: `Dr. Matrix ${c.name}`,
            },
          },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.register).toMatchObject({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
          clinician: { verificationStatus: 'UNVERIFIED', licenses: [] },
        });
        expectPayloadClinician(data.register, undefined, p.email!);
      },
    },
    'login with a wrong password': {
      refusalAudits: ['LOGIN_FAILED'],
      run: (c) =>
        gql(
          'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
          { e: c.account.email, p: `${c.password}-not-it` },
          c.token,
        ),
    },
    login: {
      audits: ['LOGIN_SUCCEEDED'],
      refusalAudits: ['LOGIN_FAILED'],
      run: (c) =>
        gql(
          `mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken ${PAYLOAD_CLINICIAN} } }`,
          { e: c.account.email, p: c.password },
          c.token,
        ),
      verify: (data, c) => {
        expect(data.login).toMatchObject({
          accessToken: expect.any(String),
          refreshToken: expect.any(String),
        });
        expectPayloadClinician(data.login, c.account.id, c.account.email);
      },
    },
    refreshSession: {
      prepare: async (c) =>
        c.name === 'suspended'
          ? { refreshToken: c.account.refreshToken }
          : { refreshToken: (await secondSession(c)).refreshToken },
      run: (c, p) =>
        gql(
          `mutation F($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken ${PAYLOAD_CLINICIAN} } }`,
          { r: p.refreshToken },
          c.token,
        ),
      verify: (data, c, p) => {
        const payload = data.refreshSession as { refreshToken: string };
        expect(payload.refreshToken).not.toBe(p.refreshToken);
        expectPayloadClinician(payload, c.account.id, c.account.email);
      },
    },
    me: {
      unchanged: true,
      run: (c) => gql(ME, {}, c.token),
      verify: (data, c) => {
        expect(data.me).toEqual({ id: c.account.id, email: c.account.email, verificationStatus: c.status });
      },
    },
    'clinician (themself)': {
      unchanged: true,
      run: (c) => gql('query C($id: ID!) { clinician(id: $id) { id email } }', { id: c.account.id }, c.token),
      verify: (data, c) => {
        expect(data.clinician).toEqual({ id: c.account.id, email: c.account.email });
      },
    },
    'clinician (someone else)': {
      unchanged: true,
      run: (c) =>
        gql(
          'query C($id: ID!) { clinician(id: $id) { id email licenses { id } } }',
          { id: other.id },
          c.token,
        ),
      verify: (data, c) => {
        const seen = data.clinician as { id: string; email: string | null; licenses: unknown[] };
        expect(seen.id).toBe(other.id);
        if (c.name === 'admin') {
          expect(seen.email).toBe(other.email);
          expect(seen.licenses).toHaveLength(1);
        } else {
          expect(seen).toEqual({ id: other.id, email: null, licenses: [] });
        }
      },
    },
    previewDeidentification: {
      unchanged: true,
      run: (c) =>
        gql(
          'query P($text: String!) { previewDeidentification(text: $text) { text findings { category } } }',
          { text: 'Call the daughter on 406-555-0175 tonight.' },
          c.token,
        ),
      verify: (data) => {
        expect(JSON.stringify(data)).not.toContain('555-0175');
      },
    },
    verificationQueue: {
      unchanged: true,
      run: (c) => gql('{ verificationQueue(first: 100) { edges { node { id } } } }', {}, c.token),
      verify: (data) => {
        const queue = data.verificationQueue as { edges: { node: { id: string } }[] };
        expect(queue.edges.map((e) => e.node.id)).toContain(applicantLicenseId);
      },
    },
    auditLog: {
      unchanged: true,
      run: (c) => gql('{ auditLog(first: 5) { edges { node { id action } } } }', {}, c.token),
      verify: (data) => {
        expect((data.auditLog as { edges: unknown[] }).edges).toHaveLength(5);
      },
    },
    updateProfile: {
      audits: ['PROFILE_UPDATED'],
      run: (c) =>
        gql(
          'mutation U($i: UpdateProfileInput!) { updateProfile(input: $i) { id acceptingConsults state } }',
          { i: { acceptingConsults: true, state: 'MT' } },
          c.token,
        ),
      verify: (data, c) => {
        expect(data.updateProfile).toEqual({ id: c.account.id, acceptingConsults: true, state: 'MT' });
      },
    },
    reviewLicense: {
      audits: ['LICENSE_APPROVED'],
      run: (c) =>
        gql(
          'mutation A($i: ReviewLicenseInput!) { reviewLicense(input: $i) { id status } }',
          { i: { licenseId: applicantLicenseId, decision: 'APPROVE' } },
          c.token,
        ),
      verify: (data) => {
        expect(data.reviewLicense).toEqual({ id: applicantLicenseId, status: 'VERIFIED' });
      },
    },
    suspendClinician: {
      audits: ['CLINICIAN_SUSPENDED'],
      run: (c) =>
        gql(
          'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Matrix test") { id verificationStatus } }',
          { id: suspect.id },
          c.token,
        ),
      verify: (data) => {
        expect(data.suspendClinician).toEqual({ id: suspect.id, verificationStatus: 'SUSPENDED' });
      },
    },
    logout: {
      audits: ['SESSION_REVOKED'],
      // Each caller signs out a second session, so their own session stays usable for later rows.
      prepare: async (c) => {
        if (c.name === 'anonymous') return {};
        if (c.name === 'suspended') return { token: c.account.accessToken };
        return { token: (await secondSession(c)).accessToken };
      },
      run: (_c, p) => gql('mutation { logout }', {}, p.token),
      verify: async (data, c, p) => {
        expect(data.logout).toBe(true);
        expect(GraphqlClient.codes(await gql(ME, {}, p.token))).toEqual([UNAUTH]);
        expect((await gql(ME, {}, c.token)).errors).toBeUndefined();
      },
    },
    'requestPasswordReset (an unknown address)': {
      unchanged: true,
      run: (c) =>
        gql(
          'mutation Q($e: String!) { requestPasswordReset(email: $e) }',
          { e: `nobody.${c.name}.${Math.random().toString(36).slice(2, 8)}@clinic.test` },
          c.token,
        ),
      verify: (data) => {
        expect(data.requestPasswordReset).toBe(true);
      },
    },
    'resetPassword with a forged token': {
      run: (c) =>
        gql(
          'mutation R($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { accessToken } }',
          { t: `forged-${c.name}-${'x'.repeat(30)}`, p: NEW_PASSWORD },
          c.token,
        ),
    },
    resetPassword: {
      audits: ['PASSWORD_RESET_COMPLETED'],
      // a real link of the caller's account, its token derived as the reset e-mail derives it
      prepare: async (c) => {
        const keys = t.api.app.get(AccountKeys);
        const [row] = await t.database.dataSource.query<{ id: string; nonce: string }[]>(
          `INSERT INTO password_reset (clinician_id, nonce, token_hash, expires_at)
           VALUES ($1, md5(random()::text), md5(random()::text), now() + interval '1 hour') RETURNING id, nonce`,
          [c.account.id],
        );
        const resetToken = keys.resetToken(row.id, row.nonce);
        await t.database.dataSource.query('UPDATE password_reset SET token_hash = $2 WHERE id = $1', [
          row.id,
          AccountKeys.tokenHash(resetToken),
        ]);
        return { resetToken };
      },
      run: (c, p) =>
        gql(
          `mutation R($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { accessToken refreshToken ${PAYLOAD_CLINICIAN} } }`,
          { t: p.resetToken, p: NEW_PASSWORD },
          c.token,
        ),
      verify: async (data, c) => {
        expectPayloadClinician(data.resetPassword, c.account.id, c.account.email);
        const fresh = (data.resetPassword as { accessToken: string }).accessToken;
        expect((await gql(ME, {}, fresh)).errors).toBeUndefined();
        // every earlier session of the account is gone
        expect(GraphqlClient.codes(await gql(ME, {}, c.account.accessToken))).toEqual([UNAUTH]);
      },
    },
    submitLicense: {
      audits: ['LICENSE_SUBMITTED'],
      run: (c) =>
        gql(
          'mutation S($i: SubmitLicenseInput!) { submitLicense(input: $i) { id status registryMatch clinician { id } } }',
          {
            i: {
              npi: nextNpi(),
              jurisdiction: 'WY',
              licenseNumber: nextLicenseNumber(),
              credential: 'MD',
              expiresOn: futureDate(),
            },
          },
          c.token,
        ),
      verify: (data, c) => {
        expect(data.submitLicense).toMatchObject({ status: 'PENDING', clinician: { id: c.account.id } });
        // The registry verdict is for administrators' eyes only.
        if (c.name !== 'admin')
          expect((data.submitLicense as { registryMatch: unknown }).registryMatch).toBeNull();
      },
    },
  };

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
        PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR: '1000',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [bystander, unverified, pending, verified, suspended, expired, otherOne, applicant, suspectOne] =
      await Promise.all(
        [
          'Dr. Bea Bystander',
          'Dr. Uma Unverified',
          'Dr. Pia Pending',
          'Dr. Vic Verified',
          'Dr. Sal Suspended',
          'Dr. Ezra Expired',
          'Dr. Otto Other',
          'Dr. Abe Applicant',
          'Dr. Sid Suspect',
        ].map((name) => register(t.client, name)),
      );
    other = otherOne;
    suspect = suspectOne;
    await submitLicense(t.client, pending);
    applicantLicenseId = await submitLicense(t.client, applicant);
    for (const who of [verified, suspended, otherOne])
      await approveLicense(t.client, admin, await submitLicense(t.client, who));
    const expiredLicense = await submitLicense(t.client, expired);
    await approveLicense(t.client, admin, expiredLicense);

    const suspension = await gql(
      'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Matrix caller") { verificationStatus } }',
      { id: suspended.id },
      admin.accessToken,
    );
    expect(suspension.errors).toBeUndefined();

    await t.database.dataSource.query('UPDATE license SET expires_on = $2::date WHERE id = $1', [
      expiredLicense,
      yesterdayUtc(),
    ]);
    const sweep = await t.api.app.get(LicenseExpiryService).sweep();
    expect(sweep).toMatchObject({ expiredLicenses: 1, expiredClinicians: 1 });

    const as = (
      name: CallerName,
      account: Session,
      status: string,
      token: string | null = account.accessToken,
      password = STRONG_PASSWORD,
    ): Caller => ({ name, account, password, token: token ?? undefined, status });
    Object.assign(callers, {
      anonymous: as('anonymous', bystander, 'UNVERIFIED', null),
      unverified: as('unverified', unverified, 'UNVERIFIED'),
      pending: as('pending', pending, 'PENDING'),
      verified: as('verified', verified, 'VERIFIED'),
      suspended: as('suspended', suspended, 'SUSPENDED'),
      expired: as('expired', expired, 'EXPIRED'),
      admin: as('admin', { ...admin, email: ADMIN_EMAIL }, 'VERIFIED', admin.accessToken, ADMIN_PASSWORD),
    } satisfies Record<CallerName, Caller>);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should cover every operation of the printed schema that no other permission suite covers', () => {
    const operations = [...new Set(MATRIX.map(([name]) => name.replace(/ .*$/, '')))];
    expect(operations.sort()).toEqual([...IDENTITY_MATRIX_OPERATIONS].sort());
    expect(uncoveredOperations()).toEqual([]);
    expect(staleOperations(operations)).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual(MATRIX.map(([name]) => name).sort());
  });

  describe.each(MATRIX)('%s', (operation, ...outcomes) => {
    it.each(matrixRow(CALLERS, outcomes))('$title', async ({ caller, expected }) => {
      await runPermissionCell(t.database.dataSource, OPERATIONS[operation], callers[caller], expected);
    });
  });
});
