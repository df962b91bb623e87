import { ErrorCode } from '@curbside/core';
import {
  ADMIN_MATRIX_OPERATIONS,
  GraphqlClient,
  OK,
  approveLicense,
  createTestApp,
  lapseLicenses,
  login,
  matrixCallers,
  matrixRow,
  register,
  runPermissionCell,
  staleOperations,
  submitLicense,
  suspendClinicians,
  uncoveredOperations,
  type MatrixCaller,
  type Outcome,
  type PermissionCellSpec,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN_EMAIL = 'admin.matrix.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-admin-matrix-01';

const CALLERS = ['anonymous', 'unverified', 'pending', 'verified', 'suspended', 'expired', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];

const { UNAUTHENTICATED: UNAUTH, FORBIDDEN } = ErrorCode;

type Data = Record<string, unknown>;

type Caller = MatrixCaller<CallerName>;

/**
 * The admin console's operations: one row per operation, one column per caller. All are
 * administrators' only; a refused call changes nothing (not even an audit row).
 */
// prettier-ignore
const MATRIX: [string, ...Outcome[]][] = [
  //                   anonymous  unverified pending    verified   suspended  expired    admin
  ['adminDashboard',   UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['adminClinicians',  UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['auditLog',         UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['auditLogCsv',      UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
];

describe('Admin console permission matrix and behaviour', () => {
  let t: TestApp;
  let admin: Session;
  const callers = {} as Record<CallerName, Caller>;

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    t.client.request<Data>(query, variables, { token });

  async function asAdmin<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await gql(query, variables, admin.accessToken);
    if (res.errors || !res.data) throw new Error(`admin call failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  const OPERATIONS: Record<string, PermissionCellSpec<Caller>> = {
    adminDashboard: {
      unchanged: true,
      run: (c) =>
        gql(
          `{ adminDashboard { licenses { waiting waitingOverTwoDays oldestSubmittedAt } reports { open }
             overdueConsults responseWindowDays responseTimes { answered } signupsPerWeek { weekStart count } } }`,
          {},
          c.token,
        ),
      verify: (data) => {
        const d = data.adminDashboard as {
          licenses: { waiting: number };
          signupsPerWeek: { count: number }[];
          responseWindowDays: number;
        };
        // The pending caller's licence waits.
        expect(d.licenses.waiting).toBeGreaterThanOrEqual(1);
        expect(d.signupsPerWeek).toHaveLength(12);
        expect(d.signupsPerWeek.at(-1)!.count).toBeGreaterThanOrEqual(6);
        expect(d.responseWindowDays).toBe(30);
      },
    },
    adminClinicians: {
      unchanged: true,
      run: (c) =>
        gql(
          'query Q($i: ClinicianSearchInput) { adminClinicians(input: $i, first: 10) { edges { node { id email verificationStatus } } } }',
          { i: { search: 'matrix', status: 'SUSPENDED' } },
          c.token,
        ),
      verify: (data) => {
        const nodes = (data.adminClinicians as { edges: { node: { id: string } }[] }).edges.map(
          (e) => e.node,
        );
        expect(nodes.map((n) => n.id)).toEqual([callers.suspended.account.id]);
      },
    },
    auditLog: {
      unchanged: true,
      run: (c) =>
        gql(
          'query Q($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { edges { node { action targetId } } } }',
          { f: { action: 'CLINICIAN_SUSPENDED' } },
          c.token,
        ),
      verify: (data) => {
        const nodes = (data.auditLog as { edges: { node: { action: string; targetId: string } }[] }).edges;
        expect(nodes.map((e) => e.node)).toEqual([
          { action: 'CLINICIAN_SUSPENDED', targetId: callers.suspended.account.id },
        ]);
      },
    },
    auditLogCsv: {
      audits: ['AUDIT_LOG_EXPORTED'],
      run: (c) =>
        gql(
          'query Q($f: AuditLogFilter) { auditLogCsv(filter: $f) }',
          { f: { action: 'LICENSE_APPROVED' } },
          c.token,
        ),
      verify: (data) => {
        const lines = (data.auditLogCsv as string).trimEnd().split('\r\n');
        expect(lines[0]).toBe('at,action,actor_id,target_type,target_id');
        // verified, suspended and expired were approved
        expect(lines.slice(1)).toHaveLength(3);
        for (const line of lines.slice(1))
          expect(line).toMatch(/^[0-9T:.Z-]+,LICENSE_APPROVED,[0-9a-f-]{36},License,[0-9a-f-]{36}$/);
      },
    },
  };

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [bystander, unverified, pending, verified, suspended, expired] = await Promise.all(
      [
        'Dr. Bea Matrix Bystander',
        'Dr. Uma Matrix Unverified',
        'Dr. Pia Matrix Pending',
        'Dr. Vic Matrix Verified',
        'Dr. Sal Matrix Suspended',
        'Dr. Ezra Matrix Expired',
      ].map((name) => register(t.client, name)),
    );
    await submitLicense(t.client, pending);
    for (const who of [verified, suspended])
      await approveLicense(t.client, admin, await submitLicense(t.client, who));
    const expiredLicense = await submitLicense(t.client, expired);
    await approveLicense(t.client, admin, expiredLicense);
    await suspendClinicians(t.client, admin, [suspended]);
    const sweep = await lapseLicenses(t, [expiredLicense]);
    expect(sweep).toMatchObject({ expiredLicenses: 1, expiredClinicians: 1 });
    Object.assign(
      callers,
      matrixCallers(CALLERS, [bystander, unverified, pending, verified, suspended, expired, admin]),
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should cover every operation of the admin console and leave none of the schema uncovered', () => {
    const operations = MATRIX.map(([name]) => name);
    expect([...operations].sort()).toEqual([...ADMIN_MATRIX_OPERATIONS].sort());
    expect(uncoveredOperations()).toEqual([]);
    expect(staleOperations(operations)).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...operations].sort());
  });

  describe.each(MATRIX)('%s', (operation, ...outcomes) => {
    it.each(matrixRow(CALLERS, outcomes))('$title', async ({ caller, expected }) => {
      await runPermissionCell(t.database.dataSource, OPERATIONS[operation], callers[caller], expected);
    });
  });

  describe('behaviour', () => {
    it('should page clinicians alphabetically with no one twice and no one missed', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const data: {
          adminClinicians: {
            edges: { node: { displayName: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await asAdmin(
          'query Q($a: String) { adminClinicians(input: { search: "Matrix" }, first: 2, after: $a) { edges { node { displayName } } pageInfo { hasNextPage endCursor } } }',
          { a: after },
        );
        seen.push(...data.adminClinicians.edges.map((e) => e.node.displayName));
        if (!data.adminClinicians.pageInfo.hasNextPage) break;
        after = data.adminClinicians.pageInfo.endCursor;
      }
      // The administrator's address holds "matrix" too.
      expect(seen).toEqual([
        'Administrator',
        'Dr. Bea Matrix Bystander',
        'Dr. Ezra Matrix Expired',
        'Dr. Pia Matrix Pending',
        'Dr. Sal Matrix Suspended',
        'Dr. Uma Matrix Unverified',
        'Dr. Vic Matrix Verified',
      ]);
    });

    it('should find a clinician by part of an e-mail address, taking LIKE wildcards literally', async () => {
      const byEmail = await asAdmin<{ adminClinicians: { edges: { node: { id: string } }[] } }>(
        'query Q($s: String!) { adminClinicians(input: { search: $s }) { edges { node { id } } } }',
        { s: callers.pending.account.email.slice(0, 12).toUpperCase() },
      );
      expect(byEmail.adminClinicians.edges.map((e) => e.node.id)).toContain(callers.pending.account.id);
      const wildcard = await asAdmin<{ adminClinicians: { edges: unknown[] } }>(
        '{ adminClinicians(input: { search: "%_" }) { edges { node { id } } } }',
      );
      expect(wildcard.adminClinicians.edges).toEqual([]);
    });

    it('should narrow the audit log by actor, target and dates, and refuse a malformed filter without echoing it', async () => {
      const byActor = await asAdmin<{ auditLog: { edges: { node: { action: string } }[] } }>(
        'query Q($f: AuditLogFilter) { auditLog(filter: $f, first: 100) { edges { node { action } } } }',
        { f: { actorId: callers.pending.account.id } },
      );
      expect(new Set(byActor.auditLog.edges.map((e) => e.node.action))).toEqual(
        new Set(['CLINICIAN_REGISTERED', 'LICENSE_SUBMITTED']),
      );
      const future = new Date(Date.now() + 86_400_000).toISOString();
      const none = await asAdmin<{ auditLog: { edges: unknown[] } }>(
        'query Q($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { id } } } }',
        { f: { from: future } },
      );
      expect(none.auditLog.edges).toEqual([]);
      const byTarget = await asAdmin<{ auditLog: { edges: { node: { action: string } }[] } }>(
        'query Q($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { action } } } }',
        {
          f: {
            targetType: 'Clinician',
            targetId: callers.suspended.account.id,
            action: 'CLINICIAN_SUSPENDED',
          },
        },
      );
      expect(byTarget.auditLog.edges).toHaveLength(1);

      const secret = 'John Smith MRN 4839201';
      const bad = await gql(
        'query Q($f: AuditLogFilter) { auditLog(filter: $f) { edges { node { id } } } }',
        { f: { action: secret } },
        admin.accessToken,
      );
      expect(GraphqlClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(bad)).not.toContain('John Smith');
    });

    it('should count the dashboard figures from the data', async () => {
      const [row] = await t.database.dataSource.query<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM license WHERE status = 'PENDING'",
      );
      const data = await asAdmin<{
        adminDashboard: { licenses: { waiting: number }; reports: { open: number } };
      }>('{ adminDashboard { licenses { waiting } reports { open } } }');
      expect(data.adminDashboard.licenses.waiting).toBe(row.n);
      expect(data.adminDashboard.reports.open).toBe(0);
    });
  });
});
