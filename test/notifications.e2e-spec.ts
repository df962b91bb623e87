import {
  GraphqlClient,
  approveLicense,
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

const ADMIN_EMAIL = 'notifications.admin@curbside.test';
const ADMIN_PASSWORD = 'admin-password-for-notifications-01';

type Vars = Record<string, unknown>;

interface NotificationPage {
  notifications: {
    edges: { cursor: string; node: NotificationView }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface NotificationView {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  case: { id: string; title: string } | null;
}

const PAGE = `query N($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    edges { cursor node { id kind createdAt readAt case { id title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const MARK = `mutation M($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

describe('Notifications over real HTTP', () => {
  let t: TestApp;
  let admin: Session;

  const gql = <T = Vars>(
    session: Session | null,
    query: string,
    variables?: Vars,
  ): Promise<GraphqlResponse<T>> =>
    t.client.request<T>(query, variables, session ? { token: session.accessToken } : {});

  async function list(session: Session, variables: Vars = {}): Promise<NotificationView[]> {
    const res = await gql<NotificationPage>(session, PAGE, { first: 50, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data!.notifications.edges.map((e) => e.node);
  }

  async function mark(session: Session, ids?: string[]): Promise<number> {
    const res = await gql<{ markNotificationsRead: number }>(session, MARK, ids ? { ids } : {});
    expect(res.errors).toBeUndefined();
    return res.data!.markNotificationsRead;
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
  });

  afterAll(async () => {
    await t.close();
  });

  it('should let a pending clinician read notifications and find LICENSE_REVIEWED after approval, then mark it read', async () => {
    const doc = await register(t.client, 'Dr. Selma Okonkwo');
    const licenseId = await submitLicense(t.client, doc);
    const me = await gql<{ me: { verificationStatus: string } }>(doc, `{ me { verificationStatus } }`);
    expect(me.data?.me.verificationStatus).toBe('PENDING');
    expect(await list(doc)).toEqual([]);

    await approveLicense(t.client, admin, licenseId);
    const [note] = await list(doc);
    expect(note).toMatchObject({ kind: 'LICENSE_REVIEWED', readAt: null, case: null });
    expect(await list(doc, { unreadOnly: true })).toHaveLength(1);

    expect(await mark(doc, [note.id])).toBe(1);
    expect(await mark(doc, [note.id])).toBe(0);
    expect(await list(doc, { unreadOnly: true })).toEqual([]);
    const [read] = await list(doc);
    expect(read.id).toBe(note.id);
    expect(Date.parse(read.readAt!)).toBeGreaterThanOrEqual(Date.parse(note.createdAt));
  });

  it('should reach a clinician whose licence was rejected (not verified) as well', async () => {
    const doc = await register(t.client, 'Dr. Piet Vandermolen');
    const licenseId = await submitLicense(t.client, doc);
    const res = await gql<{ reviewLicense: { status: string } }>(
      admin,
      `mutation R($id: ID!) { reviewLicense(input: { licenseId: $id, decision: REJECT, note: "Not found with the board" }) { status } }`,
      { id: licenseId },
    );
    expect(res.data?.reviewLicense.status).toBe('REJECTED');
    expect(await list(doc)).toEqual([expect.objectContaining({ kind: 'LICENSE_REVIEWED', readAt: null })]);
    expect(await mark(doc)).toBe(1);
  });

  it('should not mark or count the notifications of another clinician, changing nothing', async () => {
    const owner = await register(t.client, 'Dr. Hana Leclerc');
    await approveLicense(t.client, admin, await submitLicense(t.client, owner));
    const intruder = await register(t.client, 'Dr. Ivo Marsh');
    const [theirs] = await list(owner);
    expect(theirs.readAt).toBeNull();

    const before = await databaseDigest(t.database.dataSource);
    expect(await mark(intruder, [theirs.id])).toBe(0);
    expect(await mark(intruder)).toBe(0);
    expect(await mark(intruder, ['00000000-0000-4000-8000-000000000000'])).toBe(0);
    const malformed = await gql(intruder, MARK, {
      ids: ['not-an-id', '00000000-0000-4000-8000-000000000000'],
    });
    expect(GraphqlClient.codes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(await mark(owner, [])).toBe(0);
    expect(await databaseDigest(t.database.dataSource)).toEqual(before);
    expect(await list(intruder)).toEqual([]);
    expect((await list(owner))[0].readAt).toBeNull();
  });

  it('should page newest first without skipping or repeating records that share a millisecond', async () => {
    const doc = await register(t.client, 'Dr. Quentin Abara');
    // Microsecond timestamps (one shared by two records) and the read state, written directly.
    const times = [
      '2026-03-01 10:00:00.123401+00',
      '2026-03-01 10:00:00.123402+00',
      '2026-03-01 10:00:00.123402+00',
      '2026-03-01 10:00:00.123999+00',
      '2026-03-01 10:00:00.124+00',
    ];
    for (const [i, at] of times.entries()) {
      await t.database.dataSource.query(
        `INSERT INTO notification (recipient_id, kind, created_at, read_at) VALUES ($1, 'LICENSE_EXPIRING', $2, $3)`,
        [doc.id, at, i % 2 === 0 ? null : at],
      );
    }
    const expected = await t.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at DESC, id DESC',
      [doc.id],
    );

    const walk = async (unreadOnly: boolean): Promise<string[]> => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard++) {
        const res: GraphqlResponse<NotificationPage> = await gql<NotificationPage>(doc, PAGE, {
          unreadOnly,
          first: 1,
          after,
        });
        expect(res.errors).toBeUndefined();
        const page = res.data!.notifications;
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    expect(await walk(false)).toEqual(expected.map((e) => e.id));
    const unread = await t.database.dataSource.query<{ id: string }[]>(
      'SELECT id FROM notification WHERE recipient_id = $1 AND read_at IS NULL ORDER BY created_at DESC, id DESC',
      [doc.id],
    );
    expect(await walk(true)).toEqual(unread.map((e) => e.id));
    expect(unread).toHaveLength(3);
    expect(await mark(doc)).toBe(3);
  });

  it('should show a notified case only to a recipient who may read it', async () => {
    const author = await verifiedClinician(t.client, admin, 'Dr. Aino Koskinen');
    const reader = await verifiedClinician(t.client, admin, 'Dr. Rafael Ibarra');
    const pending = await register(t.client, 'Dr. Pat Pendleton');
    await submitLicense(t.client, pending);
    const channels = await gql<{ channels: { id: string }[] }>(author, `{ channels { id } }`);
    const created = await gql<{ createCase: { id: string } }>(
      author,
      `mutation C($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      {
        input: {
          channelId: channels.data!.channels[0].id,
          title: 'Lyme carditis with heart block',
          body: 'PR 320 ms.',
        },
      },
    );
    const caseId = created.data!.createCase.id;
    for (const who of [reader, pending]) {
      await t.database.dataSource.query(
        `INSERT INTO notification (recipient_id, kind, case_id) VALUES ($1, 'REPLY_ADDED', $2)`,
        [who.id, caseId],
      );
    }
    expect((await list(reader))[0].case).toEqual({ id: caseId, title: 'Lyme carditis with heart block' });
    expect((await list(pending))[0]).toMatchObject({ kind: 'REPLY_ADDED', case: null });

    await t.database.dataSource.query('UPDATE case_post SET hidden = true WHERE id = $1', [caseId]);
    expect((await list(reader))[0]).toMatchObject({ kind: 'REPLY_ADDED', case: null });
  });

  it('should refuse anonymous callers and bad arguments, changing nothing', async () => {
    const doc = await register(t.client, 'Dr. Ward Refusal');
    const attempts: [string, () => Promise<GraphqlResponse<unknown>>, string][] = [
      ['anonymous list', () => gql(null, PAGE, {}), 'UNAUTHENTICATED'],
      ['anonymous mark', () => gql(null, MARK, {}), 'UNAUTHENTICATED'],
      ['bad cursor', () => gql(doc, PAGE, { after: 'bm9wZQ' }), 'BAD_USER_INPUT'],
      [
        'forged cursor',
        () => gql(doc, PAGE, { after: Buffer.from('["1x","y"]').toString('base64url') }),
        'BAD_USER_INPUT',
      ],
      ['page too large', () => gql(doc, PAGE, { first: 1000 }), 'BAD_USER_INPUT'],
      [
        'too many ids',
        () =>
          gql(doc, MARK, { ids: Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000') }),
        'BAD_USER_INPUT',
      ],
    ];
    for (const [name, attempt, code] of attempts) {
      const before = await databaseDigest(t.database.dataSource);
      const res = await attempt();
      expect({ name, codes: GraphqlClient.codes(res) }).toEqual({ name, codes: [code] });
      expect({ name, digest: await databaseDigest(t.database.dataSource) }).toEqual({ name, digest: before });
    }
  });
});
