import { CaseOutcomeService, OUTCOME_FOLLOW_UP_QUEUE, followUpJobId } from '@curbside/cases';
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
  CURBSIDE_ADMIN_EMAIL: 'consult.outcomes.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-the-outcome-follow-up-17',
};

/** A fictional patient's identifiers; none equals or contains an account value of the clinicians below. */
const PLANTED = [
  'Augustina Pennywhistle',
  'Pennywhistle',
  'Wolf Point',
  '88 Cottonwood Road',
  '(406) 555-0177',
  '555-0177',
  'rosalind.okafor@prairiemail.net',
  'prairiemail',
  '529-41-7730',
  '77120449',
  '11/02/1936',
];
const PLANTED_TEXT =
  'Mrs. Augustina Pennywhistle (MRN 77120449, DOB 11/02/1936) of 88 Cottonwood Road, Wolf Point; ' +
  'daughter at (406) 555-0177 or rosalind.okafor@prairiemail.net, SSN 529-41-7730.';

const OUTCOME_FIELDS =
  'finalDiagnosis actionsTaken changedManagement adviceConfirmed course notes reportedAt';

describe('Outcome follow-up and consultant credit over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let physician: Session;
  let skin: Session;
  let replier: Session;
  let stranger: Session;
  let dermatology: string;
  let rural: string;
  const responses: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' } });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    [physician, skin, replier, stranger] = await Promise.all(
      ['Dr. Ada Rural', 'Dr. Ivy Skin', 'Dr. Rae Replier', 'Dr. Stan Stranger'].map((n) =>
        verifiedClinician(t.client, admin, n),
      ),
    );
    const specialties = await must<{ specialties: { id: string; name: string }[] }>(
      physician,
      '{ specialties { id name } }',
    );
    dermatology = specialties.specialties.find((s) => s.name === 'Dermatology')!.id;
    await must(skin, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [dermatology], acceptingConsults: true },
    });
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

  async function refused(call: () => Promise<GraphqlResponse<unknown>>, code: string): Promise<void> {
    const before = await databaseDigest(t.database.dataSource);
    const res = await call();
    expect(GraphqlClient.codes(res)).toEqual([code]);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  }

  async function createCase(title = 'Changing pigmented lesion on the forearm'): Promise<string> {
    const data = await must<{ createCase: { id: string } }>(
      physician,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { channelId: rural, title, body: 'Irregular border, two colours, grew over three months.' } },
    );
    return data.createCase.id;
  }

  /** A case with a consult the dermatologist answered (with minutes), a reply by `replier`, resolved. */
  async function answeredCase(
    minutesSpent: number | null,
    title?: string,
  ): Promise<{ caseId: string; consultId: string }> {
    const caseId = await createCase(title);
    const { requestConsult } = await must<{ requestConsult: { id: string } }>(
      physician,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId, specialtyId: dermatology } },
    );
    const consultId = requestConsult.id;
    await must(skin, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', { id: consultId });
    await must(skin, 'mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { id } }', {
      i: {
        consultId,
        body: 'Likely dysplastic naevus; excise with 2 mm margins.',
        ...(minutesSpent === null ? {} : { minutesSpent }),
      },
    });
    await must(replier, 'mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }', {
      i: { caseId, body: 'Agree with excision; dermoscopy would help.' },
    });
    return { caseId, consultId };
  }

  const resolveCase = (caseId: string) =>
    must(physician, 'mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { id status } }', {
      i: { caseId, status: 'RESOLVED' },
    });

  const report = (s: Session, caseId: string, extra: Record<string, unknown> = {}) =>
    gql<{ reportCaseOutcome: Record<string, unknown> }>(
      s,
      `mutation O($i: ReportCaseOutcomeInput!) { reportCaseOutcome(input: $i) { ${OUTCOME_FIELDS} } }`,
      {
        i: {
          caseId,
          finalDiagnosis: 'Dysplastic naevus, completely excised',
          actionsTaken: 'Excision with 2 mm margins at the clinic',
          changedManagement: true,
          adviceConfirmed: true,
          course: 'RECOVERED',
          ...extra,
        },
      },
    );

  const notified = (caseId: string, kind: string) =>
    rows<{ recipient_id: string }>(
      'SELECT recipient_id FROM notification WHERE case_id = $1 AND kind = $2 ORDER BY recipient_id',
      [caseId, kind],
    ).then((r) => r.map((x) => x.recipient_id));

  describe('follow-up', () => {
    it('should send the 30- and 90-day follow-up jobs in the resolving transaction, once each', async () => {
      const caseId = await createCase();
      const before = Date.now();
      await resolveCase(caseId);
      const jobs = await rows<{ id: string; data: { caseId: string; days: number }; start_after: Date }>(
        "SELECT id, data, start_after FROM pgboss.job WHERE name = $1 AND data->>'caseId' = $2 ORDER BY start_after",
        [OUTCOME_FOLLOW_UP_QUEUE, caseId],
      );
      expect(jobs.map((j) => [j.id, j.data.days])).toEqual([
        [followUpJobId(caseId, 30), 30],
        [followUpJobId(caseId, 90), 90],
      ]);
      const days = (j: { start_after: Date }) => (j.start_after.getTime() - before) / 86_400_000;
      expect(days(jobs[0])).toBeGreaterThan(29.99);
      expect(days(jobs[0])).toBeLessThan(30.01);
      expect(days(jobs[1])).toBeGreaterThan(89.99);
      // sending the same job again makes no second one
      await t.api.app
        .get(JobsService)
        .send(OUTCOME_FOLLOW_UP_QUEUE, { caseId, days: 30 }, { id: followUpJobId(caseId, 30) });
      expect(
        await rows("SELECT id FROM pgboss.job WHERE name = $1 AND data->>'caseId' = $2", [
          OUTCOME_FOLLOW_UP_QUEUE,
          caseId,
        ]),
      ).toHaveLength(2);
    });

    it('should ask the author once when two runs of one follow-up race, audited, and not again after an outcome', async () => {
      const { caseId } = await answeredCase(20);
      await resolveCase(caseId);
      const service = t.api.app.get(CaseOutcomeService);

      const asked = await Promise.all([service.followUp(caseId, 30), service.followUp(caseId, 30)]);
      expect(asked.filter(Boolean)).toHaveLength(1);
      expect(await notified(caseId, 'CASE_OUTCOME_REQUESTED')).toEqual([physician.id]);
      expect(
        await rows('SELECT action FROM audit_event WHERE target_id = $1 AND action = $2', [
          caseId,
          'CASE_OUTCOME_REQUESTED',
        ]),
      ).toHaveLength(1);
      expect(await service.followUp(caseId, 30)).toBe(false);
      // through the outbox: its category (CASE_OUTCOMES) sends e-mail at once by default
      expect(
        await rows(
          `SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
            WHERE n.case_id = $1 AND n.kind = 'CASE_OUTCOME_REQUESTED' AND d.channel = 'EMAIL'`,
          [caseId],
        ),
      ).toHaveLength(1);

      expect((await report(physician, caseId)).errors).toBeUndefined();
      // reported since the 30-day question: the 90-day run records itself and asks nothing
      expect(await service.followUp(caseId, 90)).toBe(false);
      expect(await notified(caseId, 'CASE_OUTCOME_REQUESTED')).toEqual([physician.id]);
      expect(
        await rows<{ days: number; asked: boolean }>(
          'SELECT days, asked FROM case_outcome_request WHERE case_id = $1 ORDER BY days',
          [caseId],
        ),
      ).toEqual([
        { days: 30, asked: true },
        { days: 90, asked: false },
      ]);
    });

    it('should ask nothing for a case that is no longer resolved', async () => {
      const caseId = await createCase();
      await resolveCase(caseId);
      await must(physician, 'mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { id } }', {
        i: { caseId, status: 'CLOSED' },
      });
      expect(await t.api.app.get(CaseOutcomeService).followUp(caseId, 30)).toBe(false);
      expect(await notified(caseId, 'CASE_OUTCOME_REQUESTED')).toEqual([]);
    });

    it('should run a due follow-up as a job on the queue', async () => {
      const caseId = await createCase();
      await resolveCase(caseId);
      await rows('UPDATE pgboss.job SET start_after = now() WHERE id = $1', [followUpJobId(caseId, 30)]);
      const deadline = Date.now() + 60_000;
      while ((await notified(caseId, 'CASE_OUTCOME_REQUESTED')).length === 0 && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 500));
      }
      expect(await notified(caseId, 'CASE_OUTCOME_REQUESTED')).toEqual([physician.id]);
    });
  });

  describe('reporting the outcome', () => {
    let caseId: string;

    beforeAll(async () => {
      ({ caseId } = await answeredCase(null));
    });

    it('should refuse an outcome before the case is resolved, changing nothing', async () => {
      await refused(() => report(physician, caseId), 'CONFLICT');
    });

    it("should refuse someone else's case and bad values with clear codes that do not echo them", async () => {
      await resolveCase(caseId);
      await refused(() => report(stranger, caseId), 'FORBIDDEN');
      await refused(() => report(physician, caseId, { course: 'CURED_BY_MAGIC' }), 'BAD_USER_INPUT');
      const long = `${'x'.repeat(495)} ${PLANTED[0]}`;
      const res = await gql(
        physician,
        'mutation O($i: ReportCaseOutcomeInput!) { reportCaseOutcome(input: $i) { course } }',
        {
          i: {
            caseId,
            finalDiagnosis: long,
            actionsTaken: 'Excision',
            changedManagement: true,
            course: 'RECOVERED',
          },
        },
      );
      expect(GraphqlClient.codes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res)).not.toContain(PLANTED[0]);
      await refused(() => report(physician, caseId, { finalDiagnosis: '   ' }), 'BAD_USER_INPUT');
    });

    it('should store every free text de-identified, show it on the case and tell the consultant and the replier', async () => {
      const res = await report(physician, caseId, {
        finalDiagnosis: `Dysplastic naevus in ${PLANTED_TEXT}`,
        actionsTaken: `Excised at the clinic. ${PLANTED_TEXT}`,
        notes: `Seen again at day 14. ${PLANTED_TEXT}`,
        adviceConfirmed: true,
        changedManagement: true,
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.reportCaseOutcome).toMatchObject({ course: 'RECOVERED', changedManagement: true });
      const shown = await must<{ case: { outcome: Record<string, string> } }>(
        skin,
        `query C($id: ID!) { case(id: $id) { outcome { ${OUTCOME_FIELDS} } } }`,
        { id: caseId },
      );
      expect(shown.case.outcome.finalDiagnosis).toContain('Dysplastic naevus');
      expect(shown.case.outcome.notes).toContain('day 14');
      const [stored] = await rows<{ deid_finding_count: number }>(
        'SELECT deid_finding_count FROM case_outcome WHERE case_id = $1',
        [caseId],
      );
      expect(stored.deid_finding_count).toBeGreaterThan(0);
      expect(await notified(caseId, 'CASE_OUTCOME_REPORTED')).toEqual([skin.id, replier.id].sort());
      expect(
        await rows('SELECT action FROM audit_event WHERE target_id = $1 AND action = $2', [
          caseId,
          'CASE_OUTCOME_REPORTED',
        ]),
      ).toHaveLength(1);
    });

    it('should remove the spans its author marks in an answer and in each outcome text, refusing a span past the text', async () => {
      const marked = await createCase();
      const { requestConsult } = await must<{ requestConsult: { id: string } }>(
        physician,
        'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
        { i: { caseId: marked, specialtyId: dermatology } },
      );
      await must(skin, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', {
        id: requestConsult.id,
      });
      const answer = 'Excise it; the Lakeshore team can do it locally.';
      const at = answer.indexOf('Lakeshore');
      await must(skin, 'mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { id } }', {
        i: { consultId: requestConsult.id, body: answer, extraRedactions: [{ start: at, end: at + 9 }] },
      });
      const [reply] = await rows<{ body: string }>(
        'SELECT r.body FROM reply r JOIN consult c ON c.answer_reply_id = r.id WHERE c.id = $1',
        [requestConsult.id],
      );
      expect(reply.body).not.toContain('Lakeshore');
      expect(reply.body).toContain('[OTHER_ID]');

      await resolveCase(marked);
      await refused(
        () => report(physician, marked, { notes: 'Short', notesRedactions: [{ start: 0, end: 50 }] }),
        'BAD_USER_INPUT',
      );
      const actions = 'Excised by the Lakeshore team';
      const notes = '  Followed up by the Brambleton nurse  ';
      const res = await report(physician, marked, {
        actionsTaken: actions,
        actionsTakenRedactions: [
          { start: actions.indexOf('Lakeshore'), end: actions.indexOf('Lakeshore') + 9 },
        ],
        // offsets into the trimmed text, as the preview showed it
        notes,
        notesRedactions: [
          { start: notes.trim().indexOf('Brambleton'), end: notes.trim().indexOf('Brambleton') + 10 },
        ],
      });
      expect(res.errors).toBeUndefined();
      const [stored] = await rows<{ actions_taken: string; notes: string }>(
        'SELECT actions_taken, notes FROM case_outcome WHERE case_id = $1',
        [marked],
      );
      expect(stored.actions_taken).toBe('Excised by the [OTHER_ID] team');
      expect(stored.notes).toBe('Followed up by the [OTHER_ID] nurse');
    });

    it('should find cases by their outcome in the feed and in search', async () => {
      const open = await createCase();
      const unreported = await createCase();
      await resolveCase(unreported);
      const feed = async (outcome: Record<string, unknown>) =>
        (
          await must<{ feed: { edges: { node: { id: string } }[] } }>(
            physician,
            'query F($d: CaseDetailsFilter) { feed(first: 100, details: $d) { edges { node { id } } } }',
            { d: { outcome } },
          )
        ).feed.edges.map((e) => e.node.id);
      const withOutcome = await feed({ reported: true });
      expect(withOutcome).toContain(caseId);
      expect(withOutcome).not.toContain(open);
      expect(await feed({ reported: false })).toEqual(expect.arrayContaining([unreported]));
      expect(await feed({ reported: false })).not.toContain(caseId);
      expect(await feed({ changedManagement: true, courses: ['RECOVERED', 'IMPROVED'] })).toContain(caseId);
      expect(await feed({ changedManagement: false })).not.toContain(caseId);
      expect(await feed({ text: 'naevus excised' })).toContain(caseId);
      expect(await feed({ text: 'appendicitis' })).not.toContain(caseId);
      const search = await must<{ searchCases: { edges: { node: { id: string } }[] } }>(
        physician,
        'query S($d: CaseDetailsFilter) { searchCases(query: "pigmented lesion", first: 100, details: $d) { edges { node { id } } } }',
        { d: { outcome: { text: 'naevus' } } },
      );
      expect(search.searchCases.edges.map((e) => e.node.id)).toContain(caseId);
      expect(search.searchCases.edges.map((e) => e.node.id)).not.toContain(open);
      const contradiction = await gql(
        physician,
        'query F($d: CaseDetailsFilter) { feed(first: 5, details: $d) { edges { node { id } } } }',
        { d: { outcome: { reported: false, changedManagement: true } } },
      );
      expect(GraphqlClient.codes(contradiction)).toEqual(['BAD_USER_INPUT']);
    });

    it('should search an outcome by the words last reported, and list its case as without one only until then', async () => {
      const { caseId: edited } = await answeredCase(null, 'Scaly plaque on the shin of a farmer');
      await resolveCase(edited);
      const found = async (outcome: Record<string, unknown>, query?: string) => {
        const data = query
          ? (
              await must<{ searchCases: { edges: { node: { id: string } }[] } }>(
                physician,
                'query S($q: String!, $d: CaseDetailsFilter) { searchCases(query: $q, first: 100, details: $d) { edges { node { id } } } }',
                { q: query, d: { outcome } },
              )
            ).searchCases
          : (
              await must<{ feed: { edges: { node: { id: string } }[] } }>(
                physician,
                'query F($d: CaseDetailsFilter) { feed(first: 100, details: $d) { edges { node { id } } } }',
                { d: { outcome } },
              )
            ).feed;
        return data.edges.map((e) => e.node.id);
      };
      expect(await found({ reported: false })).toContain(edited);
      expect(await found({ reported: true })).not.toContain(edited);

      expect(
        (await report(physician, edited, { finalDiagnosis: 'Psoriasis vulgaris' })).errors,
      ).toBeUndefined();
      expect(await found({ reported: false })).not.toContain(edited);
      expect(await found({ text: 'psoriasis' }, 'scaly plaque')).toEqual([edited]);

      // reported again: the new words are found, the replaced ones no longer
      const again = await report(physician, edited, {
        finalDiagnosis: 'Bowen disease',
        actionsTaken: 'Cryotherapy at the clinic',
        notes: 'Lichenified edge at day 30',
        changedManagement: false,
      });
      expect(again.errors).toBeUndefined();
      expect(await found({ text: 'psoriasis' }, 'scaly plaque')).toEqual([]);
      expect(await found({ text: 'psoriasis' })).not.toContain(edited);
      expect(await found({ text: 'bowen' }, 'scaly plaque')).toEqual([edited]);
      expect(await found({ text: 'lichenified cryotherapy' })).toContain(edited);
      expect(await found({ text: 'cryotherapy', changedManagement: true })).not.toContain(edited);
      expect(await found({ text: 'cryotherapy', changedManagement: false })).toContain(edited);
      // the case's own text is not the outcome's: a word only in its title matches no outcome
      expect(await found({ text: 'farmer' }, 'scaly plaque')).toEqual([]);
    });
  });

  describe('credit', () => {
    const period = () => ({
      from: new Date(Date.now() - 86_400_000).toISOString(),
      to: new Date(Date.now() + 60_000).toISOString(),
    });

    it('should refuse minutes out of range on an answer, changing nothing', async () => {
      const caseId = await createCase();
      const { requestConsult } = await must<{ requestConsult: { id: string } }>(
        physician,
        'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
        { i: { caseId, specialtyId: dermatology } },
      );
      await must(skin, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', {
        id: requestConsult.id,
      });
      for (const minutesSpent of [0, 601, 2.5]) {
        await refused(
          () =>
            gql(skin, 'mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { id } }', {
              i: { consultId: requestConsult.id, body: 'Excise it.', minutesSpent },
            }),
          'BAD_USER_INPUT',
        );
      }
    });

    it('should count answers, minutes, helpful marks and confirmed outcomes of the period', async () => {
      const one = await answeredCase(35, `Scaly plaque in Mrs. ${PLANTED[0]}`);
      await must(
        physician,
        'mutation R($id: ID!) { resolveConsult(consultId: $id, helpful: true) { status } }',
        {
          id: one.consultId,
        },
      );
      await resolveCase(one.caseId);
      expect((await report(physician, one.caseId, { adviceConfirmed: true })).errors).toBeUndefined();
      const credit = await must<{
        myConsultCredit: {
          consultsAnswered: number;
          minutesSpent: number;
          helpfulMarks: number;
          confirmedOutcomes: number;
          entries: {
            consultId: string;
            caseTitle: string;
            minutesSpent: number | null;
            helpful: boolean | null;
            adviceConfirmed: boolean | null;
          }[];
        };
      }>(
        skin,
        'query C($p: CreditPeriodInput!) { myConsultCredit(period: $p) { consultsAnswered minutesSpent helpfulMarks confirmedOutcomes entries { consultId caseTitle minutesSpent helpful adviceConfirmed } } }',
        { p: period() },
      );
      const [{ answered, minutes, helpful, confirmed }] = await rows<{
        answered: number;
        minutes: number;
        helpful: number;
        confirmed: number;
      }>(
        `SELECT count(*)::int AS answered, coalesce(sum(answer_minutes), 0)::int AS minutes,
                count(*) FILTER (WHERE helpful)::int AS helpful,
                count(*) FILTER (WHERE o.advice_confirmed)::int AS confirmed
           FROM consult k LEFT JOIN case_outcome o ON o.case_id = k.case_id
          WHERE consultant_id = $1 AND answer_reply_id IS NOT NULL`,
        [skin.id],
      );
      expect(credit.myConsultCredit).toMatchObject({
        consultsAnswered: answered,
        minutesSpent: minutes,
        helpfulMarks: helpful,
        confirmedOutcomes: confirmed,
      });
      expect(confirmed).toBeGreaterThanOrEqual(2);
      const entry = credit.myConsultCredit.entries.find((e) => e.consultId === one.consultId)!;
      expect(entry).toMatchObject({ minutesSpent: 35, helpful: true, adviceConfirmed: true });
      expect(entry.caseTitle).toContain('Scaly plaque');
      expect(entry.caseTitle).not.toContain(PLANTED[0]);
      // another clinician's log does not hold these answers
      const theirs = await must<{ myConsultCredit: { consultsAnswered: number } }>(
        stranger,
        'query C($p: CreditPeriodInput!) { myConsultCredit(period: $p) { consultsAnswered } }',
        { p: period() },
      );
      expect(theirs.myConsultCredit.consultsAnswered).toBe(0);
    });

    it('should refuse a period backwards or longer than allowed, with a clear code', async () => {
      const now = Date.now();
      for (const p of [
        { from: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() },
        { from: new Date(now - 400 * 86_400_000).toISOString(), to: new Date(now).toISOString() },
      ]) {
        const res = await gql(
          skin,
          'query C($p: CreditPeriodInput!) { myConsultCredit(period: $p) { consultsAnswered } }',
          { p },
        );
        expect(GraphqlClient.codes(res)).toEqual(['BAD_USER_INPUT']);
      }
    });

    it('should serve the statement as a PDF through a signed link, with de-identified titles only', async () => {
      const { creditStatementLink } = await must<{ creditStatementLink: { url: string; expiresAt: string } }>(
        skin,
        'query L($p: CreditPeriodInput!) { creditStatementLink(period: $p) { url expiresAt } }',
        { p: period() },
      );
      expect(new Date(creditStatementLink.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 301_000);
      const res = await fetch(`${t.url}${creditStatementLink.url}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = bytes.toString('latin1');
      expect(text).toMatch(/startxref\n\d+\n%%EOF\n$/);
      expect(text).toContain('Consults answered:');
      expect(text).toContain('Scaly plaque in');
      expect(text).toContain('Dr. Ivy Skin');
      for (const value of PLANTED) expect(text.toLowerCase()).not.toContain(value.toLowerCase());
      // no case text beyond titles: neither the answer nor the outcome
      expect(text).not.toContain('2 mm margins');
      expect(text).not.toContain('Excision with');
      expect(
        await rows('SELECT action FROM audit_event WHERE actor_id = $1 AND action = $2', [
          skin.id,
          'CREDIT_STATEMENT_ISSUED',
        ]),
      ).toHaveLength(1);

      const altered = creditStatementLink.url.replace(/u=[0-9a-f-]+/, `u=${stranger.id}`);
      expect((await fetch(`${t.url}${altered}`)).status).toBe(403);
      expect((await fetch(`${t.url}/credit/statement?f=1&t=2`)).status).toBe(403);
    });
  });

  it('should keep every planted identifier out of every column, log line and response', async () => {
    const columns = await rows<{ table_schema: string; table_name: string; column_name: string }>(
      `SELECT c.table_schema, c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
        WHERE c.table_schema IN ('public', 'pgboss') AND tb.table_type = 'BASE TABLE'
          AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
               OR c.udt_name = 'tsvector')`,
    );
    expect(columns.map((c) => c.table_name)).toEqual(
      expect.arrayContaining(['case_outcome', 'audit_event', 'job']),
    );
    const sources: { label: string; text: string }[] = [
      { label: 'logs', text: t.logs.join('') },
      ...responses.map((text, i) => ({ label: `response ${i}`, text })),
    ];
    for (const { table_schema: schema, table_name: table, column_name: column } of columns) {
      const values = await rows<{ v: string }>(
        `SELECT "${column}"::text AS v FROM "${schema}"."${table}" WHERE "${column}" IS NOT NULL`,
      );
      sources.push(...values.map((r) => ({ label: `${schema}.${table}.${column}`, text: r.v })));
    }
    const survivors = PLANTED.flatMap((value) =>
      sources
        .filter((s) => s.text.toLowerCase().includes(value.toLowerCase()))
        .map((s) => `${value} in ${s.label}`),
    );
    expect(survivors).toEqual([]);
  });
});
