import { DOSE_UNITS, LAB_UNITS } from '@curbside/cases';
import { ErrorCode } from '@curbside/core';
import {
  CONSULTS_MATRIX_OPERATIONS,
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
  verificationStatuses,
  verifiedClinician,
  type MatrixCaller,
  type Outcome,
  type PermissionCellSpec,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN_EMAIL = 'consults.matrix.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-the-consults-matrix-17';

const CALLERS = ['anonymous', 'unverified', 'pending', 'verified', 'suspended', 'expired', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];
/** Callers of the ownership cells only: a verified clinician who is party to nothing of the target. */
type ActorName = CallerName | 'stranger';

const { UNAUTHENTICATED: UNAUTH, FORBIDDEN, NOT_VERIFIED: NOT_VER, NOT_FOUND } = ErrorCode;

type Data = Record<string, unknown>;

type Caller = MatrixCaller<ActorName>;

interface Prepared {
  caseId?: string;
  consultId?: string;
  windowId?: string;
}

type OperationSpec = PermissionCellSpec<Caller, Prepared>;

/**
 * The permission matrix of the consult loop (#17), one row per operation and one column per caller.
 * Every cell aims at something of the caller's own (their window, a consult they requested, a case
 * they wrote), so that a refusal is the guard's and nothing else's; the ownership cells below prove
 * that a verified clinician is refused what is not theirs.
 */
// prettier-ignore
const MATRIX: [string, ...Outcome[]][] = [
  //                      anonymous  unverified pending    verified   suspended  expired    admin
  ['specialistDirectory', UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['myOnCallWindows',     UNAUTH,    OK,        OK,        OK,        UNAUTH,    OK,        OK],
  ['addOnCallWindow',     UNAUTH,    OK,        OK,        OK,        UNAUTH,    OK,        OK],
  ['removeOnCallWindow',  UNAUTH,    OK,        OK,        OK,        UNAUTH,    OK,        OK],
  // An administrator reads any private dialogue; writes only in one they are a party to (see ownership).
  ['consultMessages',     UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['sendConsultMessage',  UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['saveCaseDetails',     UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['caseDetailUnits',     UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['myConsults',          UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['reportCaseOutcome',   UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['myConsultCredit',     UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
  ['creditStatementLink', UNAUTH,    NOT_VER,   NOT_VER,   OK,        UNAUTH,    NOT_VER,   OK],
];

describe('Consult loop permission matrix', () => {
  let t: TestApp;
  let admin: Session;
  /** A verified clinician who writes the cases of the suite. */
  let author: Session;
  /** A verified dermatologist who claims the consults of the suite. */
  let specialist: Session;
  let dermatology: string;
  let rural: string;
  const callers = {} as Record<ActorName, Caller>;

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

  const sql = <T>(text: string, params: unknown[] = []) => t.database.dataSource.query<T[]>(text, params);

  /** A case by `author`, handed to `owner` (a caller who could not write one now). */
  async function caseOf(owner: Session): Promise<string> {
    const data = await must<{ createCase: { id: string } }>(
      author,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          channelId: rural,
          title: 'Changing pigmented lesion on the forearm',
          body: 'Irregular border, two colours, grew over three months.',
        },
      },
    );
    const caseId = data.createCase.id;
    if (owner.id !== author.id)
      await sql('UPDATE case_post SET author_id = $2 WHERE id = $1', [caseId, owner.id]);
    return caseId;
  }

  /** A consult claimed by the specialist, requested (as far as its dialogue goes) by `requester`. */
  async function claimedConsultOf(requester: Session): Promise<string> {
    const data = await must<{ requestConsult: { id: string } }>(
      author,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId: await caseOf(author), specialtyId: dermatology } },
    );
    const consultId = data.requestConsult.id;
    await must(specialist, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', { id: consultId });
    if (requester.id !== author.id)
      await sql('UPDATE consult SET requested_by = $2 WHERE id = $1', [consultId, requester.id]);
    return consultId;
  }

  async function windowOf(owner: Session): Promise<string> {
    const [row] = await sql<{ id: string }>(
      `INSERT INTO on_call_window (clinician_id, starts_at, ends_at)
       VALUES ($1, now() + interval '1 day', now() + interval '2 days') RETURNING id`,
      [owner.id],
    );
    return row.id;
  }

  /** A case of `owner`'s, resolved (as far as its outcome goes). */
  async function resolvedCaseOf(owner: Session): Promise<string> {
    const caseId = await caseOf(owner);
    await sql("UPDATE case_post SET status = 'RESOLVED' WHERE id = $1", [caseId]);
    return caseId;
  }

  const outcomeOf = (caseId: string) => ({
    caseId,
    finalDiagnosis: 'Dysplastic naevus',
    actionsTaken: 'Excised at the clinic',
    changedManagement: true,
    course: 'RECOVERED',
  });

  const lastDay = () => ({
    from: new Date(Date.now() - 86_400_000).toISOString(),
    to: new Date(Date.now() + 60_000).toISOString(),
  });

  const hour = 3_600_000;
  const at = (offset: number) => new Date(Date.now() + offset).toISOString();

  const OPERATIONS: Record<string, OperationSpec> = {
    specialistDirectory: {
      unchanged: true,
      run: (c) =>
        gql(
          'query D($s: ID) { specialistDirectory(specialtyId: $s, first: 100) { edges { node { id consultsAnswered onCallWindows { id } clinician { displayName } } } } }',
          { s: dermatology },
          c.token,
        ),
      verify: (data) => {
        const ids = (data.specialistDirectory as { edges: { node: { id: string } }[] }).edges.map(
          (e) => e.node.id,
        );
        expect(ids).toContain(specialist.id);
      },
    },
    myOnCallWindows: {
      unchanged: true,
      prepare: async (c) => ({ windowId: await windowOf(c.account) }),
      run: (c) => gql('{ myOnCallWindows { id } }', {}, c.token),
      verify: (data, _c, p) => {
        expect((data.myOnCallWindows as { id: string }[]).map((w) => w.id)).toContain(p.windowId);
      },
    },
    addOnCallWindow: {
      audits: ['ON_CALL_WINDOW_ADDED'],
      run: (c) =>
        gql(
          'mutation A($i: AddOnCallWindowInput!) { addOnCallWindow(input: $i) { id startsAt endsAt } }',
          { i: { startsAt: at(hour), endsAt: at(5 * hour) } },
          c.token,
        ),
      verify: async (data, c) => {
        const id = (data.addOnCallWindow as { id: string }).id;
        expect(await sql('SELECT clinician_id FROM on_call_window WHERE id = $1', [id])).toEqual([
          { clinician_id: c.account.id },
        ]);
      },
    },
    removeOnCallWindow: {
      audits: ['ON_CALL_WINDOW_REMOVED'],
      prepare: async (c) => ({ windowId: await windowOf(c.account) }),
      run: (c, p) =>
        gql('mutation R($id: ID!) { removeOnCallWindow(windowId: $id) }', { id: p.windowId }, c.token),
      verify: async (data, _c, p) => {
        expect(data.removeOnCallWindow).toBe(true);
        expect(await sql('SELECT id FROM on_call_window WHERE id = $1', [p.windowId])).toEqual([]);
      },
    },
    consultMessages: {
      unchanged: true,
      prepare: async (c) => {
        const consultId = await claimedConsultOf(c.name === 'admin' ? author : c.account);
        await must(
          specialist,
          'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id } }',
          {
            i: { consultId, body: 'Could you send a photo of the border?', requestsInformation: true },
          },
        );
        return { consultId };
      },
      run: (c, p) =>
        gql(
          'query M($id: ID!) { consultMessages(consultId: $id) { edges { node { id body requestsInformation author { id } } } } }',
          { id: p.consultId },
          c.token,
        ),
      verify: (data) => {
        const nodes = (data.consultMessages as { edges: { node: Data }[] }).edges.map((e) => e.node);
        expect(nodes).toEqual([
          expect.objectContaining({
            body: 'Could you send a photo of the border?',
            author: { id: specialist.id },
          }),
        ]);
      },
    },
    sendConsultMessage: {
      audits: ['CONSULT_MESSAGE_SENT'],
      prepare: async (c) => ({ consultId: await claimedConsultOf(c.account) }),
      run: (c, p) =>
        gql(
          'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id body author { id } } }',
          { i: { consultId: p.consultId, body: 'The border is notched at twelve o clock.' } },
          c.token,
        ),
      verify: (data, c) => {
        expect(data.sendConsultMessage).toMatchObject({
          body: 'The border is notched at twelve o clock.',
          author: { id: c.account.id },
        });
      },
    },
    saveCaseDetails: {
      audits: ['CASE_DETAILS_SAVED'],
      prepare: async (c) => ({ caseId: await caseOf(c.account) }),
      run: (c, p) =>
        gql(
          'mutation S($i: SaveCaseDetailsInput!) { saveCaseDetails(input: $i) { clinicalQuestion ageBand localCapabilities } }',
          {
            i: {
              caseId: p.caseId,
              clinicalQuestion: 'Excise locally or refer?',
              ageBand: 'ADULT_40_64',
              localCapabilities: ['TELEHEALTH'],
            },
          },
          c.token,
        ),
      verify: (data) => {
        expect(data.saveCaseDetails).toEqual({
          clinicalQuestion: 'Excise locally or refer?',
          ageBand: 'ADULT_40_64',
          localCapabilities: ['TELEHEALTH'],
        });
      },
    },
    caseDetailUnits: {
      unchanged: true,
      run: (c) => gql('{ caseDetailUnits { lab dose } }', {}, c.token),
      verify: (data) => {
        expect(data.caseDetailUnits).toEqual({ lab: [...LAB_UNITS], dose: [...DOSE_UNITS] });
      },
    },
    reportCaseOutcome: {
      audits: ['CASE_OUTCOME_REPORTED'],
      prepare: async (c) => ({ caseId: await resolvedCaseOf(c.account) }),
      run: (c, p) =>
        gql(
          'mutation O($i: ReportCaseOutcomeInput!) { reportCaseOutcome(input: $i) { finalDiagnosis course } }',
          { i: outcomeOf(p.caseId!) },
          c.token,
        ),
      verify: async (data, c, p) => {
        expect(data.reportCaseOutcome).toEqual({ finalDiagnosis: 'Dysplastic naevus', course: 'RECOVERED' });
        expect(await sql('SELECT reported_by FROM case_outcome WHERE case_id = $1', [p.caseId])).toEqual([
          { reported_by: c.account.id },
        ]);
      },
    },
    myConsultCredit: {
      unchanged: true,
      run: (c) =>
        gql(
          'query C($p: CreditPeriodInput!) { myConsultCredit(period: $p) { consultsAnswered minutesSpent entries { consultId } } }',
          { p: lastDay() },
          c.token,
        ),
      verify: (data) => {
        expect(data.myConsultCredit).toEqual({ consultsAnswered: 0, minutesSpent: 0, entries: [] });
      },
    },
    creditStatementLink: {
      unchanged: true,
      run: (c) =>
        gql(
          'query L($p: CreditPeriodInput!) { creditStatementLink(period: $p) { url } }',
          { p: lastDay() },
          c.token,
        ),
      verify: (data, c) => {
        const url = (data.creditStatementLink as { url: string }).url;
        expect(url.startsWith('/credit/statement?')).toBe(true);
        expect(new URLSearchParams(url.split('?')[1]).get('u')).toBe(c.account.id);
      },
    },
  };

  // Added after the others (keeps merges easy): "my consults" (#14).
  OPERATIONS.myConsults = {
    unchanged: true,
    prepare: async (c) => ({ consultId: await claimedConsultOf(c.account) }),
    run: (c) =>
      gql('{ myConsults(role: REQUESTED, first: 100) { edges { node { id status } } } }', {}, c.token),
    verify: (data, _c, p) => {
      const nodes = (data.myConsults as { edges: { node: Data }[] }).edges.map((e) => e.node);
      expect(nodes).toContainEqual({ id: p.consultId, status: 'CLAIMED' });
    },
  };

  /** A verified clinician aiming at what is not theirs. */
  const OWNERSHIP: { title: string; actor?: ActorName; expected: Outcome; spec: OperationSpec }[] = [
    {
      title: "removing someone else's on-call window",
      expected: NOT_FOUND,
      spec: {
        prepare: async () => ({ windowId: await windowOf(specialist) }),
        run: (c, p) =>
          gql('mutation R($id: ID!) { removeOnCallWindow(windowId: $id) }', { id: p.windowId }, c.token),
      },
    },
    {
      title: 'reading the dialogue of a consult one is no party to',
      expected: FORBIDDEN,
      spec: {
        prepare: async () => ({ consultId: await claimedConsultOf(author) }),
        run: (c, p) =>
          gql(
            'query M($id: ID!) { consultMessages(consultId: $id) { edges { node { id } } } }',
            { id: p.consultId },
            c.token,
          ),
      },
    },
    {
      title: 'writing in the dialogue of a consult one is no party to',
      expected: FORBIDDEN,
      spec: {
        prepare: async () => ({ consultId: await claimedConsultOf(author) }),
        run: (c, p) =>
          gql(
            'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id } }',
            { i: { consultId: p.consultId, body: 'May I add something?' } },
            c.token,
          ),
      },
    },
    {
      title: 'an administrator writing in the dialogue of a consult they are no party to',
      actor: 'admin',
      expected: FORBIDDEN,
      spec: {
        prepare: async () => ({ consultId: await claimedConsultOf(author) }),
        run: (c, p) =>
          gql(
            'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id } }',
            { i: { consultId: p.consultId, body: 'An administrator reads only.' } },
            c.token,
          ),
      },
    },
    {
      title: "saving the template of someone else's case",
      expected: FORBIDDEN,
      spec: {
        prepare: async () => ({ caseId: await caseOf(author) }),
        run: (c, p) =>
          gql(
            'mutation S($i: SaveCaseDetailsInput!) { saveCaseDetails(input: $i) { clinicalQuestion } }',
            { i: { caseId: p.caseId, clinicalQuestion: 'Excise locally or refer?' } },
            c.token,
          ),
      },
    },
    {
      title: "reporting the outcome of someone else's case",
      expected: FORBIDDEN,
      spec: {
        prepare: async () => ({ caseId: await resolvedCaseOf(author) }),
        run: (c, p) =>
          gql(
            'mutation O($i: ReportCaseOutcomeInput!) { reportCaseOutcome(input: $i) { course } }',
            { i: outcomeOf(p.caseId!) },
            c.token,
          ),
      },
    },
  ];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const [bystander, unverified, pending, suspended, expired] = await Promise.all(
      [
        'Dr. Bea Bystander',
        'Dr. Uma Unverified',
        'Dr. Pia Pending',
        'Dr. Sal Suspended',
        'Dr. Ezra Expired',
      ].map((name) => register(t.client, name)),
    );
    const [verified, stranger, authorOne, specialistOne] = await Promise.all(
      ['Dr. Vic Verified', 'Dr. Stan Stranger', 'Dr. Ada Author', 'Dr. Ivy Skin'].map((name) =>
        verifiedClinician(t.client, admin, name),
      ),
    );
    author = authorOne;
    specialist = specialistOne;
    await submitLicense(t.client, pending);
    const lapsing = await submitLicense(t.client, expired);
    await approveLicense(t.client, admin, lapsing);
    await approveLicense(t.client, admin, await submitLicense(t.client, suspended));

    const specialties = await must<{ specialties: { id: string; name: string }[] }>(
      author,
      '{ specialties { id name } }',
    );
    dermatology = specialties.specialties.find((s) => s.name === 'Dermatology')!.id;
    await must(specialist, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [dermatology], acceptingConsults: true },
    });
    const channels = await must<{ channels: { id: string; slug: string }[] }>(
      author,
      '{ channels { id slug } }',
    );
    rural = channels.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;

    await suspendClinicians(t.client, admin, [suspended]);
    expect(await lapseLicenses(t, [lapsing])).toMatchObject({ expiredClinicians: 1 });
    expect(await verificationStatuses(t.client, [unverified, pending, verified, expired])).toEqual([
      'UNVERIFIED',
      'PENDING',
      'VERIFIED',
      'EXPIRED',
    ]);
    Object.assign(
      callers,
      matrixCallers<ActorName>(
        [...CALLERS, 'stranger'],
        [bystander, unverified, pending, verified, suspended, expired, admin, stranger],
      ),
    );
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should cover exactly the operations of its list, which the printed schema has', () => {
    const operations = MATRIX.map(([name]) => name);
    expect([...operations].sort()).toEqual([...CONSULTS_MATRIX_OPERATIONS].sort());
    expect(Object.keys(OPERATIONS).sort()).toEqual([...operations].sort());
    expect(staleOperations(operations)).toEqual([]);
    expect(uncoveredOperations()).toEqual([]);
  });

  describe.each(MATRIX)('%s', (operation, ...outcomes) => {
    it.each(matrixRow(CALLERS, outcomes))('$title', async ({ caller, expected }) => {
      await runPermissionCell(t.database.dataSource, OPERATIONS[operation], callers[caller], expected);
    });
  });

  describe('ownership', () => {
    it.each(OWNERSHIP)(
      '$title: should refuse with $expected and change nothing',
      async ({ actor, expected, spec }) => {
        await runPermissionCell(t.database.dataSource, spec, callers[actor ?? 'stranger'], expected);
      },
    );
  });
});
