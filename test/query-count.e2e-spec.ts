import {
  WsTestClient,
  createTestApp,
  eventually,
  login,
  requestStatements,
  verifiedClinician,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'count.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0003',
};

const FEED = `query F($first: Int) {
  feed(first: $first) {
    edges { node {
      id title replyCount
      author { id displayName specialties { name } }
      channel { id name memberCount isMember specialty { name } }
      deidentification { findingCount categories }
      acceptedReply { id author { id } }
    } }
  }
}`;

describe('Batched field resolvers', () => {
  let t: TestApp;
  let reader: Session;
  let admin: Session;
  let channelIds: string[];
  let queries: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: ADMIN, onQuery: (sql) => queries.push(sql) });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const channels = await t.client.request<{ channels: { id: string }[] }>(
      `{ channels { id } }`,
      {},
      {
        token: admin.accessToken,
      },
    );
    channelIds = channels.data!.channels.map((c) => c.id);
    reader = await verifiedClinician(t.client, admin, 'Dr. Many Channels');
    const authors = [
      reader,
      await verifiedClinician(t.client, admin, 'Dr. Second Author'),
      await verifiedClinician(t.client, admin, 'Dr. Third Author'),
    ];
    for (let i = 0; i < 24; i++) {
      const author = authors[i % authors.length];
      const channelId = channelIds[i % 6];
      await t.client.request(
        `mutation J($c: ID!) { joinChannel(channelId: $c) { id } }`,
        { c: channelId },
        {
          token: reader.accessToken,
        },
      );
      const created = await t.client.request<{ createCase: { id: string } }>(
        `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
        { i: { channelId, title: `Case ${i}`, body: 'Body' } },
        { token: author.accessToken },
      );
      const caseId = created.data!.createCase.id;
      const reply = await t.client.request<{ replyToCase: { id: string } }>(
        `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
        { i: { caseId, body: 'A reply' } },
        { token: reader.accessToken },
      );
      if (author === reader) {
        await t.client.request(
          `mutation A($r: ID!) { acceptReply(replyId: $r) { id } }`,
          { r: reply.data!.replyToCase.id },
          {
            token: author.accessToken,
          },
        );
      }
    }
  });

  afterAll(async () => {
    await t.close();
  });

  async function countFor(first: number): Promise<number> {
    queries = [];
    const res = await t.client.request<{ feed: { edges: unknown[] } }>(
      FEED,
      { first },
      { token: reader.accessToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.feed.edges).toHaveLength(first);
    return requestStatements(queries).length;
  }

  it('should read a feed page with authors, channels, specialties and reply counts in a constant number of queries', async () => {
    const small = await countFor(5);
    const large = await countFor(20);
    expect(large).toBe(small);
    // 11 before the feed query brought its authors, channels and reply counts along (8 since)
    expect(large).toBeLessThanOrEqual(8);
  });

  it('should leave case bodies (and password hashes) out of a list unless asked for, then load bodies in one batch', async () => {
    queries = [];
    const lean = await t.client.request<{ feed: { edges: { node: { id: string } }[] } }>(
      `{ feed(first: 10) { edges { node { id title author { id displayName } } } } }`,
      {},
      { token: reader.accessToken },
    );
    expect(lean.data?.feed.edges).toHaveLength(10);
    expect(queries.filter((q) => /FROM "case_post"/.test(q))).toHaveLength(1);
    expect(queries.some((q) => /"body"/.test(q))).toBe(false);
    expect(queries.some((q) => /password_hash/.test(q))).toBe(false); // profiles never load the hash

    queries = [];
    const full = await t.client.request<{ feed: { edges: { node: { id: string; body: string } }[] } }>(
      `{ feed(first: 10) { edges { node { id body } } } }`,
      {},
      { token: reader.accessToken },
    );
    const ids = full.data!.feed.edges.map((e) => e.node.id);
    const stored = await t.database.dataSource.query<{ id: string; body: string }[]>(
      `SELECT id, body FROM case_post WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(full.data!.feed.edges.map((e) => e.node.body)).toEqual(
      ids.map((id) => stored.find((row) => row.id === id)?.body),
    );
    expect(full.data!.feed.edges.every((e) => e.node.body.length > 0)).toBe(true);
    expect(queries.filter((q) => /FROM "case_post"/.test(q))).toHaveLength(2);
  });

  it('should read a case with its author, channel, reply count and replies with their authors in four statements', async () => {
    const writers = [
      reader,
      await verifiedClinician(t.client, admin, 'Dr. View Writer'),
      await verifiedClinician(t.client, admin, 'Dr. View Other'),
    ];
    const created = await t.client.request<{ createCase: { id: string } }>(
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { channelId: channelIds[0], title: 'Viewed case', body: 'Body' } },
      { token: writers[1].accessToken },
    );
    const caseId = created.data!.createCase.id;
    const VIEW = `query V($id: ID!, $n: Int) { case(id: $id) { id title body author { id displayName }
      channel { id name } replyCount replies(first: $n) { edges { node { id body author { id displayName } } } } } }`;
    async function viewCount(replies: number): Promise<number> {
      queries = [];
      const res = await t.client.request<{
        case: {
          replyCount: number;
          author: { id: string };
          replies: { edges: { node: { author: { id: string } } }[] };
        };
      }>(VIEW, { id: caseId, n: replies }, { token: reader.accessToken });
      expect(res.errors).toBeUndefined();
      expect(res.data?.case.author.id).toBe(writers[1].id);
      expect(res.data?.case.replies.edges).toHaveLength(Math.min(replies, res.data!.case.replyCount));
      return requestStatements(queries).length;
    }
    for (let i = 0; i < 21; i++) {
      await t.client.request(
        `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
        { i: { caseId, body: `Reply ${i}` } },
        { token: writers[i % writers.length].accessToken },
      );
    }
    const few = await viewCount(2);
    const many = await viewCount(20);
    expect(many).toBe(few);
    // session, the case with its author, channel and count, the audit of the view, the replies with
    // their authors (8 before the case and the replies brought those rows along)
    expect(many).toBeLessThanOrEqual(4);
  });

  it('should answer a search page in the session lookup and one statement', async () => {
    queries = [];
    const res = await t.client.request<{ searchCases: { edges: unknown[] } }>(
      `query S($q: String!) { searchCases(query: $q, first: 20) { edges { node { id title tags createdAt status } } } }`,
      { q: 'Case' },
      { token: reader.accessToken },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.searchCases.edges.length).toBeGreaterThan(0);
    expect(requestStatements(queries)).toHaveLength(2);
  });

  it('should read a reply event once for all the subscribers to its case on an instance', async () => {
    const listeners = [reader];
    for (const name of ['Ada', 'Ben', 'Cy'])
      listeners.push(await verifiedClinician(t.client, admin, `Dr. ${name} Listener`));
    const created = await t.client.request<{ createCase: { id: string } }>(
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { channelId: channelIds[0], title: 'Watched case', body: 'Body' } },
      { token: listeners[1].accessToken },
    );
    const caseId = created.data!.createCase.id;
    const reply = async (body: string): Promise<string> => {
      const res = await t.client.request<{ replyToCase: { id: string } }>(
        `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
        { i: { caseId, body } },
        { token: reader.accessToken },
      );
      return res.data!.replyToCase.id;
    };
    // reads of cases and replies, the mutation's own locking read of the case aside
    const eventReads = (): number =>
      queries.filter(
        (q) =>
          /^\s*SELECT/i.test(q) && /FROM "?(case_post|reply)"?\b/.test(q) && !/FOR (SHARE|UPDATE)/.test(q),
      ).length;

    async function readsFor(sessions: Session[]): Promise<number> {
      const clients = sessions.map((s) => new WsTestClient(t.url, s.accessToken));
      try {
        const subs = clients.map((c) =>
          c.subscribe(`subscription S($c: ID!) { replyAdded(caseId: $c) { id body author { id } } }`, {
            c: caseId,
          }),
        );
        // every subscription is live once each has received a warm-up reply
        for (let attempt = 0; ; attempt++) {
          await reply('Warm-up reply');
          try {
            await eventually(() => subs.every((s) => s.events.length > 0), 1_000);
            break;
          } catch (error) {
            if (attempt >= 10) throw error;
          }
        }
        queries = [];
        const id = await reply('Counted reply');
        await eventually(() =>
          subs.every((s) =>
            s.events.some((e) => (e.data?.replyAdded as { id: string } | undefined)?.id === id),
          ),
        );
        return eventReads();
      } finally {
        await Promise.all(clients.map((c) => c.dispose()));
      }
    }

    const one = await readsFor(listeners.slice(0, 1));
    const four = await readsFor(listeners);
    expect(one).toBe(2); // the case and the reply; their fields start from those rows
    expect(four).toBe(one);
  });
});
