import { ErrorCode } from '@curbside/core';
import { NPPES_COLUMNS, RegistryImportService } from '@curbside/licensing';
import {
  MODERATION_MATRIX_OPERATIONS,
  OK,
  approveLicense,
  createTestApp,
  lapseLicenses,
  login,
  matrixCallers,
  matrixRow,
  register,
  runPermissionCell,
  setBackToUnverified,
  staleOperations,
  submitLicense,
  suspendClinicians,
  uncoveredOperations,
  verifiedClinician,
  type MatrixCaller,
  type Outcome,
  type PermissionCellSpec,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ADMIN_EMAIL = 'moderation.matrix.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-moderation-matrix-01';

const CALLERS = ['anonymous', 'unverified', 'pending', 'verified', 'suspended', 'expired', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];

const { UNAUTHENTICATED: UNAUTH, FORBIDDEN, NOT_VERIFIED: NOT_VER } = ErrorCode;

type Data = Record<string, unknown>;

type Caller = MatrixCaller<CallerName>;

/** Content a caller made while verified, held by a PHI report; the refusals aim at it. */
interface Standing {
  caseId: string;
  replyId: string;
  /** The open PHI report that holds `caseId`. */
  reportId: string;
}

const STANDING_OWNERS = ['unverified', 'pending', 'suspended', 'expired'] as const;
type StandingOwner = (typeof STANDING_OWNERS)[number];

interface Prepared {
  caseId?: string;
  replyId?: string;
  reportId?: string;
  clinicianId?: string;
  ids?: string[];
  path?: string;
  licenseId?: string;
}

type OperationSpec = PermissionCellSpec<Caller, Prepared>;

/**
 * The permission matrix of issue #18: moderation that repairs, verification at scale and registry
 * imports, one row per operation and one column per caller. Refused cells aim at what the caller
 * would otherwise be entitled to touch (their own held case or reply, made while they were verified).
 */
// prettier-ignore
const MATRIX: [string, ...Outcome[]][] = [
  //                      anonymous  unverified pending    verified   suspended  expired    admin
  ['myHeldContent',       UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['clinicianModeration', UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['licenseReviewQueue',  UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['registryImports',     UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['registryImport',      UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  // An administrator reads held content but only its author rewrites it.
  ['editHeldCase',        UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   FORBIDDEN],
  ['editHeldReply',       UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   FORBIDDEN],
  ['redactCase',          UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['redactReply',         UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['restoreContent',      UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['returnToAuthor',      UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['reinstateClinician',  UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['reviewLicenses',      UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['startRegistryImport', UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
  ['clearLicenseFlag',    UNAUTH,    FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTH,    FORBIDDEN, OK],
];

const CASE_TEXT = {
  title: 'Recurrent syncope on exertion',
  body: 'Collapsed twice while walking uphill; murmur at the right upper sternal border.',
  tags: ['cardiology'],
};

describe('Moderation permission matrix', () => {
  let t: TestApp;
  let admin: Session;
  /** A verified clinician of no part in the matrix: reports content and owns what admins act on. */
  let other: Session;
  const callers = {} as Record<CallerName, Caller>;
  const standing = {} as Record<'bystander' | StandingOwner | 'verified', Standing>;
  let ward: string;
  /** A suspended clinician no caller is: the refused reinstatements aim at them. */
  let benched: Session;
  /** Two pending licences the refused batch decisions aim at. */
  let pendingLicenses: string[];
  /** A finished registry import. */
  let importId: string;
  let importCount = 0;
  /** A licence whose registry expiry differs: the refused flag clearings aim at it. */
  let flaggedLicense: string;

  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    t.client.request<Data>(query, variables, { token });

  async function must<T>(
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await gql(query, variables, session.accessToken);
    if (res.errors || !res.data) throw new Error(`fixture failed: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async function createCase(session: Session): Promise<string> {
    const data = await must<{ createCase: { id: string } }>(
      session,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { channelId: ward, ...CASE_TEXT } },
    );
    return data.createCase.id;
  }

  async function replyTo(session: Session, caseId: string): Promise<string> {
    const data = await must<{ replyToCase: { id: string } }>(
      session,
      'mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }',
      { i: { caseId, body: 'Exertional syncope with that murmur: think aortic stenosis first.' } },
    );
    return data.replyToCase.id;
  }

  async function reportPhi(target: { caseId?: string; replyId?: string }): Promise<string> {
    const data = await must<{ reportContent: { id: string } }>(
      other,
      'mutation R($i: ReportInput!) { reportContent(input: $i) { id } }',
      { i: { ...target, reason: 'PHI_SUSPECTED' } },
    );
    return data.reportContent.id;
  }

  /** A case and a reply by `owner` (the reply on `other`'s case), both held by PHI reports. */
  async function makeStanding(owner: Session): Promise<Standing> {
    const caseId = await createCase(owner);
    const replyId = await replyTo(owner, await createCase(other));
    const reportId = await reportPhi({ caseId });
    await reportPhi({ replyId });
    return { caseId, replyId, reportId };
  }

  async function heldCaseOfOther(): Promise<{ caseId: string; reportId: string }> {
    const caseId = await createCase(other);
    const reportId = await must<{ reportContent: { id: string } }>(
      admin,
      'mutation R($i: ReportInput!) { reportContent(input: $i) { id } }',
      { i: { caseId, reason: 'PHI_SUSPECTED' } },
    );
    return { caseId, reportId: reportId.reportContent.id };
  }

  /** A pending licence of a new applicant, flagged as if an import had found another expiry. */
  async function flaggedLicenseOf(name: string): Promise<string> {
    const id = await submitLicense(t.client, await register(t.client, name));
    await t.database.dataSource.query(
      "UPDATE license SET flag = 'EXPIRY_MISMATCH', flagged_at = now() WHERE id = $1",
      [id],
    );
    return id;
  }

  const canWrite = (c: Caller): boolean => c.name === 'verified' || c.name === 'admin';

  function standingOf(c: Caller): Standing {
    if (c.name === 'anonymous') return standing.bystander;
    if (c.name === 'verified') return standing.verified;
    if ((STANDING_OWNERS as readonly string[]).includes(c.name)) return standing[c.name as StandingOwner];
    return standing.bystander;
  }

  function writeImportFile(): string {
    const dir = join(t.config.DATA_DIR, 'registry');
    mkdirSync(dir, { recursive: true });
    const header = [
      NPPES_COLUMNS.npi,
      NPPES_COLUMNS.entityType,
      NPPES_COLUMNS.lastName,
      NPPES_COLUMNS.firstName,
      NPPES_COLUMNS.deactivationDate,
      NPPES_COLUMNS.licenseNumber(1),
      NPPES_COLUMNS.licenseState(1),
    ];
    const rows = [header, ['1234567893', '1', 'WREN', 'TOBIAS', '', 'MD-1', 'MT']];
    const name = `nppes-${++importCount}.csv`;
    writeFileSync(join(dir, name), rows.map((r) => `${r.map((f) => `"${f}"`).join(',')}\n`).join(''));
    return name;
  }

  const OPERATIONS: Record<string, OperationSpec> = {
    myHeldContent: {
      unchanged: true,
      run: (c) => gql('{ myHeldContent { id stage case { id title } reply { id } } }', {}, c.token),
      verify: (data, c) => {
        const rows = data.myHeldContent as { id: string; case: { id: string } | null }[];
        if (c.name === 'verified') {
          expect(rows.map((r) => r.case?.id)).toContain(standing.verified.caseId);
        } else expect(rows).toEqual([]);
      },
    },
    clinicianModeration: {
      unchanged: true,
      run: (c) =>
        gql(
          `query M($id: ID!) { clinicianModeration(clinicianId: $id) {
             clinician { id licenses { id } } reportsFiled { id } reportsAgainst { id } history { action } } }`,
          { id: other.id },
          c.token,
        ),
      verify: (data) => {
        const view = data.clinicianModeration as {
          clinician: { id: string; licenses: unknown[] };
          reportsFiled: unknown[];
        };
        expect(view.clinician.id).toBe(other.id);
        expect(view.clinician.licenses).toHaveLength(1);
        expect(view.reportsFiled.length).toBeGreaterThan(0);
      },
    },
    licenseReviewQueue: {
      unchanged: true,
      run: (c) =>
        gql(
          `{ licenseReviewQueue(first: 100) { edges { node { id status registryComparison { score npi } } } } }`,
          {},
          c.token,
        ),
      verify: (data) => {
        const ids = (data.licenseReviewQueue as { edges: { node: { id: string } }[] }).edges.map(
          (e) => e.node.id,
        );
        expect(ids).toEqual(expect.arrayContaining(pendingLicenses));
      },
    },
    registryImports: {
      unchanged: true,
      run: (c) => gql('{ registryImports { id status rowsRead } }', {}, c.token),
      verify: (data) => {
        expect((data.registryImports as { id: string }[]).map((r) => r.id)).toContain(importId);
      },
    },
    registryImport: {
      unchanged: true,
      run: (c) =>
        gql(
          'query I($id: ID!) { registryImport(id: $id) { id status individualsImported } }',
          { id: importId },
          c.token,
        ),
      verify: (data) => {
        expect(data.registryImport).toEqual({ id: importId, status: 'SUCCEEDED', individualsImported: 1 });
      },
    },
    editHeldCase: {
      audits: ['HELD_CONTENT_EDITED'],
      prepare: async (c) => {
        if (c.name === 'verified') {
          const caseId = await createCase(c.account);
          await reportPhi({ caseId });
          return { caseId };
        }
        if (c.name === 'admin') return { caseId: (await heldCaseOfOther()).caseId };
        return { caseId: standingOf(c).caseId };
      },
      run: (c, p) =>
        gql(
          'mutation E($i: EditHeldCaseInput!) { editHeldCase(input: $i) { id body hold { stage } } }',
          { i: { caseId: p.caseId, body: 'Collapsed twice on exertion; no identifying details now.' } },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.editHeldCase).toEqual({
          id: p.caseId,
          body: 'Collapsed twice on exertion; no identifying details now.',
          hold: { stage: 'EDITED_BY_AUTHOR' },
        });
      },
    },
    editHeldReply: {
      audits: ['HELD_CONTENT_EDITED'],
      prepare: async (c) => {
        if (c.name === 'verified') {
          const replyId = await replyTo(c.account, await createCase(other));
          await reportPhi({ replyId });
          return { replyId };
        }
        if (c.name === 'admin') {
          const replyId = await replyTo(other, await createCase(other));
          await must(admin, 'mutation R($i: ReportInput!) { reportContent(input: $i) { id } }', {
            i: { replyId, reason: 'PHI_SUSPECTED' },
          });
          return { replyId };
        }
        return { replyId: standingOf(c).replyId };
      },
      run: (c, p) =>
        gql(
          'mutation E($i: EditHeldReplyInput!) { editHeldReply(input: $i) { id body } }',
          { i: { replyId: p.replyId, body: 'Think aortic stenosis first; echo it.' } },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.editHeldReply).toEqual({ id: p.replyId, body: 'Think aortic stenosis first; echo it.' });
      },
    },
    redactCase: {
      audits: ['CONTENT_REDACTED'],
      prepare: async (c) => ({ caseId: canWrite(c) ? await createCase(other) : standingOf(c).caseId }),
      run: (c, p) =>
        gql(
          'mutation R($i: RedactCaseInput!) { redactCase(input: $i) { id body } }',
          { i: { caseId: p.caseId, field: 'BODY', start: 0, end: 9, category: 'NAME' } },
          c.token,
        ),
      verify: (data) => {
        const body = (data.redactCase as { body: string }).body;
        expect(body.startsWith('[NAME] twice while walking uphill')).toBe(true);
        expect(body.endsWith('sternal border.')).toBe(true);
      },
    },
    redactReply: {
      audits: ['CONTENT_REDACTED'],
      prepare: async (c) => ({
        replyId: canWrite(c) ? await replyTo(other, await createCase(other)) : standingOf(c).replyId,
      }),
      run: (c, p) =>
        gql(
          'mutation R($i: RedactReplyInput!) { redactReply(input: $i) { id body } }',
          { i: { replyId: p.replyId, start: 0, end: 9, category: 'OTHER_ID' } },
          c.token,
        ),
      verify: (data) => {
        const body = (data.redactReply as { body: string }).body;
        expect(body.startsWith('[OTHER_ID] syncope with that murmur')).toBe(true);
      },
    },
    restoreContent: {
      audits: ['REPORT_RESOLVED'],
      prepare: async (c) => ({
        reportId: canWrite(c) ? (await heldCaseOfOther()).reportId : standingOf(c).reportId,
      }),
      run: (c, p) =>
        gql(
          'mutation R($id: ID!) { restoreContent(reportId: $id) { id status outcome } }',
          { id: p.reportId },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.restoreContent).toEqual({ id: p.reportId, status: 'DISMISSED', outcome: 'DISMISSED' });
      },
    },
    returnToAuthor: {
      audits: ['REPORT_RETURNED'],
      prepare: async (c) => ({
        reportId: canWrite(c) ? (await heldCaseOfOther()).reportId : standingOf(c).reportId,
      }),
      run: (c, p) =>
        gql(
          'mutation R($id: ID!, $n: String!) { returnToAuthor(reportId: $id, note: $n) { id stage returnNote } }',
          { id: p.reportId, n: 'Please remove the town and the date of the fall.' },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.returnToAuthor).toMatchObject({ id: p.reportId, stage: 'RETURNED_TO_AUTHOR' });
      },
    },
    reinstateClinician: {
      audits: ['CLINICIAN_REINSTATED'],
      prepare: async (c) => {
        if (!canWrite(c)) return { clinicianId: benched.id };
        const fresh = await verifiedClinician(t.client, admin, 'Dr. Rea Instated');
        await must(
          admin,
          'mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Matrix") { id } }',
          {
            id: fresh.id,
          },
        );
        return { clinicianId: fresh.id };
      },
      run: (c, p) =>
        gql(
          'mutation R($id: ID!) { reinstateClinician(clinicianId: $id, reason: "Appeal upheld") { id verificationStatus } }',
          { id: p.clinicianId },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.reinstateClinician).toEqual({ id: p.clinicianId, verificationStatus: 'VERIFIED' });
      },
    },
    reviewLicenses: {
      audits: ['LICENSE_APPROVED', 'LICENSE_APPROVED'],
      prepare: async (c) => {
        if (!canWrite(c)) return { ids: pendingLicenses };
        const ids = [];
        for (const name of ['Dr. Bat Chone', 'Dr. Bat Chtwo']) {
          ids.push(await submitLicense(t.client, await register(t.client, name)));
        }
        return { ids };
      },
      run: (c, p) =>
        gql(
          `mutation B($i: ReviewLicensesInput!) { reviewLicenses(input: $i) {
             reviewed { id status } skipped { licenseId code } } }`,
          { i: { licenseIds: p.ids, decision: 'APPROVE' } },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.reviewLicenses).toEqual({
          reviewed: p.ids!.map((id) => ({ id, status: 'VERIFIED' })),
          skipped: [],
        });
      },
    },
    clearLicenseFlag: {
      audits: ['LICENSE_FLAG_CLEARED'],
      prepare: async (c) => ({
        licenseId: canWrite(c) ? await flaggedLicenseOf('Dr. Flo Cleared') : flaggedLicense,
      }),
      run: (c, p) =>
        gql(
          'mutation F($id: ID!) { clearLicenseFlag(licenseId: $id, reason: "Renewal confirmed by phone") { id flag flaggedAt } }',
          { id: p.licenseId },
          c.token,
        ),
      verify: (data, _c, p) => {
        expect(data.clearLicenseFlag).toEqual({ id: p.licenseId, flag: null, flaggedAt: null });
      },
    },
    startRegistryImport: {
      audits: ['REGISTRY_IMPORT_STARTED', 'REGISTRY_IMPORT_FINISHED'],
      prepare: () => Promise.resolve({ path: writeImportFile() }),
      run: async (c, p) => {
        const res = await gql(
          'mutation S($p: String!) { startRegistryImport(path: $p) { id status source } }',
          { p: p.path },
          c.token,
        );
        // The import runs in the background: wait for it so that its records are this cell's.
        await t.api.app.get(RegistryImportService).idle();
        return res;
      },
      verify: (data) => {
        expect(data.startRegistryImport).toMatchObject({ status: 'QUEUED', source: 'SERVER_PATH' });
      },
    },
  };

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
        MODERATION_MAX_OPEN_PHI_REPORTS_PER_DAY: '1000',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [bystander, unverified, pending, verified, suspended, expired] = await Promise.all(
      [
        'Dr. Bea Bystander',
        'Dr. Uma Unverified',
        'Dr. Pia Pending',
        'Dr. Vic Verified',
        'Dr. Sal Suspended',
        'Dr. Ezra Expired',
      ].map((name) => register(t.client, name)),
    );
    other = await verifiedClinician(t.client, admin, 'Dr. Otto Other');
    benched = await verifiedClinician(t.client, admin, 'Dr. Ben Benched');
    for (const who of [verified, suspended, unverified])
      await approveLicense(t.client, admin, await submitLicense(t.client, who));
    const lapsing = [await submitLicense(t.client, expired), await submitLicense(t.client, pending)];
    for (const license of lapsing) await approveLicense(t.client, admin, license);

    ward = (
      await must<{ createChannel: { id: string } }>(
        admin,
        'mutation C($i: CreateChannelInput!) { createChannel(input: $i) { id } }',
        { i: { slug: 'moderation-ward', name: 'Moderation ward' } },
      )
    ).createChannel.id;

    standing.bystander = await makeStanding(other);
    standing.verified = await makeStanding(verified);
    const owners = { unverified, pending, suspended, expired } satisfies Record<StandingOwner, Session>;
    for (const name of STANDING_OWNERS) standing[name] = await makeStanding(owners[name]);

    await suspendClinicians(t.client, admin, [suspended, benched]);
    const sweep = await lapseLicenses(t, lapsing);
    expect(sweep).toMatchObject({ expiredLicenses: 2, expiredClinicians: 2 });
    const renewal = await submitLicense(t.client, pending);
    pendingLicenses = [renewal, await submitLicense(t.client, await register(t.client, 'Dr. Wai Ting'))];
    await setBackToUnverified(t.database.dataSource, unverified.id);

    const started = await must<{ startRegistryImport: { id: string } }>(
      admin,
      'mutation S($p: String!) { startRegistryImport(path: $p) { id } }',
      { p: writeImportFile() },
    );
    importId = started.startRegistryImport.id;
    flaggedLicense = await flaggedLicenseOf('Dr. Fay Flagged');
    await t.api.app.get(RegistryImportService).idle();

    Object.assign(
      callers,
      matrixCallers(CALLERS, [bystander, unverified, pending, verified, suspended, expired, admin]),
    );
    // Twenty accounts, their licences, held content and a registry import: slow on a busy machine.
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  it('should have a row for each of its operations, and the suites together cover the schema', () => {
    const operations = MATRIX.map(([name]) => name);
    expect([...operations].sort()).toEqual([...MODERATION_MATRIX_OPERATIONS].sort());
    expect(uncoveredOperations()).toEqual([]);
    expect(staleOperations(operations)).toEqual([]);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...operations].sort());
  });

  it('should aim the refusals of the callers who cannot write at held content of their own', async () => {
    for (const name of STANDING_OWNERS) {
      const own = standing[name];
      const rows = await t.database.dataSource.query<{ author_id: string; hidden: boolean }[]>(
        `SELECT author_id, hidden FROM case_post WHERE id = $1
         UNION ALL SELECT author_id, hidden FROM reply WHERE id = $2`,
        [own.caseId, own.replyId],
      );
      expect(rows).toEqual([
        { author_id: callers[name].account.id, hidden: true },
        { author_id: callers[name].account.id, hidden: true },
      ]);
    }
  });

  describe.each(MATRIX)('%s', (operation, ...outcomes) => {
    it.each(matrixRow(CALLERS, outcomes))('$title', async ({ caller, expected }) => {
      await runPermissionCell(t.database.dataSource, OPERATIONS[operation], callers[caller], expected);
    });
  });
});
