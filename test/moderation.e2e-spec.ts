import {
  GraphqlClient,
  createTestApp,
  databaseDigest,
  login,
  register,
  submitLicense,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN_EMAIL = 'moderation.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-moderation-01';

/** Identifiers planted in a report note: none of them may reach the database. */
const PLANTED_PHONE = '(406) 555-0147';
const PLANTED_EMAIL = 'margaret.oduya@example.org';
const PLANTED_MRN = 'MRN 4471923';

type Vars = Record<string, unknown>;

interface Connection<N> {
  edges: { node: N; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface ReportView {
  id: string;
  reason: string;
  status: string;
  note: string | null;
  createdAt: string;
  case: { id: string; title: string } | null;
  reply: { id: string; body: string } | null;
}

interface CaseView {
  id: string;
  title: string;
  body: string;
  replies: { edges: { node: { id: string; body: string } }[] };
}

const CASE_VIEW = `id title body replies(first: 50) { edges { node { id body } } }`;
const REPORT_FIELDS = `id reason status note createdAt case { id title } reply { id body }`;

describe('Moderation over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let author: Session;
  let reader: Session;
  let bystander: Session;
  let channelId: string;

  const gql = <T = Vars>(
    session: Session | null,
    query: string,
    variables?: Vars,
  ): Promise<GraphqlResponse<T>> =>
    t.client.request<T>(query, variables, session ? { token: session.accessToken } : {});

  async function createCase(title: string, body: string): Promise<string> {
    const res = await gql<{ createCase: { id: string } }>(
      author,
      `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      { input: { channelId, title, body, tags: ['moderation'] } },
    );
    if (!res.data?.createCase) throw new Error(`createCase failed: ${JSON.stringify(res.errors)}`);
    return res.data.createCase.id;
  }

  async function reply(caseId: string, body: string): Promise<string> {
    const res = await gql<{ replyToCase: { id: string } }>(
      reader,
      `mutation R($input: ReplyInput!) { replyToCase(input: $input) { id } }`,
      {
        input: { caseId, body },
      },
    );
    if (!res.data?.replyToCase) throw new Error(`replyToCase failed: ${JSON.stringify(res.errors)}`);
    return res.data.replyToCase.id;
  }

  function report(
    session: Session | null,
    input: Vars,
  ): Promise<GraphqlResponse<{ reportContent: ReportView }>> {
    return gql(
      session,
      `mutation R($input: ReportInput!) { reportContent(input: $input) { ${REPORT_FIELDS} } }`,
      { input },
    );
  }

  async function reportId(session: Session, input: Vars): Promise<string> {
    const res = await report(session, input);
    if (!res.data?.reportContent) throw new Error(`reportContent failed: ${JSON.stringify(res.errors)}`);
    return res.data.reportContent.id;
  }

  function resolve(
    session: Session | null,
    id: string,
    removeContent: boolean,
  ): Promise<GraphqlResponse<{ resolveReport: ReportView }>> {
    return gql(
      session,
      `mutation X($id: ID!, $remove: Boolean!) { resolveReport(reportId: $id, removeContent: $remove) { ${REPORT_FIELDS} } }`,
      { id, remove: removeContent },
    );
  }

  async function viewCase(session: Session, id: string): Promise<CaseView | null> {
    const res = await gql<{ case: CaseView | null }>(
      session,
      `query V($id: ID!) { case(id: $id) { ${CASE_VIEW} } }`,
      {
        id,
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.case ?? null;
  }

  async function feedIds(session: Session): Promise<string[]> {
    const res = await gql<{ feed: Connection<{ id: string }> }>(
      session,
      `query F($c: ID) { feed(channelId: $c, first: 100) { edges { node { id } } } }`,
      {
        c: channelId,
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.feed.edges.map((e) => e.node.id);
  }

  async function searchIds(session: Session, query: string): Promise<string[]> {
    const res = await gql<{ searchCases: Connection<{ id: string }> }>(
      session,
      `query S($q: String!) { searchCases(query: $q, first: 100) { edges { node { id } } } }`,
      {
        q: query,
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.searchCases.edges.map((e) => e.node.id);
  }

  async function row<T>(sql: string, params: unknown[]): Promise<T> {
    const rows = await t.database.dataSource.query<T[]>(sql, params);
    return rows[0];
  }

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        CURBSIDE_ADMIN_EMAIL: ADMIN_EMAIL,
        CURBSIDE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
      },
    });
    admin = await login(t.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Aurelia Moss');
    reader = await verifiedClinician(t.client, admin, 'Dr. Tobias Wren');
    bystander = await verifiedClinician(t.client, admin, 'Dr. Imani Castell');
    const channels = await gql<{ channels: { id: string }[] }>(author, `{ channels { id slug } }`);
    channelId = channels.data!.channels[0].id;
    for (const who of [reader, bystander]) {
      await gql(who, `mutation J($c: ID!) { joinChannel(channelId: $c) { id } }`, { c: channelId });
    }
  });

  afterAll(async () => {
    await t.close();
  });

  it('should hide a case reported as PHI_SUSPECTED from clinicians, show it to admins, then remove it as a tombstone', async () => {
    const caseId = await createCase(
      'Erythromelalgia flares again in a farmer',
      'Burning pain and redness of both feet, worse with heat; aspirin helped a little.',
    );
    expect(await viewCase(bystander, caseId)).not.toBeNull();

    const res = await report(reader, {
      caseId,
      reason: 'PHI_SUSPECTED',
      note: `The body mentions the patient, call ${PLANTED_PHONE} or ${PLANTED_EMAIL}, ${PLANTED_MRN}`,
    });
    expect(res.errors).toBeUndefined();
    // The reporter no longer sees the content, and never sees the note (administrators only).
    expect(res.data?.reportContent).toMatchObject({
      reason: 'PHI_SUSPECTED',
      status: 'OPEN',
      note: null,
      case: null,
    });
    const id = res.data!.reportContent.id;

    const stored = await row<{ note: string; status: string }>(
      'SELECT note, status FROM report WHERE id = $1',
      [id],
    );
    expect(stored.status).toBe('OPEN');
    for (const planted of [PLANTED_PHONE, PLANTED_EMAIL, '4471923', '555-0147']) {
      expect(stored.note).not.toContain(planted);
    }
    expect(stored.note).toContain('The body mentions the patient');
    expect(await row<{ hidden: boolean }>('SELECT hidden FROM case_post WHERE id = $1', [caseId])).toEqual({
      hidden: true,
    });

    // Hidden from every other clinician: case(id), feed and search.
    for (const who of [bystander, reader]) {
      expect(await viewCase(who, caseId)).toBeNull();
    }
    // Its author still reads it directly (to repair it), but it is listed for nobody but admins.
    expect((await viewCase(author, caseId))?.title).toBe('Erythromelalgia flares again in a farmer');
    for (const who of [bystander, reader, author]) {
      expect(await feedIds(who)).not.toContain(caseId);
      expect(await searchIds(who, 'erythromelalgia')).not.toContain(caseId);
    }
    // Someone who cannot read it cannot report it either, and nothing is written.
    const beforeRefusal = await databaseDigest(t.database.dataSource);
    expect(GraphqlClient.codes(await report(bystander, { caseId, reason: 'SPAM' }))).toEqual(['NOT_FOUND']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(beforeRefusal);

    // Administrators still see it, and the report with its de-identified note.
    expect((await viewCase(admin, caseId))?.title).toBe('Erythromelalgia flares again in a farmer');
    expect(await searchIds(admin, 'erythromelalgia')).toContain(caseId);
    const queue = await gql<{ reports: Connection<ReportView> }>(
      admin,
      `{ reports(first: 50) { edges { node { ${REPORT_FIELDS} } } } }`,
    );
    expect(queue.errors).toBeUndefined();
    const entry = queue.data!.reports.edges.find((e) => e.node.id === id)!;
    expect(entry.node).toMatchObject({ status: 'OPEN', note: stored.note, case: { id: caseId } });

    const removed = await resolve(admin, id, true);
    expect(removed.errors).toBeUndefined();
    expect(removed.data?.resolveReport).toMatchObject({
      status: 'ACTIONED',
      case: { id: caseId, title: '[deleted]' },
    });

    const tomb = await viewCase(bystander, caseId);
    expect(tomb).toMatchObject({ id: caseId, title: '[deleted]', body: '' });
    const after = await row<{ hidden: boolean; deleted: boolean; body: string }>(
      'SELECT hidden, deleted_at IS NOT NULL AS deleted, body FROM case_post WHERE id = $1',
      [caseId],
    );
    expect(after).toEqual({ hidden: false, deleted: true, body: '' });
    expect(await feedIds(bystander)).not.toContain(caseId);

    const actions = await t.database.dataSource.query<{ action: string; actor_id: string }[]>(
      'SELECT action, actor_id FROM audit_event WHERE target_id = $1 ORDER BY at',
      [id],
    );
    expect(actions).toEqual([
      { action: 'REPORT_CREATED', actor_id: reader.id },
      { action: 'REPORT_RESOLVED', actor_id: admin.id },
    ]);

    const before = await databaseDigest(t.database.dataSource);
    expect(GraphqlClient.codes(await resolve(admin, id, false))).toEqual(['CONFLICT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  });

  it('should show a case again when its PHI report is dismissed, once no other open PHI report holds it', async () => {
    const caseId = await createCase(
      'Pheochromocytoma suspected after sudden hypertension',
      'Episodes of headache, sweating and palpitations; plasma metanephrines pending.',
    );
    const first = await reportId(reader, { caseId, reason: 'PHI_SUSPECTED' });
    // An administrator can still read (and so report) hidden content.
    const second = await reportId(admin, { caseId, reason: 'PHI_SUSPECTED', note: 'Second look' });
    expect(await viewCase(bystander, caseId)).toBeNull();

    const dismissed = await resolve(admin, first, false);
    expect(dismissed.data?.resolveReport).toMatchObject({ status: 'DISMISSED' });
    expect(await viewCase(bystander, caseId)).toBeNull();

    await resolve(admin, second, false);
    const visible = await viewCase(bystander, caseId);
    expect(visible?.title).toBe('Pheochromocytoma suspected after sudden hypertension');
    expect(await feedIds(bystander)).toContain(caseId);
    expect(await searchIds(bystander, 'pheochromocytoma')).toContain(caseId);

    const dismissedList = await gql<{ reports: Connection<{ id: string }> }>(
      admin,
      `{ reports(status: DISMISSED, first: 100) { edges { node { id } } } }`,
    );
    const ids = dismissedList.data!.reports.edges.map((e) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([first, second]));
  });

  it('should refuse a second open report of the same content by the same clinician, changing nothing', async () => {
    const caseId = await createCase(
      'Spam-like post about supplements',
      'Buy these vitamins for every condition.',
    );
    const id = await reportId(reader, { caseId, reason: 'SPAM', note: 'Advertising' });
    // A non-PHI report does not hide the content.
    expect(await viewCase(bystander, caseId)).not.toBeNull();

    const before = await databaseDigest(t.database.dataSource);
    const again = await report(reader, { caseId, reason: 'PHI_SUSPECTED' });
    expect(GraphqlClient.codes(again)).toEqual(['CONFLICT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);

    // Another clinician may still report it; and once resolved, the first may report it again.
    await reportId(bystander, { caseId, reason: 'MISINFORMATION' });
    await resolve(admin, id, false);
    await reportId(reader, { caseId, reason: 'OTHER' });
  });

  it('should hide a reported reply from the thread and remove it with an empty de-identified body', async () => {
    const caseId = await createCase(
      'Refractory hiccups after a posterior fossa stroke',
      'Chlorpromazine failed; considering baclofen or gabapentin.',
    );
    const replyId = await reply(caseId, 'Baclofen worked well for a similar patient of mine.');
    const id = await reportId(bystander, {
      replyId,
      reason: 'PHI_SUSPECTED',
      note: 'Could identify the patient',
    });

    const asClinician = await viewCase(author, caseId);
    expect(asClinician?.replies.edges.map((e) => e.node.id)).not.toContain(replyId);
    const asAdmin = await viewCase(admin, caseId);
    expect(asAdmin?.replies.edges.map((e) => e.node.id)).toContain(replyId);

    const queue = await gql<{ reports: Connection<ReportView> }>(
      admin,
      `{ reports(first: 50) { edges { node { ${REPORT_FIELDS} } } } }`,
    );
    expect(queue.errors).toBeUndefined();
    const entry = queue.data!.reports.edges.find((e) => e.node.id === id)!;
    expect(entry.node).toMatchObject({ case: null, reply: { id: replyId } });

    const res = await resolve(admin, id, true);
    expect(res.data?.resolveReport).toMatchObject({ status: 'ACTIONED', reply: { id: replyId, body: '' } });
    const stored = await row<{ body: string; hidden: boolean; deleted: boolean }>(
      'SELECT body, hidden, deleted_at IS NOT NULL AS deleted FROM reply WHERE id = $1',
      [replyId],
    );
    expect(stored).toEqual({ body: '', hidden: false, deleted: true });
    // A removed reply cannot be reported again, and nothing is written.
    const beforeRefusal = await databaseDigest(t.database.dataSource);
    expect(GraphqlClient.codes(await report(reader, { replyId, reason: 'SPAM' }))).toEqual(['CONFLICT']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(beforeRefusal);
  });

  it('should page the open reports oldest first', async () => {
    const caseId = await createCase('Paging reports', 'Three reports from three clinicians.');
    const ids = [
      await reportId(reader, { caseId, reason: 'OTHER' }),
      await reportId(bystander, { caseId, reason: 'OTHER' }),
      await reportId(author, { caseId, reason: 'OTHER' }),
    ];
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphqlResponse<{ reports: Connection<{ id: string }> }> = await gql(
        admin,
        `query P($after: String) { reports(status: OPEN, first: 2, after: $after) { edges { node { id createdAt } cursor } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.reports.edges.map((e) => e.node.id));
      if (!page.data!.reports.pageInfo.hasNextPage) break;
      after = page.data!.reports.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((s) => ids.includes(s))).toEqual(ids);
    const open = await t.database.dataSource.query<{ id: string }[]>(
      `SELECT id FROM report WHERE status = 'OPEN' ORDER BY created_at, id`,
    );
    expect(seen).toEqual(open.map((o) => o.id));
  });

  it('should refuse invalid reports and callers without the right, changing nothing', async () => {
    const caseId = await createCase('Refusals', 'Nothing to see.');
    const replyId = await reply(caseId, 'A reply.');
    const id = await reportId(reader, { caseId, reason: 'OTHER' });
    const unverified = await register(t.client, 'Dr. Una Verity');
    const pending = await register(t.client, 'Dr. Penn Ding');
    await submitLicense(t.client, pending);

    const attempts: [string, () => Promise<GraphqlResponse<unknown>>, string][] = [
      ['both targets', () => report(reader, { caseId, replyId, reason: 'SPAM' }), 'BAD_USER_INPUT'],
      ['no target', () => report(reader, { reason: 'SPAM' }), 'BAD_USER_INPUT'],
      ['bad id', () => report(reader, { caseId: 'not-an-id', reason: 'SPAM' }), 'BAD_USER_INPUT'],
      [
        'unknown case',
        () => report(reader, { caseId: '00000000-0000-4000-8000-000000000000', reason: 'SPAM' }),
        'NOT_FOUND',
      ],
      ['anonymous report', () => report(null, { caseId, reason: 'SPAM' }), 'UNAUTHENTICATED'],
      ['unverified report', () => report(unverified, { caseId, reason: 'PHI_SUSPECTED' }), 'NOT_VERIFIED'],
      ['pending report', () => report(pending, { caseId, reason: 'PHI_SUSPECTED' }), 'NOT_VERIFIED'],
      ['clinician reports', () => gql(reader, `{ reports { edges { node { id } } } }`), 'FORBIDDEN'],
      ['anonymous reports', () => gql(null, `{ reports { edges { node { id } } } }`), 'UNAUTHENTICATED'],
      ['clinician resolve', () => resolve(reader, id, true), 'FORBIDDEN'],
      ['unverified resolve', () => resolve(unverified, id, true), 'FORBIDDEN'],
      ['unknown report', () => resolve(admin, '00000000-0000-4000-8000-000000000000', true), 'NOT_FOUND'],
      [
        'bad cursor',
        () => gql(admin, `{ reports(after: "bm9wZQ") { edges { node { id } } } }`),
        'BAD_USER_INPUT',
      ],
    ];
    for (const [name, attempt, code] of attempts) {
      const before = await databaseDigest(t.database.dataSource);
      const res = await attempt();
      expect({ name, codes: GraphqlClient.codes(res) }).toEqual({ name, codes: [code] });
      expect({ name, digest: await databaseDigest(t.database.dataSource) }).toEqual({ name, digest: before });
    }
    expect(await viewCase(bystander, caseId)).not.toBeNull();
  });
});
