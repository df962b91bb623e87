import { ConsultSweepService } from '@curbside/consults';
import {
  GraphqlClient,
  createTestApp,
  databaseDigest,
  login,
  register,
  requestStatements,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'consults.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0003',
};

const CONSULT_FIELDS = `id urgency status dueAt helpful createdAt case { id } specialty { id name }
  requestedBy { id } consultant { id } answer { id body isConsultAnswer author { id } }`;

interface ConsultView {
  id: string;
  urgency: string;
  status: string;
  dueAt: string;
  helpful: boolean | null;
  createdAt: string;
  case: { id: string };
  specialty: { id: string; name: string };
  requestedBy: { id: string };
  consultant: { id: string } | null;
  answer: { id: string; body: string; isConsultAnswer: boolean; author: { id: string } } | null;
}

interface QueueView {
  edges: { node: ConsultView; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('Consults over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let physician: Session;
  let colleague: Session;
  let cardiologists: Session[];
  let reluctant: Session;
  let dermatologist: Session;
  let nephrologist: Session;
  let rural: string;
  let cardiology: string;
  let dermatology: string;
  let nephrology: string;
  const queries: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' },
      onQuery: (sql) => queries.push(sql),
    });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const names = ['Dr. Ada Rural', 'Dr. Ben Colleague', 'Dr. Cora Heart', 'Dr. Dev Heart', 'Dr. Eli Heart'];
    [physician, colleague, ...cardiologists] = await Promise.all(
      [...names, 'Dr. Fay Heart', 'Dr. Gus Heart'].map((n) => verifiedClinician(t.client, admin, n)),
    );
    [reluctant, dermatologist, nephrologist] = await Promise.all(
      ['Dr. Hal Busy', 'Dr. Ivy Skin', 'Dr. Jon Kidney'].map((n) => verifiedClinician(t.client, admin, n)),
    );
    const specialties = await gql<{ specialties: { id: string; name: string }[] }>(
      physician,
      `{ specialties { id name } }`,
    );
    const idOf = (name: string): string => specialties.data!.specialties.find((s) => s.name === name)!.id;
    cardiology = idOf('Cardiology');
    dermatology = idOf('Dermatology');
    nephrology = idOf('Nephrology');
    for (const c of cardiologists) await profile(c, [cardiology], true);
    await profile(reluctant, [cardiology], false);
    await profile(dermatologist, [dermatology], true);
    await profile(nephrologist, [nephrology], true);
    const channels = await gql<{ channels: { id: string; slug: string }[] }>(
      physician,
      `{ channels { id slug } }`,
    );
    rural = channels.data!.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
  });

  afterAll(async () => {
    await t.close();
  });

  function gql<T>(
    session: Session | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    return t.client.request<T>(query, variables, session ? { token: session.accessToken } : {});
  }

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return t.database.dataSource.query<T[]>(sql, params);
  }

  async function profile(
    session: Session,
    specialtyIds: string[],
    acceptingConsults: boolean,
  ): Promise<void> {
    const res = await gql(
      session,
      `mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`,
      { i: { specialtyIds, acceptingConsults } },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }

  async function createCase(session: Session, extra: Record<string, unknown> = {}): Promise<string> {
    const res = await gql<{ createCase: { id: string } }>(
      session,
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      {
        i: {
          channelId: rural,
          title: 'Syncope with a new murmur',
          body: 'Exertional syncope, harsh systolic murmur at the right upper sternal border.',
          ...extra,
        },
      },
    );
    if (!res.data?.createCase) throw new Error(JSON.stringify(res.errors));
    return res.data.createCase.id;
  }

  function requestConsult(session: Session, input: Record<string, unknown>) {
    return gql<{ requestConsult: ConsultView }>(
      session,
      `mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { ${CONSULT_FIELDS} } }`,
      { i: input },
    );
  }

  async function requested(session: Session, input: Record<string, unknown>): Promise<ConsultView> {
    const res = await requestConsult(session, input);
    if (!res.data?.requestConsult) throw new Error(JSON.stringify(res.errors));
    return res.data.requestConsult;
  }

  function claim(session: Session, consultId: string) {
    return gql<{ claimConsult: ConsultView }>(
      session,
      `mutation C($id: ID!) { claimConsult(consultId: $id) { ${CONSULT_FIELDS} } }`,
      { id: consultId },
    );
  }

  function answer(session: Session, consultId: string, body: string) {
    return gql<{ answerConsult: ConsultView }>(
      session,
      `mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { ${CONSULT_FIELDS} } }`,
      { i: { consultId, body } },
    );
  }

  function resolve(session: Session, consultId: string, helpful: boolean) {
    return gql<{ resolveConsult: ConsultView }>(
      session,
      `mutation R($id: ID!, $h: Boolean!) { resolveConsult(consultId: $id, helpful: $h) { ${CONSULT_FIELDS} } }`,
      { id: consultId, h: helpful },
    );
  }

  function cancel(session: Session, consultId: string) {
    return gql<{ cancelConsult: ConsultView }>(
      session,
      `mutation X($id: ID!) { cancelConsult(consultId: $id) { ${CONSULT_FIELDS} } }`,
      { id: consultId },
    );
  }

  async function queue(session: Session, first = 100, after?: string): Promise<QueueView> {
    const res = await gql<{ consultQueue: QueueView }>(
      session,
      `query Q($first: Int, $after: String) { consultQueue(first: $first, after: $after) {
        edges { cursor node { ${CONSULT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { first, after },
    );
    if (!res.data?.consultQueue) throw new Error(JSON.stringify(res.errors));
    return res.data.consultQueue;
  }

  const queueIds = async (session: Session): Promise<string[]> =>
    (await queue(session)).edges.map((e) => e.node.id);

  async function notified(consultId: string): Promise<{ kind: string; recipient_id: string }[]> {
    return rows(
      'SELECT kind, recipient_id FROM notification WHERE consult_id = $1 ORDER BY kind, recipient_id',
      [consultId],
    );
  }

  async function auditOf(consultId: string): Promise<string[]> {
    const events = await rows<{ action: string }>(
      'SELECT action FROM audit_event WHERE target_id = $1 ORDER BY at, id',
      [consultId],
    );
    return events.map((e) => e.action);
  }

  /** Runs a refused call and checks its code and that no table changed. */
  async function refused(call: () => Promise<GraphqlResponse<unknown>>, code: string): Promise<void> {
    const before = await databaseDigest(t.database.dataSource);
    const res = await call();
    expect(GraphqlClient.codes(res)).toEqual([code]);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  }

  const sorted = (ids: string[]): string[] => [...ids].sort();

  it('should take an urgent consult from request through claim and answer to a helpful resolution', async () => {
    const caseId = await createCase(physician);
    const before = Date.now();
    const consult = await requested(physician, { caseId, specialtyId: cardiology, urgency: 'URGENT' });
    expect(consult).toMatchObject({
      urgency: 'URGENT',
      status: 'OPEN',
      case: { id: caseId },
      specialty: { id: cardiology, name: 'Cardiology' },
      requestedBy: { id: physician.id },
      consultant: null,
      answer: null,
      helpful: null,
    });
    const dueIn = new Date(consult.dueAt).getTime() - before;
    expect(dueIn).toBeGreaterThan(4 * 3_600_000 - 60_000);
    expect(dueIn).toBeLessThan(4 * 3_600_000 + 60_000);

    const [cora, dev] = cardiologists;
    expect(await queueIds(cora)).toContain(consult.id);
    expect(await queueIds(dev)).toContain(consult.id);
    expect(await queueIds(dermatologist)).not.toContain(consult.id);
    expect(await queueIds(physician)).not.toContain(consult.id);

    const claimed = await claim(cora, consult.id);
    expect(claimed.data?.claimConsult).toMatchObject({ status: 'CLAIMED', consultant: { id: cora.id } });
    expect(await queueIds(dev)).not.toContain(consult.id);

    const answered = await answer(
      cora,
      consult.id,
      'Likely aortic stenosis. Echo today; call me at 406-555-0142 if the gradient is over 40.',
    );
    const view = answered.data!.answerConsult;
    expect(view.status).toBe('ANSWERED');
    expect(view.answer).toMatchObject({ isConsultAnswer: true, author: { id: cora.id } });
    expect(view.answer!.body).toContain('aortic stenosis');
    expect(view.answer!.body).not.toContain('406-555-0142');

    const resolved = await resolve(physician, consult.id, true);
    expect(resolved.data?.resolveConsult).toMatchObject({ status: 'RESOLVED', helpful: true });

    const onCase = await gql<{ case: { consults: ConsultView[] } }>(
      colleague,
      `query C($id: ID!) { case(id: $id) { consults { ${CONSULT_FIELDS} } } }`,
      { id: caseId },
    );
    expect(onCase.data?.case.consults).toEqual([
      expect.objectContaining({ id: consult.id, status: 'RESOLVED', answer: view.answer }),
    ]);
    const stored = await rows<{
      answer_reply_id: string;
      claimed_at: Date;
      answered_at: Date;
      closed_at: Date;
    }>('SELECT answer_reply_id, claimed_at, answered_at, closed_at FROM consult WHERE id = $1', [consult.id]);
    expect(stored[0].answer_reply_id).toBe(view.answer!.id);
    expect(stored[0].claimed_at && stored[0].answered_at && stored[0].closed_at).toBeTruthy();
    expect(await auditOf(consult.id)).toEqual([
      'CONSULT_REQUESTED',
      'CONSULT_CLAIMED',
      'CONSULT_ANSWERED',
      'CONSULT_RESOLVED',
    ]);
  });

  it('should notify the specialty on a request and the requester on claim and answer, once each', async () => {
    const caseId = await createCase(physician);
    await gql(colleague, `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`, {
      i: { caseId, body: 'Would check orthostatics too.' },
    });
    const consult = await requested(physician, { caseId, specialtyId: cardiology });
    const [cora] = cardiologists;
    await claim(cora, consult.id);
    const answered = await answer(cora, consult.id, 'Start with an echocardiogram.');
    const replyId = answered.data!.answerConsult.answer!.id;

    const notes = await notified(consult.id);
    const requestedTo = notes.filter((n) => n.kind === 'CONSULT_REQUESTED').map((n) => n.recipient_id);
    // Verified cardiologists who accept consults: not the reluctant one, the dermatologist or the requester.
    expect(sorted(requestedTo)).toEqual(sorted(cardiologists.map((c) => c.id)));
    expect(notes.filter((n) => n.kind !== 'CONSULT_REQUESTED')).toEqual([
      { kind: 'CONSULT_ANSWERED', recipient_id: physician.id },
      { kind: 'CONSULT_CLAIMED', recipient_id: physician.id },
    ]);
    // The answer is a reply: the other participant hears of it; the requester got CONSULT_ANSWERED.
    const replyNotes = await rows<{ recipient_id: string }>(
      `SELECT recipient_id FROM notification WHERE kind = 'REPLY_ADDED' AND case_id = $1 ORDER BY created_at`,
      [caseId],
    );
    expect(replyNotes.map((n) => n.recipient_id)).toEqual([physician.id, colleague.id]);
    expect(await rows('SELECT 1 FROM reply WHERE id = $1 AND is_consult_answer', [replyId])).toHaveLength(1);
  });

  it('should let exactly one of several specialists claiming at once win', async () => {
    const caseId = await createCase(physician);
    const consult = await requested(physician, { caseId, specialtyId: cardiology, urgency: 'URGENT' });
    const results = await Promise.all(cardiologists.map((c) => claim(c, consult.id)));
    const winners = results.filter((r) => r.data?.claimConsult);
    expect(winners).toHaveLength(1);
    const losers = results.filter((r) => !r.data?.claimConsult);
    expect(losers.map((r) => GraphqlClient.codes(r))).toEqual(losers.map(() => ['CONFLICT']));
    expect(losers.map((r) => r.errors![0].message)).toEqual(
      losers.map(() => 'Another specialist claimed this consult first'),
    );
    const winner = winners[0].data!.claimConsult.consultant!.id;
    const again = await claim(
      cardiologists.find((c) => c.id === winner)!,
      consult.id,
    );
    expect(again.errors?.[0].message).toBe('You have already claimed this consult');
    const stored = await rows<{ status: string; consultant_id: string }>(
      'SELECT status, consultant_id FROM consult WHERE id = $1',
      [consult.id],
    );
    expect(stored).toEqual([{ status: 'CLAIMED', consultant_id: winner }]);
    expect(await auditOf(consult.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CLAIMED']);
    expect((await notified(consult.id)).filter((n) => n.kind === 'CONSULT_CLAIMED')).toHaveLength(1);
  });

  it('should tell a claim that lost to a cancel that the consult is no longer open', async () => {
    const [cora] = cardiologists;
    for (let round = 0; round < 4; round++) {
      const consult = await requested(physician, {
        caseId: await createCase(physician),
        specialtyId: cardiology,
      });
      const [claimed, cancelled] = await Promise.all([
        claim(cora, consult.id),
        cancel(physician, consult.id),
      ]);
      const [stored] = await rows<{ status: string }>('SELECT status FROM consult WHERE id = $1', [
        consult.id,
      ]);
      // Either order may win; whichever lost must say why truthfully.
      if (claimed.errors) {
        expect(claimed.errors[0].message).toBe('This consult is no longer open');
        expect(stored.status).toBe('CANCELLED');
      } else {
        expect(cancelled.data?.cancelConsult.status).toBe('CANCELLED');
        expect(stored.status).toBe('CANCELLED');
      }
    }
  });

  it('should show a named consult only to the named specialist, who may answer it directly', async () => {
    const [cora, dev] = cardiologists;
    const caseId = await createCase(physician);
    const consult = await requested(physician, { caseId, specialtyId: cardiology, consultantId: dev.id });
    expect(consult).toMatchObject({ status: 'OPEN', consultant: { id: dev.id } });
    expect(await queueIds(dev)).toContain(consult.id);
    expect(await queueIds(cora)).not.toContain(consult.id);
    expect(await notified(consult.id)).toEqual([{ kind: 'CONSULT_REQUESTED', recipient_id: dev.id }]);

    await refused(() => claim(cora, consult.id), 'FORBIDDEN');
    const answered = await answer(dev, consult.id, 'Holter monitor first.');
    expect(answered.data?.answerConsult).toMatchObject({ status: 'ANSWERED', consultant: { id: dev.id } });
    expect(await auditOf(consult.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_ANSWERED']);
  });

  it('should refuse to name someone who does not take consults in the specialty', async () => {
    const caseId = await createCase(physician);
    for (const consultantId of [dermatologist.id, reluctant.id, physician.id]) {
      await refused(
        () => requestConsult(physician, { caseId, specialtyId: cardiology, consultantId }),
        'BAD_USER_INPUT',
      );
    }
    const unverified = await register(t.client, 'Dr. Kai Pending');
    await refused(
      () => requestConsult(physician, { caseId, specialtyId: cardiology, consultantId: unverified.id }),
      'BAD_USER_INPUT',
    );
    await refused(
      () =>
        requestConsult(physician, {
          caseId,
          specialtyId: cardiology,
          consultantId: '00000000-0000-4000-8000-000000000000',
        }),
      'NOT_FOUND',
    );
  });

  it('should order the queue most urgent first, then oldest, across keyset pages', async () => {
    const made: ConsultView[] = [];
    for (const urgency of ['ROUTINE', 'URGENT', 'ROUTINE', 'URGENT']) {
      const caseId = await createCase(physician);
      made.push(await requested(physician, { caseId, specialtyId: nephrology, urgency }));
    }
    const expected = [made[1], made[3], made[0], made[2]].map((c) => c.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 4; page++) {
      const result = await queue(nephrologist, 1, after);
      seen.push(...result.edges.map((e) => e.node.id));
      expect(result.pageInfo.hasNextPage).toBe(page < 3);
      after = result.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(expected);
    const bad = await gql(
      nephrologist,
      `{ consultQueue(after: "not-a-cursor") { pageInfo { hasNextPage } } }`,
    );
    expect(GraphqlClient.codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('should open an overdue named consult to the specialty and expire an overdue unclaimed one', async () => {
    const sweep = t.api.app.get(ConsultSweepService);
    const [cora, dev, eli] = cardiologists;
    const named = await requested(physician, {
      caseId: await createCase(physician),
      specialtyId: cardiology,
      consultantId: eli.id,
    });
    const open = await requested(physician, { caseId: await createCase(physician), specialtyId: cardiology });
    const claimed = await requested(physician, {
      caseId: await createCase(physician),
      specialtyId: cardiology,
    });
    await claim(dev, claimed.id);
    await rows(`UPDATE consult SET due_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`, [
      [named.id, open.id, claimed.id],
    ]);

    const result = await sweep.sweep();
    expect(result).toEqual({ escalated: 1, expired: 1 });

    const [escalated] = await rows<{
      named: boolean;
      consultant_id: string | null;
      status: string;
      due_at: Date;
    }>('SELECT named, consultant_id, status, due_at FROM consult WHERE id = $1', [named.id]);
    expect(escalated).toMatchObject({ named: false, consultant_id: null, status: 'OPEN' });
    expect(escalated.due_at.getTime()).toBeGreaterThan(Date.now() + 71 * 3_600_000);
    expect(await queueIds(cora)).toContain(named.id);
    const escalationNotes = await notified(named.id);
    expect(escalationNotes.filter((n) => n.kind === 'CONSULT_ESCALATED')).toEqual([
      { kind: 'CONSULT_ESCALATED', recipient_id: physician.id },
    ]);
    const askedAfter = escalationNotes
      .filter((n) => n.kind === 'CONSULT_REQUESTED')
      .map((n) => n.recipient_id);
    // eli was asked by name first; everyone else in the specialty is asked on escalation.
    expect(sorted(askedAfter)).toEqual(sorted(cardiologists.map((c) => c.id)));
    expect(await auditOf(named.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_ESCALATED']);

    const [expired] = await rows<{ status: string; closed_at: Date | null }>(
      'SELECT status, closed_at FROM consult WHERE id = $1',
      [open.id],
    );
    expect(expired.status).toBe('EXPIRED');
    expect(expired.closed_at).not.toBeNull();
    expect((await notified(open.id)).filter((n) => n.kind === 'CONSULT_EXPIRED')).toEqual([
      { kind: 'CONSULT_EXPIRED', recipient_id: physician.id },
    ]);
    expect(await auditOf(open.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_EXPIRED']);
    expect(await queueIds(cora)).not.toContain(open.id);

    const [stillClaimed] = await rows<{ status: string }>('SELECT status FROM consult WHERE id = $1', [
      claimed.id,
    ]);
    expect(stillClaimed.status).toBe('CLAIMED');
    expect(await sweep.sweep()).toEqual({ escalated: 0, expired: 0 });
    await refused(() => claim(cora, open.id), 'CONFLICT');
  });

  it('should let the requester cancel an open or claimed consult, and nobody else', async () => {
    const [cora] = cardiologists;
    const first = await requested(physician, {
      caseId: await createCase(physician),
      specialtyId: cardiology,
    });
    await refused(() => cancel(cora, first.id), 'FORBIDDEN');
    const cancelled = await cancel(physician, first.id);
    expect(cancelled.data?.cancelConsult.status).toBe('CANCELLED');
    expect(await queueIds(cora)).not.toContain(first.id);
    await refused(() => claim(cora, first.id), 'CONFLICT');
    expect((await claim(cora, first.id)).errors?.[0].message).toBe('This consult is no longer open');
    await refused(() => cancel(physician, first.id), 'CONFLICT');

    const second = await requested(physician, {
      caseId: await createCase(physician),
      specialtyId: cardiology,
    });
    await claim(cora, second.id);
    expect((await cancel(physician, second.id)).data?.cancelConsult.status).toBe('CANCELLED');
    await refused(() => answer(cora, second.id, 'Too late.'), 'CONFLICT');
    expect(await auditOf(second.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CLAIMED', 'CONSULT_CANCELLED']);
  });

  it('should withdraw the consults still waiting when their case is closed or deleted, and keep answered ones', async () => {
    const [cora] = cardiologists;
    const caseId = await createCase(physician);
    const open = await requested(physician, { caseId, specialtyId: nephrology });
    const claimed = await requested(physician, { caseId, specialtyId: cardiology });
    await claim(cora, claimed.id);
    const answered = await requested(physician, { caseId, specialtyId: dermatology });
    await claim(dermatologist, answered.id);
    await answer(dermatologist, answered.id, 'Looks like erythema nodosum; biopsy if it persists.');

    const closed = await gql<{ updateCase: { status: string } }>(
      physician,
      `mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { status } }`,
      { i: { caseId, status: 'CLOSED' } },
    );
    expect(closed.data?.updateCase.status).toBe('CLOSED');
    const statuses = await rows<{ id: string; status: string; closed_at: Date | null }>(
      'SELECT id, status, closed_at FROM consult WHERE case_id = $1',
      [caseId],
    );
    const statusOf = (id: string) => statuses.find((r) => r.id === id);
    expect(statusOf(open.id)?.status).toBe('CANCELLED');
    expect(statusOf(claimed.id)?.status).toBe('CANCELLED');
    expect(statusOf(open.id)?.closed_at).not.toBeNull();
    expect(statusOf(answered.id)?.status).toBe('ANSWERED');
    expect(await auditOf(claimed.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CLAIMED', 'CONSULT_CANCELLED']);
    expect(await queueIds(cora)).not.toContain(claimed.id);
    await refused(() => answer(cora, claimed.id, 'Too late.'), 'CONFLICT');

    const deletedCase = await createCase(physician);
    const pending = await requested(physician, { caseId: deletedCase, specialtyId: cardiology });
    const deleted = await gql<{ deleteCase: boolean }>(
      physician,
      `mutation D($id: ID!) { deleteCase(caseId: $id) }`,
      { id: deletedCase },
    );
    expect(deleted.data?.deleteCase).toBe(true);
    expect(await auditOf(pending.id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CANCELLED']);
  });

  it('should let an answer race the closing of its case without an internal error', async () => {
    const [cora] = cardiologists;
    for (let round = 0; round < 8; round++) {
      const caseId = await createCase(physician);
      const consult = await requested(physician, { caseId, specialtyId: cardiology });
      expect((await claim(cora, consult.id)).errors).toBeUndefined();
      const [answered, closed] = await Promise.all([
        answer(cora, consult.id, 'Start a beta blocker and repeat the echo.'),
        gql<{ updateCase: { status: string } }>(
          physician,
          `mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { status } }`,
          { i: { caseId, status: 'CLOSED' } },
        ),
      ]);
      expect(closed.errors).toBeUndefined();
      // either the answer came first (and stands), or the close did (and withdrew the consult)
      expect(GraphqlClient.codes(answered)).toEqual(answered.errors ? ['CONFLICT'] : []);
      const [row] = await rows<{ status: string }>('SELECT status FROM consult WHERE id = $1', [consult.id]);
      expect(row.status).toBe(answered.errors ? 'CANCELLED' : 'ANSWERED');
    }
  });

  it('should refuse what is not allowed with the right code and change nothing', async () => {
    const [cora, dev] = cardiologists;
    const caseId = await createCase(physician);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const unverified = await register(t.client, 'Dr. Lou Unverified');

    await refused(() => requestConsult(unverified, { caseId, specialtyId: cardiology }), 'NOT_VERIFIED');
    await refused(() => gql(null, `{ consultQueue { edges { cursor } } }`), 'UNAUTHENTICATED');
    await refused(() => gql(unverified, `{ consultQueue { edges { cursor } } }`), 'NOT_VERIFIED');
    await refused(() => requestConsult(colleague, { caseId, specialtyId: cardiology }), 'FORBIDDEN');
    await refused(() => requestConsult(physician, { caseId: unknown, specialtyId: cardiology }), 'NOT_FOUND');
    await refused(() => requestConsult(physician, { caseId, specialtyId: unknown }), 'NOT_FOUND');
    await refused(
      () => requestConsult(physician, { caseId: 'nope', specialtyId: cardiology }),
      'BAD_USER_INPUT',
    );
    const anonymous = await createCase(physician, { anonymous: true });
    await refused(
      () => requestConsult(physician, { caseId: anonymous, specialtyId: cardiology }),
      'CONFLICT',
    );

    const consult = await requested(physician, { caseId, specialtyId: cardiology });
    await refused(() => requestConsult(physician, { caseId, specialtyId: cardiology }), 'CONFLICT');
    await refused(() => claim(unverified, consult.id), 'NOT_VERIFIED');
    await refused(() => claim(dermatologist, consult.id), 'FORBIDDEN');
    await refused(() => claim(physician, consult.id), 'FORBIDDEN');
    await refused(() => claim(cora, unknown), 'NOT_FOUND');
    await refused(() => claim(cora, 'not-an-id'), 'BAD_USER_INPUT');
    await refused(() => answer(cora, consult.id, 'Answer before claiming.'), 'CONFLICT');
    await refused(() => answer(dermatologist, consult.id, 'Not my field.'), 'FORBIDDEN');
    await refused(() => resolve(physician, consult.id, true), 'CONFLICT');

    await claim(cora, consult.id);
    await refused(() => claim(dev, consult.id), 'CONFLICT');
    await refused(() => claim(cora, consult.id), 'CONFLICT');
    await refused(() => answer(dev, consult.id, 'Someone else has it.'), 'FORBIDDEN');
    await refused(() => answer(cora, consult.id, ''), 'BAD_USER_INPUT');
    await refused(() => answer(cora, unknown, 'Nothing there.'), 'NOT_FOUND');
    await answer(cora, consult.id, 'Beta blocker and an echo.');
    await refused(() => answer(cora, consult.id, 'Again.'), 'CONFLICT');
    await refused(() => resolve(cora, consult.id, true), 'FORBIDDEN');
    await refused(() => resolve(colleague, consult.id, false), 'FORBIDDEN');
    await refused(() => cancel(physician, consult.id), 'CONFLICT');
    await resolve(physician, consult.id, false);
    await refused(() => resolve(physician, consult.id, true), 'CONFLICT');
    const [row] = await rows<{ helpful: boolean }>('SELECT helpful FROM consult WHERE id = $1', [consult.id]);
    expect(row.helpful).toBe(false);
  });

  it('should resolve consult fields for a page of cases in a constant number of queries', async () => {
    // The two newest cases hold every kind of consult field: answered (consultant, answer) and open.
    const answeredCase = await createCase(physician);
    const answered = await requested(physician, { caseId: answeredCase, specialtyId: dermatology });
    await claim(dermatologist, answered.id);
    await answer(dermatologist, answered.id, 'Looks like erythema migrans: doxycycline.');
    await requested(physician, { caseId: await createCase(physician), specialtyId: dermatology });
    const run = async (first: number): Promise<number> => {
      queries.length = 0;
      const res = await gql<{ feed: { edges: unknown[] } }>(
        physician,
        `query F($first: Int) { feed(channelId: "${rural}", first: $first) { edges { node { id
          consults { id specialty { name } requestedBy { id } consultant { id } answer { id } } } } } }`,
        { first },
      );
      expect(res.errors).toBeUndefined();
      return requestStatements(queries).length;
    };
    expect(await run(20)).toBe(await run(2));
  });
});
