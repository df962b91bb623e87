import { CONSULT_RETURN_QUEUE, ConsultReturnService } from '@curbside/consults';
import { JobsService } from '@curbside/jobs';
import {
  GraphqlClient,
  createTestApp,
  databaseDigest,
  login,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'consult.loop.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-the-consult-loop-17',
};

/** A fictional patient's identifiers; none equals or contains an account value of the clinicians below. */
const PLANTED = [
  'Theodora Vandermeulen',
  'Vandermeulen',
  'Plentywood',
  '1420 Juniper Lane',
  '(406) 555-0193',
  '555-0193',
  'ingrid.halvorsrud@ranchmail.com',
  'ranchmail',
  '517-38-2290',
  '48213377',
  '03/14/1931',
];
const PLANTED_MESSAGE =
  'Mrs. Theodora Vandermeulen (MRN 48213377, DOB 03/14/1931) of 1420 Juniper Lane, Plentywood: ' +
  'call her daughter at (406) 555-0193 or ingrid.halvorsrud@ranchmail.com, SSN 517-38-2290. ' +
  'The lesion border is irregular; can you send a dermoscopy photo of the border?';

const DIRECTORY_FIELDS = `edges { cursor node { id acceptingConsults onCallNow consultsAnswered medianMinutesToAnswer
  onCallWindows { id startsAt endsAt } specialties { name } clinician { id displayName } } }
  pageInfo { hasNextPage endCursor }`;

interface DirectoryNode {
  id: string;
  acceptingConsults: boolean;
  onCallNow: boolean;
  consultsAnswered: number;
  medianMinutesToAnswer: number | null;
  onCallWindows: { id: string; startsAt: string; endsAt: string }[];
  specialties: { name: string }[];
  clinician: { id: string; displayName: string };
}

