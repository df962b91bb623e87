import {
  createTestApp,
  login,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'journey.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-journey-0008',
};

/** The patient's name and record number, written into the case and never to be found again. */
const PATIENT_SURNAME = 'Thistlewood';
const PATIENT_MRN = '77120934';

const CASE_TITLE = 'Exertional syncope and a harsh systolic murmur in a 94-year-old rancher';
const CASE_BODY = [
  `Mr. Ambrose ${PATIENT_SURNAME} (MRN ${PATIENT_MRN}, DOB 06/02/1932) of 88 Coulee Road, Glasgow, MT`,
  'collapsed twice this week while feeding cattle. Harsh crescendo-decrescendo systolic murmur at the right',
  'upper sternal border radiating to the carotids, single S2. ECG: left ventricular hypertrophy with strain.',
  'Point-of-care echo suggests severe calcific aortic stenosis. Nearest cath lab is 280 miles away.',
  `His wife can be reached at (406) 555-0166. Is ${PATIENT_SURNAME} a candidate for TAVR, and how urgently?`,
].join(' ');
const ANSWER_BODY = [
  `For Mr. ${PATIENT_SURNAME}: with syncope and severe aortic stenosis this is symptomatic AS and needs`,
  'prompt valve replacement; TAVR is reasonable at his age. Avoid vasodilators and volume depletion, no',
  'heavy exertion. Arrange transfer to a structural heart centre within days; call me at 406-555-0188.',
].join(' ');

const CASE_FIELDS = `id title body patientAge status tags channel { id name }
  author { id } deidentification { findingCount categories }`;
const CONSULT_FIELDS = `id urgency status dueAt createdAt case { id } specialty { id name }
  requestedBy { id } consultant { id } answer { id body isConsultAnswer isAccepted author { id } }`;

interface CaseView {
  id: string;
  title: string;
  body: string;
  patientAge: string | null;
  status: string;
  tags: string[];
  channel: { id: string; name: string };
  author: { id: string } | null;
  deidentification: { findingCount: number; categories: string[] };
}

interface ConsultView {
  id: string;
  urgency: string;
  status: string;
  dueAt: string;
  createdAt: string;
  case: { id: string };
  specialty: { id: string; name: string };
  requestedBy: { id: string };
  consultant: { id: string } | null;
  answer: {
    id: string;
    body: string;
    isConsultAnswer: boolean;
    isAccepted: boolean;
    author: { id: string };
  } | null;
}

interface Connection<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface AuditView {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  at: string;
  actor: { id: string } | null;
}

