import {
  GraphqlClient,
  createTestApp,
  databaseDigest,
  login,
  register,
  verifiedClinician,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'cases.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0002',
};

const CREATE = `mutation C($i: CreateCaseInput!) {
  createCase(input: $i) { id title body tags patientAge anonymous status author { id } deidentification { findingCount categories } }
}`;

interface CaseView {
  id: string;
  title: string;
  body: string;
  tags: string[];
  patientAge: string | null;
  anonymous: boolean;
  status: string;
  author: { id: string } | null;
  deidentification: { findingCount: number; categories: string[] };
}

describe('Channels, cases and threads over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let author: Session;
  let reader: Session;
  let rural: string;
  let cardiology: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' } });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Maren Holt');
    reader = await verifiedClinician(t.client, admin, 'Dr. Tomas Reyes');
    const channels = await t.client.request<{ channels: { id: string; slug: string }[] }>(
      `{ channels { id slug } }`,
      {},
      {
        token: author.accessToken,
      },
    );
    rural = channels.data!.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
    cardiology = channels.data!.channels.find((c) => c.slug === 'cardiology')!.id;
  });

  afterAll(async () => {
    await t.close();
  });

  /** Runs a call that must be refused and checks that no table changed. */
  async function unchanged<T>(call: () => Promise<T>): Promise<T> {
    const before = await databaseDigest(t.database.dataSource);
    const result = await call();
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
    return result;
  }

  async function post(session: Session, input: Record<string, unknown>): Promise<CaseView> {
    const res = await t.client.request<{ createCase: CaseView }>(
      CREATE,
      { i: { channelId: rural, ...input } },
      {
        token: session.accessToken,
      },
    );
    if (!res.data?.createCase) throw new Error(JSON.stringify(res.errors));
    return res.data.createCase;
  }

  it('should let one request ask for several root fields', async () => {
    const res = await t.client.request<{
      me: { id: string };
      channels: { id: string }[];
      feed: { edges: unknown[] };
    }>(
      `{ me { id } channels { id } feed(first: 1) { edges { cursor } } }`,
      {},
      { token: reader.accessToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.id).toBe(reader.id);
    expect(res.data?.channels.length).toBeGreaterThan(0);
  });

  it('should de-identify a case before storing it and keep only counts and categories', async () => {
    const created = await post(author, {
      title: 'Chest pain in a 93 year old farmer from Glasgow, Montana',
      body: 'Seen 03/14/2026 at Frances Mahon Deaconess Hospital. MRN 44817263. Call 406-555-0142. Troponin 0.9, ST elevation in II, III, aVF.',
      patientAge: 93,
      patientSex: 'MALE',
      tags: ['chest pain', 'rural'],
    });
    expect(created.patientAge).toBe('90+');
    expect(created.body).not.toContain('44817263');
    expect(created.body).not.toContain('555-0142');
    expect(created.body).toContain('Troponin 0.9');
    expect(created.deidentification.findingCount).toBeGreaterThanOrEqual(3);
    expect(created.deidentification.categories).toEqual(expect.arrayContaining(['MRN', 'PHONE']));
    const [row] = await t.database.dataSource.query<{ body: string; title: string }[]>(
      'SELECT title, body FROM case_post WHERE id = $1',
      [created.id],
    );
    expect(row.body).not.toContain('44817263');
    expect(row.body).not.toContain('Deaconess');
    expect(t.logs.join('')).not.toContain('44817263');
  });

  it('should refuse a tag that is a bare surname or a local phone number, without echoing it, and store nothing', async () => {
    for (const tag of ['Okonkwo-Haley', '555-0143']) {
      const refused = await unchanged(() =>
        t.client.request(
          CREATE,
          { i: { channelId: rural, title: 'Heart block', body: 'Rate 32.', tags: ['cardiology', tag] } },
          { token: author.accessToken },
        ),
      );
      expect(GraphqlClient.codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(refused)).not.toMatch(/okonkwo|haley|555-0143/i);
    }
  });

  it('should remove from a title every word that is no known safe word', async () => {
    const created = await post(author, {
      title: 'Heart block, call Okonkwo-Haley 555-0143',
      body: 'Rate 32.',
    });
    expect(created.title).toBe('Heart block, call [OTHER_ID]');
    expect(created.deidentification.findingCount).toBe(1);
  });

  it('should remove the spans the author marked, count them, and never store them', async () => {
    const body = 'She plays oboe in the only quartet in town. Rate 32.';
    const start = body.indexOf('quartet');
    const created = await post(author, {
      title: 'Heart block',
      body,
      extraRedactions: [{ start, end: start + 7 }],
    });
    expect(created.body).toBe('She plays oboe in the only [OTHER_ID] in town. Rate 32.');
    expect(created.deidentification.findingCount).toBe(1);
    const [row] = await t.database.dataSource.query<{ body: string }[]>(
      'SELECT body FROM case_post WHERE id = $1',
      [created.id],
    );
    expect(row.body).not.toContain('quartet');

    const refused = await unchanged(() =>
      t.client.request(
        CREATE,
        { i: { channelId: rural, title: 'Heart block', body, extraRedactions: [{ start: 5, end: 500 }] } },
        { token: author.accessToken },
      ),
    );
    expect(GraphqlClient.codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(refused)).not.toContain('quartet');

    const replyBody = 'Ask the quartet about it.';
    const replied = await t.client.request<{
      replyToCase: { body: string; deidentification: { findingCount: number } };
    }>(
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { body deidentification { findingCount } } }`,
      { i: { caseId: created.id, body: replyBody, extraRedactions: [{ start: 8, end: 15 }] } },
      { token: reader.accessToken },
    );
    expect(replied.data?.replyToCase).toEqual({
      body: 'Ask the [OTHER_ID] about it.',
      deidentification: { findingCount: 1 },
    });
  });

  it('should preview the kept tokens it is least sure of, the author spans and quasi-identifier warnings', async () => {
    const text =
      'Suspected tularemia in a rural rancher; he came in with Hope after lunch. Plays in a quartet.';
    const start = text.indexOf('quartet');
    const res = await t.client.request<{
      previewDeidentification: {
        text: string;
        uncertain: { start: number; end: number; reason: string }[];
        warnings: { rule: string }[];
      };
    }>(
      `query P($t: String!, $s: [TextSpanInput!]) { previewDeidentification(text: $t, extraRedactions: $s) { text uncertain { start end reason } warnings { rule } } }`,
      { t: text, s: [{ start, end: start + 7 }] },
      { token: author.accessToken },
    );
    const preview = res.data!.previewDeidentification;
    expect(preview.text).toContain('[OTHER_ID].');
    expect(preview.uncertain.map((u) => text.slice(u.start, u.end))).toContain('Hope');
    expect(preview.warnings.map((w) => w.rule)).toEqual(['RARE_CONDITION_SMALL_PLACE']);
  });

  it('should join the channel when posting and show the case in the poster’s feed, newest first, by pages', async () => {
    const fresh = await verifiedClinician(t.client, admin, 'Dr. Feed Paging');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await post(fresh, { title: `Paging case ${i}`, body: 'Body text' })).id);
    const page = async (after?: string) =>
      t.client.request<{
        feed: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(
        `query F($after: String) { feed(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        { token: fresh.accessToken },
      );
    const first = await page();
    const second = await page(first.data!.feed.pageInfo.endCursor);
    const seen = [...first.data!.feed.edges, ...second.data!.feed.edges].map((e) => e.node.id);
    expect(seen.slice(0, 4)).toEqual([...ids].reverse().slice(0, 4));
    expect(second.data!.feed.pageInfo.hasNextPage).toBe(true);
    const channels = await t.client.request<{
      channels: { slug: string; isMember: boolean; memberCount: number }[];
    }>(`{ channels { slug isMember memberCount } }`, {}, { token: fresh.accessToken });
    expect(channels.data!.channels.find((c) => c.slug === 'rural-remote-medicine')).toMatchObject({
      isMember: true,
    });
  });

  it('should hide an anonymous author from other clinicians, show it to admins, and audit that look', async () => {
    const created = await post(author, {
      title: 'Anonymous question',
      body: 'Unusual rash',
      anonymous: true,
    });
    expect(created.author?.id).toBe(author.id);
    const q = `query C($id: ID!) { case(id: $id) { anonymous author { id } } }`;
    const asReader = await t.client.request<{ case: { author: null | { id: string } } }>(
      q,
      { id: created.id },
      {
        token: reader.accessToken,
      },
    );
    expect(asReader.data?.case.author).toBeNull();
    const asAdmin = await t.client.request<{ case: { author: { id: string } } }>(
      q,
      { id: created.id },
      {
        token: admin.accessToken,
      },
    );
    expect(asAdmin.data?.case.author.id).toBe(author.id);
    const audit = await t.database.dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY at`,
      [created.id],
    );
    // one request writes CASE_VIEWED and ANONYMOUS_AUTHOR_VIEWED, possibly within the same millisecond
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['ANONYMOUS_AUTHOR_VIEWED', 'CASE_CREATED', 'CASE_VIEWED', 'CASE_VIEWED'].sort(),
    );
  });

  it('should keep an anonymous author anonymous in their own thread, to everyone but themself and admins', async () => {
    const created = await post(author, { title: 'Anonymous thread', body: 'Odd murmur', anonymous: true });
    const replied = await t.client.request<{ replyToCase: { author: { id: string; displayName: string } } }>(
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { author { id displayName } } }`,
      { i: { caseId: created.id, body: 'Adding the echo report.' } },
      { token: author.accessToken },
    );
    expect(replied.data?.replyToCase.author.id).toBe(author.id); // the author sees themself
    await t.client.request(
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
      { i: { caseId: created.id, body: 'Any syncope?' } },
      { token: reader.accessToken },
    );
    const q = `query C($id: ID!) { case(id: $id) { replies { edges { node { body author { id displayName specialties { name } } } } } } }`;
    type Thread = {
      case: { replies: { edges: { node: { body: string; author: { id: string; displayName: string } } }[] } };
    };
    const authorOf = (res: { data?: Thread | null }, body: string) =>
      res.data?.case.replies.edges.find((e) => e.node.body === body)?.node.author;

    const asReader = await t.client.request<Thread>(q, { id: created.id }, { token: reader.accessToken });
    expect(asReader.errors).toBeUndefined();
    const hidden = authorOf(asReader, 'Adding the echo report.');
    expect(hidden?.id).not.toBe(author.id);
    expect(hidden?.displayName).toBe('Anonymous (case author)');
    expect(JSON.stringify(asReader)).not.toContain(author.id);
    expect(authorOf(asReader, 'Any syncope?')?.id).toBe(reader.id); // other clinicians' replies are signed

    const auditBefore = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ANONYMOUS_AUTHOR_VIEWED' AND target_id = $1`,
      [created.id],
    );
    const asAdmin = await t.client.request<Thread>(q, { id: created.id }, { token: admin.accessToken });
    expect(authorOf(asAdmin, 'Adding the echo report.')?.id).toBe(author.id);
    const auditAfter = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'ANONYMOUS_AUTHOR_VIEWED' AND target_id = $1`,
      [created.id],
    );
    expect(auditAfter[0].n).toBeGreaterThan(auditBefore[0].n);
  });

  it('should thread replies, let only the author accept one, and walk OPEN → RESOLVED → CLOSED', async () => {
    const created = await post(author, { title: 'Thread case', body: 'What next?' });
    const reply = async (s: Session, body: string, parentReplyId?: string) =>
      t.client.request<{ replyToCase: { id: string; parent: { id: string } | null } }>(
        `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id parent { id } } }`,
        { i: { caseId: created.id, body, parentReplyId } },
        { token: s.accessToken },
      );
    const r1 = (await reply(reader, 'Consider pericarditis; call me at 555-0199')).data!.replyToCase;
    const r2 = (await reply(author, 'Thanks, will check ECG', r1.id)).data!.replyToCase;
    expect(r2.parent?.id).toBe(r1.id);
    const notByReader = await unchanged(() =>
      t.client.request(
        `mutation { acceptReply(replyId: "${r1.id}") { id } }`,
        {},
        { token: reader.accessToken },
      ),
    );
    expect(GraphqlClient.codes(notByReader)).toEqual(['FORBIDDEN']);
    const accepted = await t.client.request<{ acceptReply: { isAccepted: boolean } }>(
      `mutation { acceptReply(replyId: "${r1.id}") { isAccepted } }`,
      {},
      { token: author.accessToken },
    );
    expect(accepted.data?.acceptReply.isAccepted).toBe(true);
    const view = await t.client.request<{
      case: {
        replyCount: number;
        acceptedReply: { id: string; body: string };
        replies: { edges: { node: { id: string } }[] };
      };
    }>(
      `query C($id: ID!) { case(id: $id) { replyCount acceptedReply { id body } replies(first: 10) { edges { node { id } } } } }`,
      { id: created.id },
      { token: reader.accessToken },
    );
    expect(view.data?.case.replyCount).toBe(2);
    expect(view.data?.case.acceptedReply.id).toBe(r1.id);
    expect(view.data?.case.acceptedReply.body).not.toContain('555-0199');
    expect(view.data?.case.replies.edges.map((e) => e.node.id)).toEqual([r1.id, r2.id]);

    const status = (s: Session, value: string) =>
      t.client.request<{ updateCase: { status: string } }>(
        `mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { status } }`,
        { i: { caseId: created.id, status: value } },
        { token: s.accessToken },
      );
    expect(GraphqlClient.codes(await unchanged(() => status(reader, 'RESOLVED')))).toEqual(['FORBIDDEN']);
    expect((await status(author, 'RESOLVED')).data?.updateCase.status).toBe('RESOLVED');
    expect(GraphqlClient.codes(await unchanged(() => status(author, 'OPEN')))).toEqual(['BAD_USER_INPUT']);
    expect((await status(author, 'CLOSED')).data?.updateCase.status).toBe('CLOSED');
    expect(GraphqlClient.codes(await unchanged(() => reply(reader, 'late reply')))).toEqual(['CONFLICT']);
  });

  it('should de-identify edits again and keep earlier de-identified versions only', async () => {
    const created = await post(author, { title: 'Edit me', body: 'First version' });
    const res = await t.client.request<{ updateCase: { body: string } }>(
      `mutation U($i: UpdateCaseInput!) { updateCase(input: $i) { body } }`,
      { i: { caseId: created.id, body: 'Second version: patient John Abernathy, SSN 123-45-6789' } },
      { token: author.accessToken },
    );
    expect(res.data?.updateCase.body).not.toContain('123-45-6789');
    expect(res.data?.updateCase.body).not.toContain('Abernathy');
    const revisions = await t.database.dataSource.query<{ body: string }[]>(
      'SELECT body FROM case_revision WHERE case_id = $1',
      [created.id],
    );
    expect(revisions).toEqual([{ body: 'First version' }]);
  });

  it('should leave a tombstone when a case is deleted, with the thread intact', async () => {
    const created = await post(author, {
      title: 'To delete: case of Ms. Quinlan',
      body: 'Sensitive body',
      tags: ['gone'],
    });
    await t.client.request(
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
      {
        i: { caseId: created.id, body: 'A reply that stays' },
      },
      { token: reader.accessToken },
    );
    const byReader = await unchanged(() =>
      t.client.request(`mutation { deleteCase(caseId: "${created.id}") }`, {}, { token: reader.accessToken }),
    );
    expect(GraphqlClient.codes(byReader)).toEqual(['FORBIDDEN']);
    const res = await t.client.request<{ deleteCase: boolean }>(
      `mutation { deleteCase(caseId: "${created.id}") }`,
      {},
      {
        token: author.accessToken,
      },
    );
    expect(res.data?.deleteCase).toBe(true);
    const view = await t.client.request<{
      case: { title: string; body: string; tags: string[]; replyCount: number };
    }>(
      `query C($id: ID!) { case(id: $id) { title body tags replyCount } }`,
      { id: created.id },
      { token: reader.accessToken },
    );
    expect(view.data?.case).toEqual({ title: '[deleted]', body: '', tags: [], replyCount: 1 });
    const rows = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM case_post WHERE id = $1 AND body LIKE '%Sensitive%'`,
      [created.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('should find a case by a clinical term and not by a removed name, and survive any query syntax', async () => {
    const created = await post(author, {
      title: 'Takotsubo cardiomyopathy after snakebite',
      body: 'Mrs. Philomena Okonkwo presented with takotsubo apical ballooning on echo.',
      tags: ['cardiomyopathy'],
    });
    const search = (query: string) =>
      t.client.request<{ searchCases: { edges: { node: { id: string } }[] } }>(
        `query S($q: String!) { searchCases(query: $q) { edges { node { id } } } }`,
        { q: query },
        { token: reader.accessToken },
      );
    expect((await search('takotsubo')).data?.searchCases.edges.map((e) => e.node.id)).toContain(created.id);
    expect((await search('ballooning echo')).data?.searchCases.edges.map((e) => e.node.id)).toContain(
      created.id,
    );
    expect((await search('Okonkwo')).data?.searchCases.edges).toEqual([]);
    for (const odd of ['"unbalanced', 'a & | ! (', '-', "'; DROP TABLE case_post; --", 'OR OR OR']) {
      const res = await search(odd);
      expect(res.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('should page search results by rank without repeats', async () => {
    for (let i = 0; i < 5; i++)
      await post(author, { title: `Kawasaki disease case ${i}`, body: 'kawasaki '.repeat(i + 1) });
    const q = `query S($after: String) { searchCases(query: "kawasaki", first: 2, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`;
    const ids: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 3; i++) {
      const res = await t.client.request<{
        searchCases: { edges: { node: { id: string } }[]; pageInfo: { endCursor: string } };
      }>(q, { after }, { token: reader.accessToken });
      ids.push(...res.data!.searchCases.edges.map((e) => e.node.id));
      after = res.data!.searchCases.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it('should let admins create channels and refuse clinicians without changing anything', async () => {
    const before = await databaseDigest(t.database.dataSource);
    const attempt = await t.client.request(
      `mutation { createChannel(input: { slug: "wilderness-medicine", name: "Wilderness Medicine" }) { id } }`,
      {},
      { token: reader.accessToken },
    );
    expect(GraphqlClient.codes(attempt)).toEqual(['FORBIDDEN']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
    const created = await t.client.request<{ createChannel: { slug: string; description: string } }>(
      `mutation { createChannel(input: { slug: "wilderness-medicine", name: "Wilderness Medicine", description: "Run by Dr. Amos Whitfield, call 555-0111" }) { slug description } }`,
      {},
      { token: admin.accessToken },
    );
    expect(created.data?.createChannel.slug).toBe('wilderness-medicine');
    expect(created.data?.createChannel.description).not.toContain('555-0111');
    const dup = await unchanged(() =>
      t.client.request(
        `mutation { createChannel(input: { slug: "wilderness-medicine", name: "Again" }) { id } }`,
        {},
        { token: admin.accessToken },
      ),
    );
    expect(GraphqlClient.codes(dup)).toEqual(['CONFLICT']);
  });

  it('should de-identify a channel name and refuse a slug that names someone, storing nothing', async () => {
    const named = await t.client.request<{ createChannel: { slug: string; name: string } }>(
      `mutation { createChannel(input: { slug: "graves-disease-clinic", name: "Dr. Amos Whitfield's Graves disease clinic" }) { slug name } }`,
      {},
      { token: admin.accessToken },
    );
    expect(named.data?.createChannel.slug).toBe('graves-disease-clinic');
    expect(named.data?.createChannel.name).not.toContain('Whitfield');
    expect(named.data?.createChannel.name).toContain('Graves disease clinic');

    const before = await databaseDigest(t.database.dataSource);
    const refused = await t.client.request(
      `mutation { createChannel(input: { slug: "dr-amos-whitfield-555-0111", name: "Follow-ups" }) { id } }`,
      {},
      { token: admin.accessToken },
    );
    expect(GraphqlClient.codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(refused)).not.toMatch(/whitfield|555-0111/i);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  });

  it('should keep case content from unverified clinicians without changing anything', async () => {
    const unverified = await register(t.client, 'Dr. Not Yet');
    const before = await databaseDigest(t.database.dataSource);
    const feed = await t.client.request(
      `{ feed { edges { node { id } } } }`,
      {},
      { token: unverified.accessToken },
    );
    const create = await t.client.request(
      CREATE,
      { i: { channelId: cardiology, title: 'x', body: 'y' } },
      {
        token: unverified.accessToken,
      },
    );
    expect(GraphqlClient.codes(feed)).toEqual(['NOT_VERIFIED']);
    expect(GraphqlClient.codes(create)).toEqual(['NOT_VERIFIED']);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
  });
});