interface DirectoryPage {
  edges: { cursor: string; node: DirectoryNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('The consult loop over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let physician: Session;
  let ivy: Session;
  let jade: Session;
  let kai: Session;
  let heart: Session;
  let dermatology: string;
  let cardiology: string;
  let rural: string;
  /** Every response of the suite, as JSON (for the privacy check). */
  const responses: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' } });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    [physician, ivy, jade, kai, heart] = await Promise.all(
      ['Dr. Ada Rural', 'Dr. Ivy Skin', 'Dr. Jade Skin', 'Dr. Kai Skin', 'Dr. Lou Heart'].map((n) =>
        verifiedClinician(t.client, admin, n),
      ),
    );
    const specialties = await must<{ specialties: { id: string; name: string }[] }>(
      physician,
      '{ specialties { id name } }',
    );
    const idOf = (name: string): string => specialties.specialties.find((s) => s.name === name)!.id;
    dermatology = idOf('Dermatology');
    cardiology = idOf('Cardiology');
    await profile(ivy, [dermatology], true);
    await profile(jade, [dermatology], true);
    await profile(kai, [dermatology], false);
    await profile(heart, [cardiology], true);
    const channels = await must<{ channels: { id: string; slug: string }[] }>(
      physician,
      '{ channels { id slug } }',
    );
    rural = channels.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  async function gql<T>(
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    const res = await t.client.request<T>(query, variables, { token: session.accessToken });
    responses.push(JSON.stringify(res));
    return res;
  }

  async function must<T>(
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await gql<T>(session, query, variables);
    if (res.errors || !res.data) throw new Error(`call failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    t.database.dataSource.query<T[]>(sql, params);

  async function profile(session: Session, specialtyIds: string[], acceptingConsults: boolean) {
    await must(session, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds, acceptingConsults },
    });
  }

  async function createCase(): Promise<string> {
    const data = await must<{ createCase: { id: string } }>(
      physician,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          channelId: rural,
          title: 'Changing pigmented lesion on the forearm',
          body: 'Irregular border, two colours, grew over three months. No dermoscopy locally.',
        },
      },
    );
    return data.createCase.id;
  }

  async function requestConsult(extra: Record<string, unknown> = {}): Promise<string> {
    const data = await must<{ requestConsult: { id: string } }>(
      physician,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId: await createCase(), specialtyId: dermatology, ...extra } },
    );
    return data.requestConsult.id;
  }

  const claim = (s: Session, id: string) =>
    gql<{ claimConsult: { id: string; status: string; answerDueAt: string | null } }>(
      s,
      'mutation C($id: ID!) { claimConsult(consultId: $id) { id status answerDueAt } }',
      { id },
    );
  const answer = (s: Session, id: string) =>
    gql(s, 'mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { id status } }', {
      i: { consultId: id, body: 'Likely dysplastic naevus; excise with 2 mm margins.' },
    });
  const cancel = (s: Session, id: string) =>
    gql<{ cancelConsult: { status: string } }>(
      s,
      'mutation X($id: ID!) { cancelConsult(consultId: $id) { status } }',
      {
        id,
      },
    );
  const resolve = (s: Session, id: string) =>
    gql(s, 'mutation R($id: ID!) { resolveConsult(consultId: $id, helpful: true) { status } }', { id });
  const send = (s: Session, consultId: string, body: string, requestsInformation?: boolean) =>
    gql<{
      sendConsultMessage: { id: string; body: string; requestsInformation: boolean; author: { id: string } };
    }>(
      s,
      'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id body requestsInformation author { id } } }',
      { i: { consultId, body, ...(requestsInformation === undefined ? {} : { requestsInformation }) } },
    );
  const messages = (s: Session, consultId: string, first = 20, after?: string) =>
    gql<{
      consultMessages: {
        edges: { cursor: string; node: { id: string; body: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(
      s,
      'query M($id: ID!, $first: Int, $after: String) { consultMessages(consultId: $id, first: $first, after: $after) { edges { cursor node { id body } } pageInfo { hasNextPage endCursor } } }',
      { id: consultId, first, after },
    );

  async function directory(args: Record<string, unknown> = {}): Promise<DirectoryPage> {
    const data = await must<{ specialistDirectory: DirectoryPage }>(
      physician,
      `query D($s: ID, $a: Boolean, $o: Boolean, $first: Int, $after: String) {
        specialistDirectory(specialtyId: $s, acceptingConsults: $a, onCallNow: $o, first: $first, after: $after) {
          ${DIRECTORY_FIELDS} } }`,
      args,
    );
    return data.specialistDirectory;
  }

  /** Runs a refused call: its one error code, and not a row of any table changed. */
  async function refused(call: () => Promise<GraphqlResponse<unknown>>, code: string): Promise<void> {
    const before = await databaseDigest(t.database.dataSource);
    const res = await call();
    expect(GraphqlClient.codes(res)).toEqual([code]);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  }

  async function statusOf(id: string): Promise<{ status: string; consultant_id: string | null }> {
    const [row] = await rows<{ status: string; consultant_id: string | null }>(
      'SELECT status, consultant_id FROM consult WHERE id = $1',
      [id],
    );
    return row;
  }

  const notified = (consultId: string) =>
    rows<{ kind: string; recipient_id: string }>(
      'SELECT kind, recipient_id FROM notification WHERE consult_id = $1 ORDER BY kind, recipient_id',
      [consultId],
    );

  const auditOf = async (id: string) =>
    (
      await rows<{ action: string }>('SELECT action FROM audit_event WHERE target_id = $1 ORDER BY at, id', [
        id,
      ])
    ).map((r) => r.action);

  describe('specialist directory', () => {
    it('should list verified dermatologists by display name, with filters, across keyset pages', async () => {
      const all = await directory({ s: dermatology });
      expect(all.edges.map((e) => e.node.clinician.displayName)).toEqual([
        'Dr. Ivy Skin',
        'Dr. Jade Skin',
        'Dr. Kai Skin',
      ]);
      expect(all.edges.map((e) => e.node.acceptingConsults)).toEqual([true, true, false]);
      const accepting = await directory({ s: dermatology, a: true });
      expect(accepting.edges.map((e) => e.node.id)).toEqual([ivy.id, jade.id]);
      // no specialty given: every clinician who practises one, still by name
      const everyone = (await directory({ first: 100 })).edges.map((e) => e.node.id);
      expect(everyone).toEqual(expect.arrayContaining([ivy.id, jade.id, kai.id, heart.id]));
      expect(everyone).not.toContain(physician.id);

      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await directory({ s: dermatology, first: 1, after });
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual([ivy.id, jade.id, kai.id]);
    });

    it('should show display names only: no e-mail or licence of a specialist in the response', async () => {
      const page = await directory({ s: dermatology });
      const json = JSON.stringify(page);
      for (const s of [ivy, jade, kai]) expect(json).not.toContain(s.email);
      const licences = await rows<{ license_number: string; npi: string }>(
        'SELECT license_number, npi FROM license WHERE clinician_id = ANY($1::uuid[])',
        [[ivy.id, jade.id, kai.id]],
      );
      expect(licences.length).toBeGreaterThan(0);
      for (const l of licences) {
        expect(json).not.toContain(l.license_number);
        expect(json).not.toContain(l.npi);
      }
    });

    it('should refuse a bad on-call window with a clear code, change nothing, and show a good one as on call now', async () => {
      const add = (startsAt: string, endsAt: string) =>
        gql<{ addOnCallWindow: { id: string } }>(
          jade,
          'mutation A($i: AddOnCallWindowInput!) { addOnCallWindow(input: $i) { id startsAt endsAt } }',
          { i: { startsAt, endsAt } },
        );
      const hour = 3_600_000;
      const at = (offset: number) => new Date(Date.now() + offset).toISOString();
      await refused(() => add(at(2 * hour), at(hour)), 'BAD_USER_INPUT');
      await refused(() => add(at(-3 * hour), at(-hour)), 'BAD_USER_INPUT');
      await refused(() => add(at(0), at(15 * 24 * hour)), 'BAD_USER_INPUT');

      expect((await directory({ s: dermatology, o: true })).edges).toEqual([]);
      const now = await add(at(-hour), at(4 * hour));
      expect(now.errors).toBeUndefined();
      const later = await add(at(24 * hour), at(30 * hour));
      const onCall = await directory({ s: dermatology, o: true });
      expect(onCall.edges.map((e) => e.node.id)).toEqual([jade.id]);
      expect(onCall.edges[0].node.onCallWindows).toHaveLength(2);
      expect((await directory({ s: dermatology, o: false })).edges.map((e) => e.node.id)).toEqual([
        ivy.id,
        kai.id,
      ]);
      const mine = await must<{ myOnCallWindows: { id: string }[] }>(jade, '{ myOnCallWindows { id } }');
      expect(mine.myOnCallWindows.map((w) => w.id)).toEqual([
        now.data!.addOnCallWindow.id,
        later.data!.addOnCallWindow.id,
      ]);

      const remove = (s: Session, id: string) =>
        gql(s, 'mutation R($id: ID!) { removeOnCallWindow(windowId: $id) }', { id });
      await refused(() => remove(ivy, later.data!.addOnCallWindow.id), 'NOT_FOUND');
      expect((await remove(jade, later.data!.addOnCallWindow.id)).data).toEqual({ removeOnCallWindow: true });
      expect(await auditOf(later.data!.addOnCallWindow.id)).toEqual([
        'ON_CALL_WINDOW_ADDED',
        'ON_CALL_WINDOW_REMOVED',
      ]);
    });

    it('should compute answers and time to answer from consult rows, and ask a listed specialist directly', async () => {
      const before = (await directory({ s: dermatology })).edges.find((e) => e.node.id === ivy.id)!.node;
      expect(before).toMatchObject({ consultsAnswered: 0, medianMinutesToAnswer: null });
      const id = await requestConsult();
      expect((await claim(ivy, id)).errors).toBeUndefined();
      expect((await answer(ivy, id)).errors).toBeUndefined();
      // requested two hours before the answer: the median is computed, not declared
      await rows(`UPDATE consult SET created_at = answered_at - interval '120 minutes' WHERE id = $1`, [id]);
      const after = (await directory({ s: dermatology })).edges.find((e) => e.node.id === ivy.id)!.node;
      expect(after).toMatchObject({ consultsAnswered: 1, medianMinutesToAnswer: 120 });

      const named = await requestConsult({ consultantId: after.id });
      const [row] = await rows<{ named: boolean; consultant_id: string }>(
        'SELECT named, consultant_id FROM consult WHERE id = $1',
        [named],
      );
      expect(row).toEqual({ named: true, consultant_id: ivy.id });
      expect((await notified(named)).filter((n) => n.kind === 'CONSULT_REQUESTED')).toEqual([
        { kind: 'CONSULT_REQUESTED', recipient_id: ivy.id },
      ]);
    });
  });

  describe('lifecycle', () => {
    it('should refuse each transition its state does not allow, changing nothing', async () => {
      const open = await requestConsult();
      await refused(() => resolve(physician, open), 'CONFLICT');
      await refused(() => answer(jade, open), 'CONFLICT');
      const answered = await requestConsult();
      await claim(ivy, answered);
      await refused(() => claim(jade, answered), 'CONFLICT');
      await refused(() => answer(jade, answered), 'FORBIDDEN');
      await answer(ivy, answered);
      await refused(() => cancel(physician, answered), 'CONFLICT');
      await refused(() => answer(ivy, answered), 'CONFLICT');
      expect((await cancel(physician, open)).data).toEqual({ cancelConsult: { status: 'CANCELLED' } });
      await refused(() => claim(ivy, open), 'CONFLICT');
      await refused(() => cancel(physician, open), 'CONFLICT');
      await refused(() => resolve(physician, open), 'CONFLICT');
    });

    it('should let the requester withdraw a claimed consult and tell the specialist who held it', async () => {
      const id = await requestConsult();
      const claimed = await claim(jade, id);
      expect(claimed.data!.claimConsult.answerDueAt).not.toBeNull();
      await refused(() => cancel(jade, id), 'FORBIDDEN');
      expect((await cancel(physician, id)).data).toEqual({ cancelConsult: { status: 'CANCELLED' } });
      expect((await notified(id)).filter((n) => n.kind === 'CONSULT_WITHDRAWN')).toEqual([
        { kind: 'CONSULT_WITHDRAWN', recipient_id: jade.id },
      ]);
      expect(await auditOf(id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CLAIMED', 'CONSULT_CANCELLED']);
    });

    it('should return an overdue claim to the queue once when two sweeps run at once, audited and notified', async () => {
      const overdue = await requestConsult();
      const fresh = await requestConsult();
      await claim(jade, overdue);
      await claim(jade, fresh);
      await rows(`UPDATE consult SET answer_due_at = now() - interval '1 minute' WHERE id = $1`, [overdue]);
      const service = t.api.app.get(ConsultReturnService);

      const counts = await Promise.all([service.returnOverdueClaims(), service.returnOverdueClaims()]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
      const [row] = await rows<{
        status: string;
        consultant_id: string | null;
        named: boolean;
        claimed_at: Date | null;
        answer_due_at: Date | null;
        due_at: Date;
      }>(
        'SELECT status, consultant_id, named, claimed_at, answer_due_at, due_at FROM consult WHERE id = $1',
        [overdue],
      );
      expect(row).toMatchObject({
        status: 'OPEN',
        consultant_id: null,
        named: false,
        claimed_at: null,
        answer_due_at: null,
      });
      expect(row.due_at.getTime()).toBeGreaterThan(Date.now());
      expect(await statusOf(fresh)).toEqual({ status: 'CLAIMED', consultant_id: jade.id });
      expect(await auditOf(overdue)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CLAIMED', 'CONSULT_RETURNED']);
      const notes = await notified(overdue);
      expect(
        notes
          .filter((n) => n.kind === 'CONSULT_RETURNED')
          .map((n) => n.recipient_id)
          .sort(),
      ).toEqual([physician.id, jade.id].sort());
      // the specialty is asked again, but not the specialist who let it lapse (ivy accepts; kai does not)
      const askedAgain = notes.filter((n) => n.kind === 'CONSULT_REQUESTED').map((n) => n.recipient_id);
      expect(askedAgain.filter((id) => id === ivy.id)).toHaveLength(2);
      expect(askedAgain).not.toContain(kai.id);

      expect(await service.returnOverdueClaims()).toBe(0);
      // back in the queue: anyone of the specialty may claim it again
      expect((await claim(ivy, overdue)).data?.claimConsult.status).toBe('CLAIMED');
    });
  });

  it('should run the return sweep as a job on the queue', async () => {
    const id = await requestConsult();
    await claim(jade, id);
    await rows(`UPDATE consult SET answer_due_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    await t.api.app.get(JobsService).send(CONSULT_RETURN_QUEUE, {});
    const deadline = Date.now() + 30_000;
    while ((await statusOf(id)).status !== 'OPEN' && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 250));
    }
    expect(await statusOf(id)).toEqual({ status: 'OPEN', consultant_id: null });
    expect(await auditOf(id)).toEqual(['CONSULT_REQUESTED', 'CONSULT_CLAIMED', 'CONSULT_RETURNED']);
  });

  describe('private dialogue', () => {
    let consultId: string;

    beforeAll(async () => {
      consultId = await requestConsult();
    });

    it('should stay closed until the consult is claimed', async () => {
      await refused(() => send(physician, consultId, 'Any thoughts yet?'), 'CONFLICT');
      await claim(ivy, consultId);
    });

    it('should let the two parties talk, the specialist ask for information, and notify the other', async () => {
      const asked = await send(ivy, consultId, PLANTED_MESSAGE, true);
      expect(asked.errors).toBeUndefined();
      expect(asked.data!.sendConsultMessage).toMatchObject({
        requestsInformation: true,
        author: { id: ivy.id },
      });
      expect(asked.data!.sendConsultMessage.body).toContain('dermoscopy photo of the border');
      const replied = await send(physician, consultId, 'Photo attached to the case; the border is notched.');
      expect(replied.errors).toBeUndefined();
      const notes = (await notified(consultId)).filter(
        (n) => n.kind.startsWith('CONSULT_') && n.kind !== 'CONSULT_REQUESTED',
      );
      expect(notes).toEqual(
        expect.arrayContaining([
          { kind: 'CONSULT_INFO_REQUESTED', recipient_id: physician.id },
          { kind: 'CONSULT_MESSAGE', recipient_id: ivy.id },
        ]),
      );
      await refused(
        () => send(physician, consultId, 'Please also look at the scalp.', true),
        'BAD_USER_INPUT',
      );
    });

    it('should show the dialogue to its parties and administrators only, in keyset pages', async () => {
      const first = await messages(physician, consultId, 1);
      expect(first.data!.consultMessages.edges).toHaveLength(1);
      expect(first.data!.consultMessages.pageInfo.hasNextPage).toBe(true);
      const second = await messages(ivy, consultId, 1, first.data!.consultMessages.pageInfo.endCursor!);
      expect(second.data!.consultMessages.edges[0].node.body).toContain('notched');
      expect(second.data!.consultMessages.pageInfo.hasNextPage).toBe(false);
      expect((await messages(admin, consultId)).data!.consultMessages.edges).toHaveLength(2);

      await refused(() => messages(jade, consultId), 'FORBIDDEN');
      await refused(() => send(jade, consultId, 'May I join?'), 'FORBIDDEN');
      await refused(() => send(admin, consultId, 'An administrator reads only.'), 'FORBIDDEN');
      await refused(() => messages(physician, '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    });

    it('should stay open after the answer and close with the consult', async () => {
      await answer(ivy, consultId);
      expect((await send(physician, consultId, 'Thank you, booking the excision.')).errors).toBeUndefined();
      await resolve(physician, consultId);
      await refused(() => send(ivy, consultId, 'Let me know the histology.'), 'CONFLICT');
      expect((await messages(ivy, consultId)).data!.consultMessages.edges).toHaveLength(3);
    });
  });

  describe('structured case template', () => {
    const SAVE = `mutation S($i: SaveCaseDetailsInput!) { saveCaseDetails(input: $i) {
      clinicalQuestion ageBand sex presentingProblem timeline { dayOffset event } vitals { heartRate systolicBp diastolicBp temperatureC oxygenSaturation }
      labs { name value unit dayOffset } medications { name dose unit frequency } tried nearestSpecialistKm travelMinutes
      transferOptions localCapabilities } }`;
    const base = (caseId: string) => ({
      caseId,
      clinicalQuestion: `Excise here or refer? ${PLANTED_MESSAGE}`,
      ageBand: 'ADULT_65_89',
      sex: 'FEMALE',
      presentingProblem: 'Pigmented lesion on the forearm seen by Dr. Theodora Vandermeulen at Plentywood.',
      timeline: [
        { dayOffset: 90, event: 'Lesion now 9 mm with a notched border; called (406) 555-0193.' },
        { dayOffset: 0, event: 'First noticed by the patient, 5 mm.' },
      ],
      vitals: { heartRate: 78, systolicBp: 142, diastolicBp: 84, temperatureC: 36.8, oxygenSaturation: 97 },
      labs: [{ name: 'Hemoglobin', value: 13.1, unit: 'g/dL', dayOffset: 90 }],
      medications: [{ name: 'Warfarin', dose: 5, unit: 'mg', frequency: 'once daily, MRN 48213377' }],
      tried: 'Nothing yet; ingrid.halvorsrud@ranchmail.com asked for a referral.',
      nearestSpecialistKm: 410,
      travelMinutes: 300,
      transferOptions: ['PRIVATE_VEHICLE', 'SCHEDULED_REFERRAL'],
      localCapabilities: ['XRAY', 'BASIC_LABS', 'TELEHEALTH'],
    });
    let caseId: string;

    beforeAll(async () => {
      caseId = await createCase();
    });

    it('should save the template with its free text de-identified and show it on the case', async () => {
      const saved = await gql<{ saveCaseDetails: Record<string, unknown> }>(physician, SAVE, {
        i: base(caseId),
      });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveCaseDetails).toMatchObject({
        ageBand: 'ADULT_65_89',
        sex: 'FEMALE',
        vitals: { heartRate: 78, systolicBp: 142, diastolicBp: 84, temperatureC: 36.8, oxygenSaturation: 97 },
        labs: [{ name: 'Hemoglobin', value: 13.1, unit: 'g/dL', dayOffset: 90 }],
        medications: [{ name: 'Warfarin', dose: 5, unit: 'mg' }],
        nearestSpecialistKm: 410,
        travelMinutes: 300,
        localCapabilities: ['XRAY', 'BASIC_LABS', 'TELEHEALTH'],
      });
      const timeline = saved.data!.saveCaseDetails.timeline as { dayOffset: number; event: string }[];
      expect(timeline.map((e) => e.dayOffset)).toEqual([0, 90]);
      const read = await must<{ case: { details: { clinicalQuestion: string; travelMinutes: number } } }>(
        ivy,
        'query C($id: ID!) { case(id: $id) { details { clinicalQuestion travelMinutes } } }',
        { id: caseId },
      );
      expect(read.case.details.clinicalQuestion).toContain('dermoscopy photo of the border');
      expect(read.case.details.travelMinutes).toBe(300);
      expect(await auditOf(caseId)).toContain('CASE_DETAILS_SAVED');
    });

    it('should refuse values out of range or in unknown units with a clear code that does not echo them', async () => {
      const bad: [string, Record<string, unknown>, string][] = [
        ['heart rate', { vitals: { heartRate: 999 } }, 'heartRate'],
        ['lab unit', { labs: [{ name: 'Hemoglobin', value: 13.1, unit: 'furlongs-per-zorp' }] }, 'unit'],
        ['dose unit', { medications: [{ name: 'Warfarin', dose: 5, unit: 'bottles-of-zorp' }] }, 'unit'],
        ['negative dose', { medications: [{ name: 'Warfarin', dose: -5, unit: 'mg' }] }, 'dose'],
        ['day offset', { timeline: [{ dayOffset: 99999, event: 'too far' }] }, 'dayOffset'],
        ['blood pressure', { vitals: { systolicBp: 80, diastolicBp: 120 } }, 'diastolicBp'],
        ['travel', { travelMinutes: -3 }, 'travelMinutes'],
      ];
      for (const [, change, field] of bad) {
        const before = await databaseDigest(t.database.dataSource);
        const res = await gql(physician, SAVE, { i: { ...base(caseId), ...change } });
        expect(GraphqlClient.codes(res)).toEqual(['BAD_USER_INPUT']);
        // the correlation id is a random UUID: its hex digits could hold '999' by chance
        const error = JSON.stringify(
          res.errors?.map(({ extensions, ...rest }) => ({
            ...rest,
            extensions: { ...extensions, correlationId: 'x' },
          })),
        );
        expect(error).toContain(field);
        for (const echoed of ['zorp', '99999', '999', 'too far']) expect(error).not.toContain(echoed);
        expect(await databaseDigest(t.database.dataSource)).toEqual(before);
      }
    });

    it('should let only the case author save it', async () => {
      await refused(() => gql(ivy, SAVE, { i: base(caseId) }), 'FORBIDDEN');
    });

    it('should filter the feed and search on age band, local capabilities and travel time', async () => {
      const other = await createCase();
      await must(physician, SAVE, {
        i: { ...base(other), ageBand: 'CHILD', localCapabilities: ['XRAY'], travelMinutes: 30 },
      });
      const feed = async (details: Record<string, unknown>) =>
        (
          await must<{ feed: { edges: { node: { id: string } }[] } }>(
            physician,
            'query F($ch: ID, $d: CaseDetailsFilter) { feed(channelId: $ch, first: 100, details: $d) { edges { node { id } } } }',
            { ch: rural, d: details },
          )
        ).feed.edges.map((e) => e.node.id);
      expect(await feed({ ageBands: ['ADULT_65_89'] })).toEqual([caseId]);
      expect(await feed({ localCapabilities: ['XRAY'] })).toEqual([other, caseId]);
      expect(await feed({ localCapabilities: ['XRAY', 'TELEHEALTH'] })).toEqual([caseId]);
      expect(await feed({ minTravelMinutes: 120 })).toEqual([caseId]);
      expect(await feed({ ageBands: ['CHILD'], localCapabilities: ['TELEHEALTH'] })).toEqual([]);
      const search = await must<{ searchCases: { edges: { node: { id: string } }[] } }>(
        physician,
        'query S($d: CaseDetailsFilter) { searchCases(query: "pigmented lesion", first: 100, details: $d) { edges { node { id } } } }',
        { d: { ageBands: ['CHILD'] } },
      );
      expect(search.searchCases.edges.map((e) => e.node.id)).toEqual([other]);
    });

    it('should filter on the details as last saved, in one or several age bands', async () => {
      const edited = await createCase();
      await must(physician, SAVE, {
        i: { ...base(edited), ageBand: 'CHILD', localCapabilities: ['ULTRASOUND'], travelMinutes: 20 },
      });
      const ids = async (details: Record<string, unknown>) =>
        (
          await must<{ feed: { edges: { node: { id: string } }[] } }>(
            physician,
            'query F($ch: ID, $d: CaseDetailsFilter) { feed(channelId: $ch, first: 100, details: $d) { edges { node { id } } } }',
            { ch: rural, d: details },
          )
        ).feed.edges
          .map((e) => e.node.id)
          .filter((id) => id === edited || id === caseId);
      expect(await ids({ localCapabilities: ['ULTRASOUND'] })).toEqual([edited]);
      await must(physician, SAVE, {
        i: {
          ...base(edited),
          ageBand: 'ADULT_90_PLUS',
          localCapabilities: ['TELEHEALTH'],
          travelMinutes: 240,
        },
      });
      expect(await ids({ localCapabilities: ['ULTRASOUND'] })).toEqual([]);
      expect(await ids({ ageBands: ['CHILD'] })).toEqual([]);
      expect(await ids({ ageBands: ['ADULT_90_PLUS'] })).toEqual([edited]);
      expect(await ids({ ageBands: ['ADULT_90_PLUS', 'ADULT_65_89'] })).toEqual([edited, caseId]);
      expect(await ids({ minTravelMinutes: 200, localCapabilities: ['TELEHEALTH'] })).toEqual([
        edited,
        caseId,
      ]);
      expect(await ids({ minTravelMinutes: 250 })).toEqual([caseId]);
    });
  });

  it('should keep every planted identifier out of every column, log line and response', async () => {
    expect(PLANTED.every((value) => PLANTED_MESSAGE.includes(value))).toBe(true);
    const [stored] = await rows<{ body: string; deid_finding_count: number }>(
      "SELECT body, deid_finding_count FROM consult_message WHERE body LIKE '%dermoscopy photo%'",
    );
    expect(stored.deid_finding_count).toBeGreaterThan(0);
    const columns = await rows<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
          AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
               OR c.udt_name = 'tsvector')`,
    );
    expect(columns.map((c) => c.table_name)).toEqual(
      expect.arrayContaining(['consult_message', 'audit_event']),
    );
    const sources: { label: string; text: string }[] = [
      { label: 'logs', text: t.logs.join('') },
      ...responses.map((text, i) => ({ label: `response ${i}`, text })),
    ];
    for (const { table_name: table, column_name: column } of columns) {
      const values = await rows<{ v: string }>(
        `SELECT "${column}"::text AS v FROM "${table}" WHERE "${column}" IS NOT NULL`,
      );
      sources.push(...values.map((r) => ({ label: `${table}.${column}`, text: r.v })));
    }
    const survivors = PLANTED.flatMap((value) =>
      sources
        .filter((s) => s.text.toLowerCase().includes(value.toLowerCase()))
        .map((s) => `${value} in ${s.label}`),
    );
    expect(survivors).toEqual([]);
  });
});