describe('The journey of a rural case to a cardiology answer, over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let physician: Session;
  let cardiologist: Session;
  let cardiology: string;
  let rural: string;

  async function gql<T>(
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    return t.client.request<T>(query, variables, { token: session.accessToken });
  }

  /** A request that must succeed: its data, or the test fails with the errors. */
  async function ok<T>(session: Session, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await gql<T>(session, query, variables);
    expect(res.errors).toBeUndefined();
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' } });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    physician = await verifiedClinician(t.client, admin, 'Dr. Ada Prairie');
    cardiologist = await verifiedClinician(t.client, admin, 'Dr. Ben Valve');
    const { specialties } = await ok<{ specialties: { id: string; name: string }[] }>(
      physician,
      `{ specialties { id name } }`,
    );
    cardiology = specialties.find((s) => s.name === 'Cardiology')!.id;
    const { channels } = await ok<{ channels: { id: string; name: string }[] }>(
      physician,
      `{ channels { id name } }`,
    );
    rural = channels.find((c) => c.name === 'Rural and Remote Medicine')!.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('should take a case from posting through an urgent consult to resolution, privately and audited', async () => {
    // Profiles: a verified physician in Montana; a verified cardiologist who takes consults.
    const { updateProfile: me } = await ok<{
      updateProfile: { verificationStatus: string; state: string };
    }>(
      physician,
      `mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { verificationStatus state } }`,
      {
        i: { state: 'MT' },
      },
    );
    expect(me).toEqual({ verificationStatus: 'VERIFIED', state: 'MT' });
    const { updateProfile: specialist } = await ok<{
      updateProfile: {
        verificationStatus: string;
        acceptingConsults: boolean;
        specialties: { id: string }[];
      };
    }>(
      cardiologist,
      `mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { verificationStatus acceptingConsults specialties { id } } }`,
      { i: { specialtyIds: [cardiology], acceptingConsults: true, state: 'WA' } },
    );
    expect(specialist).toEqual({
      verificationStatus: 'VERIFIED',
      acceptingConsults: true,
      specialties: [{ id: cardiology }],
    });

    // 1. The physician posts the case, identifiers and all, in the rural channel.
    const { createCase: posted } = await ok<{ createCase: CaseView }>(
      physician,
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { ${CASE_FIELDS} } }`,
      {
        i: {
          channelId: rural,
          title: CASE_TITLE,
          body: CASE_BODY,
          patientAge: 94,
          patientSex: 'MALE',
          tags: ['aortic stenosis', 'murmur'],
        },
      },
    );
    const caseId = posted.id;
    expect(posted).toMatchObject({
      patientAge: '90+',
      status: 'OPEN',
      channel: { id: rural, name: 'Rural and Remote Medicine' },
      author: { id: physician.id },
    });
    expect(posted.title).not.toContain('94');
    for (const identifier of [
      PATIENT_SURNAME,
      'Ambrose',
      PATIENT_MRN,
      '06/02/1932',
      'Coulee',
      'Glasgow',
      '555-0166',
    ]) {
      expect(posted.body).not.toContain(identifier);
    }
    expect(posted.body).toContain('severe calcific aortic stenosis');
    expect(posted.deidentification.categories).toEqual(
      expect.arrayContaining(['NAME', 'MRN', 'DATE', 'LOCATION', 'PHONE']),
    );

    // 2. An urgent consult from Cardiology, due within the configured hours.
    const { requestConsult: requested } = await ok<{ requestConsult: ConsultView }>(
      physician,
      `mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { ${CONSULT_FIELDS} } }`,
      { i: { caseId, specialtyId: cardiology, urgency: 'URGENT' } },
    );
    const consultId = requested.id;
    expect(requested).toMatchObject({
      urgency: 'URGENT',
      status: 'OPEN',
      case: { id: caseId },
      specialty: { id: cardiology, name: 'Cardiology' },
      requestedBy: { id: physician.id },
      consultant: null,
      answer: null,
    });
    const dueInMs = Date.parse(requested.dueAt) - Date.parse(requested.createdAt);
    expect(Math.abs(dueInMs - t.config.CONSULT_URGENT_DUE_HOURS * 3_600_000)).toBeLessThan(60_000);

    // 3. The cardiologist sees it in the queue, claims it, reads the case and answers.
    const { consultQueue } = await ok<{ consultQueue: Connection<ConsultView> }>(
      cardiologist,
      `{ consultQueue(first: 20) { edges { node { id urgency status dueAt case { id title } specialty { id } } } } }`,
    );
    const queued = consultQueue.edges.find((e) => e.node.id === consultId)?.node;
    expect(queued).toMatchObject({
      urgency: 'URGENT',
      status: 'OPEN',
      dueAt: requested.dueAt,
      case: { id: caseId, title: posted.title },
      specialty: { id: cardiology },
    });

    const { claimConsult: claimed } = await ok<{ claimConsult: ConsultView }>(
      cardiologist,
      `mutation C($id: ID!) { claimConsult(consultId: $id) { ${CONSULT_FIELDS} } }`,
      { id: consultId },
    );
    expect(claimed).toMatchObject({ status: 'CLAIMED', consultant: { id: cardiologist.id } });
    const afterClaim = await ok<{ consultQueue: Connection<ConsultView> }>(
      cardiologist,
      `{ consultQueue(first: 20) { edges { node { id } } } }`,
    );
    expect(afterClaim.consultQueue.edges.map((e) => e.node.id)).not.toContain(consultId);

    const { case: seenBySpecialist } = await ok<{ case: CaseView }>(
      cardiologist,
      `query V($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
      { id: caseId },
    );
    expect(seenBySpecialist.body).toBe(posted.body);

    const { answerConsult: answered } = await ok<{ answerConsult: ConsultView }>(
      cardiologist,
      `mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { ${CONSULT_FIELDS} } }`,
      { i: { consultId, body: ANSWER_BODY } },
    );
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      consultant: { id: cardiologist.id },
      answer: { isConsultAnswer: true, isAccepted: false, author: { id: cardiologist.id } },
    });
    const answerId = answered.answer!.id;
    expect(answered.answer!.body).not.toContain(PATIENT_SURNAME);
    expect(answered.answer!.body).not.toContain('555-0188');
    expect(answered.answer!.body).toContain('symptomatic AS');

    // 4. The physician accepts the answer, resolves the consult (helpful) and the case.
    const { acceptReply } = await ok<{ acceptReply: { id: string; isAccepted: boolean } }>(
      physician,
      `mutation A($id: ID!) { acceptReply(replyId: $id) { id isAccepted } }`,
      { id: answerId },
    );
    expect(acceptReply).toEqual({ id: answerId, isAccepted: true });
    const { resolveConsult } = await ok<{ resolveConsult: ConsultView & { helpful: boolean | null } }>(
      physician,
      `mutation R($id: ID!) { resolveConsult(consultId: $id, helpful: true) { ${CONSULT_FIELDS} helpful } }`,
      { id: consultId },
    );
    expect(resolveConsult).toMatchObject({ status: 'RESOLVED', helpful: true });
    const { updateCase } = await ok<{ updateCase: CaseView }>(
      physician,
      `mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { ${CASE_FIELDS} } }`,
      { i: { caseId, status: 'RESOLVED' } },
    );
    expect(updateCase.status).toBe('RESOLVED');

    // The physician's view of the finished case.
    const { case: finished } = await ok<{
      case: CaseView & {
        acceptedReply: { id: string; isConsultAnswer: boolean } | null;
        consults: { id: string; status: string }[];
        replyCount: number;
      };
    }>(
      physician,
      `query V($id: ID!) { case(id: $id) { ${CASE_FIELDS} replyCount acceptedReply { id isConsultAnswer } consults { id status } } }`,
      { id: caseId },
    );
    expect(finished).toMatchObject({
      status: 'RESOLVED',
      replyCount: 1,
      acceptedReply: { id: answerId, isConsultAnswer: true },
      consults: [{ id: consultId, status: 'RESOLVED' }],
    });

    // 5. Search finds the case by a clinical term, never by the removed name or record number.
    const search = async (query: string): Promise<string[]> => {
      const { searchCases } = await ok<{ searchCases: Connection<{ id: string }> }>(
        cardiologist,
        `query S($q: String!, $c: ID) { searchCases(query: $q, channelId: $c, first: 50) { edges { node { id } } } }`,
        { q: query, c: rural },
      );
      return searchCases.edges.map((e) => e.node.id);
    };
    expect(await search('aortic stenosis')).toContain(caseId);
    expect(await search('stenosis murmur')).toContain(caseId);
    expect(await search(PATIENT_SURNAME)).toEqual([]);
    expect(await search(`Ambrose ${PATIENT_SURNAME}`)).toEqual([]);
    expect(await search(PATIENT_MRN)).toEqual([]);

    // 6. The physician was told of the claim and of the answer; the cardiologist of the request.
    const kinds = async (session: Session): Promise<{ kind: string; consultId: string | null }[]> => {
      const { notifications } = await ok<{
        notifications: Connection<{ kind: string; consult: { id: string } | null }>;
      }>(session, `{ notifications(first: 50) { edges { node { kind consult { id } } } } }`);
      return notifications.edges.map((e) => ({ kind: e.node.kind, consultId: e.node.consult?.id ?? null }));
    };
    let physicianNotes: { kind: string; consultId: string | null }[] = [];
    // Notification records are written after the transaction commits: poll for a few seconds.
    for (let i = 0; i < 100; i++) {
      physicianNotes = await kinds(physician);
      if (physicianNotes.some((n) => n.kind === 'CONSULT_ANSWERED')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(physicianNotes).toEqual(
      expect.arrayContaining([
        { kind: 'CONSULT_CLAIMED', consultId },
        { kind: 'CONSULT_ANSWERED', consultId },
      ]),
    );
    expect(await kinds(cardiologist)).toEqual(
      expect.arrayContaining([{ kind: 'CONSULT_REQUESTED', consultId }]),
    );

    // 7. The audit log (admins only) tells the story in order, with the right actors.
    const events: AuditView[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { auditLog: Connection<AuditView> } = await ok(
        admin,
        `query L($after: String) { auditLog(first: 100, after: $after) {
          edges { node { id action targetType targetId at actor { id } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      events.push(...page.auditLog.edges.map((e) => e.node));
      if (!page.auditLog.pageInfo.hasNextPage) break;
      after = page.auditLog.pageInfo.endCursor;
    }
    const story = events.filter((e) => [caseId, consultId, answerId].includes(e.targetId ?? '')).reverse(); // the log is newest first
    // The answer's REPLY_CREATED is written in the same transaction (and maybe the same millisecond)
    // as CONSULT_ANSWERED: it is checked on its own, not for its place in the order.
    expect(story.filter((e) => e.action === 'REPLY_CREATED')).toEqual([
      expect.objectContaining({ targetType: 'Reply', targetId: answerId, actor: { id: cardiologist.id } }),
    ]);
    expect(
      story
        .filter((e) => e.action !== 'REPLY_CREATED')
        .map((e) => ({ action: e.action, targetId: e.targetId, actor: e.actor?.id })),
    ).toEqual([
      { action: 'CASE_CREATED', targetId: caseId, actor: physician.id },
      { action: 'CONSULT_REQUESTED', targetId: consultId, actor: physician.id },
      { action: 'CONSULT_CLAIMED', targetId: consultId, actor: cardiologist.id },
      { action: 'CASE_VIEWED', targetId: caseId, actor: cardiologist.id },
      { action: 'CONSULT_ANSWERED', targetId: consultId, actor: cardiologist.id },
      { action: 'REPLY_ACCEPTED', targetId: answerId, actor: physician.id },
      { action: 'CONSULT_RESOLVED', targetId: consultId, actor: physician.id },
      { action: 'CASE_UPDATED', targetId: caseId, actor: physician.id },
      { action: 'CASE_VIEWED', targetId: caseId, actor: physician.id },
    ]);
    const times = story.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Nothing the physician typed about the patient reached the logs.
    const logs = t.logs.join('');
    for (const identifier of [PATIENT_SURNAME, PATIENT_MRN, '555-0166', '555-0188', 'Coulee Road']) {
      expect(logs).not.toContain(identifier);
    }
  });
});
