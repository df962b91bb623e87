import { jest } from '@jest/globals';
import { caseRepliesTopic, notificationTopic } from '@curbside/notifications';
import {
  GraphqlClient,
  TopicWatch,
  WsTestClient,
  createTestApp,
  eventually,
  login,
  register,
  verifiedClinician,
  type Session,
  type TestApp,
  type WsEvent,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'ws.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0004',
};
const REPLY_ADDED = `subscription S($c: ID!) { replyAdded(caseId: $c) { id body author { id } } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { id kind case { id } } }`;

describe('Subscriptions over graphql-ws', () => {
  let t: TestApp;
  let admin: Session;
  let author: Session;
  let specialist: Session;
  let caseId: string;
  /** The server's subscriptions, to publish only once a listener is registered. */
  let topics: TopicWatch;
  const sockets: WsTestClient[] = [];

  function socket(token: string | null): WsTestClient {
    const client = new WsTestClient(t.url, token);
    sockets.push(client);
    return client;
  }

  beforeAll(async () => {
    t = await createTestApp({
      env: { ...ADMIN, WS_RECHECK_SECONDS: '1', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' },
    });
    topics = TopicWatch.of(t);
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Socket Author');
    specialist = await verifiedClinician(t.client, admin, 'Dr. Socket Listener');
    const channels = await t.client.request<{ channels: { id: string }[] }>(
      `{ channels { id } }`,
      {},
      {
        token: author.accessToken,
      },
    );
    const created = await t.client.request<{ createCase: { id: string } }>(
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { channelId: channels.data!.channels[0].id, title: 'Live case', body: 'Watching for replies' } },
      { token: author.accessToken },
    );
    caseId = created.data!.createCase.id;
  });

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t.close();
  });

  const replyIdOf = (event: WsEvent): string | undefined =>
    (event.data?.replyAdded as { id: string } | undefined)?.id;

  async function reply(session: Session, body: string): Promise<string> {
    const res = await t.client.request<{ replyToCase: { id: string } }>(
      `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
      { i: { caseId, body } },
      { token: session.accessToken },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.replyToCase.id;
  }

  it('should deliver a new reply, de-identified, and the author’s REPLY_ADDED notification', async () => {
    const [listener, authorSocket] = await topics.opening(
      [caseRepliesTopic(caseId), notificationTopic(author.id)],
      () => [
        socket(specialist.accessToken).subscribe(REPLY_ADDED, { c: caseId }),
        socket(author.accessToken).subscribe(NOTIFICATION_ADDED),
      ],
    );
    const replyId = await reply(specialist, 'Try colchicine; my cell is 406-555-0180');
    await listener.until((e) => replyIdOf(e) === replyId);
    expect(listener.events).toHaveLength(1);
    const event = listener.events[0].data?.replyAdded as { id: string; body: string };
    expect(event.id).toBe(replyId);
    expect(event.body).not.toContain('555-0180');
    await authorSocket.until((e) => e.data?.notificationAdded != null);
    expect(authorSocket.events).toHaveLength(1);
    expect(authorSocket.events[0].data?.notificationAdded).toMatchObject({
      kind: 'REPLY_ADDED',
      case: { id: caseId },
    });
    listener.stop();
    authorSocket.stop();
  });

  it('should close the socket with 4401 for a missing or bad token', async () => {
    for (const token of [null, 'not-a-token']) {
      const client = socket(token);
      const sub = client.subscribe(NOTIFICATION_ADDED);
      await sub.ended;
      expect(client.closes[0]?.code).toBe(4401);
    }
  });

  it('should refuse replyAdded to a clinician without a verified licence', async () => {
    const unverified = await register(t.client, 'Dr. Unverified Socket');
    const sub = socket(unverified.accessToken).subscribe(REPLY_ADDED, { c: caseId });
    const ended = (await sub.ended) as { message?: string; extensions?: { code?: string } }[];
    expect(
      Array.isArray(ended)
        ? ended.map((e) => e.extensions?.code)
        : sub.events[0]?.errors?.map((e) => e.extensions?.code),
    ).toEqual(['NOT_VERIFIED']);
  });

  it('should refuse queries and mutations over the socket', async () => {
    const client = socket(specialist.accessToken);
    for (const query of ['{ me { id } }', 'mutation { logout }']) {
      const sub = client.subscribe(query);
      const errors = (await sub.ended) as { message: string; extensions?: { code?: string } }[];
      expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    // The session is intact: the refused mutation never ran.
    const me = await t.client.request(`{ me { id } }`, {}, { token: specialist.accessToken });
    expect(me.errors).toBeUndefined();
  });

  it('should apply the HTTP depth limit to subscriptions', async () => {
    const deep = `subscription S($c: ID!) { replyAdded(caseId: $c) { case { replies { edges { node { case { replies { edges { node { case { replies { edges { node { id } } } } } } } } } } } } } }`;
    const sub = socket(specialist.accessToken).subscribe(deep, { c: caseId });
    const errors = (await sub.ended) as { extensions?: { code?: string } }[];
    expect(new Set(errors.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('should resolve each event afresh: a parent reply hidden since an earlier event is not delivered', async () => {
    const parentId = await reply(author, 'First finding, to be reported');
    const listener = await topics.opening([caseRepliesTopic(caseId)], () =>
      socket(specialist.accessToken).subscribe(
        `subscription S($c: ID!) { replyAdded(caseId: $c) { id body parent { id body } } }`,
        { c: caseId },
      ),
    );
    const answer = (body: string, token: string) =>
      t.client.request<{ replyToCase: { id: string } }>(
        `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
        { i: { caseId, body, parentReplyId: parentId } },
        { token },
      );
    const first = await answer('Seen it before', author.accessToken);
    expect(first.errors).toBeUndefined();
    await listener.until((e) => replyIdOf(e) === first.data?.replyToCase.id);
    const reported = await t.client.request(
      `mutation R($input: ReportInput!) { reportContent(input: $input) { id } }`,
      { input: { replyId: parentId, reason: 'PHI_SUSPECTED' } },
      { token: specialist.accessToken },
    );
    expect(reported.errors).toBeUndefined();
    const second = await answer('Admin follow-up on the hidden reply', admin.accessToken);
    expect(second.errors).toBeUndefined();
    await listener.until((e) => replyIdOf(e) === second.data?.replyToCase.id);
    expect(listener.events.map(replyIdOf)).toEqual([first.data?.replyToCase.id, second.data?.replyToCase.id]);
    const payloads = listener.events.map(
      (e) => (e.data as { replyAdded: { parent: { id: string } | null } } | undefined)?.replyAdded,
    );
    expect(payloads[0]?.parent?.id).toBe(parentId);
    expect(payloads[1]?.parent).toBeNull();
    expect(JSON.stringify(listener.events[1])).not.toContain('First finding');
    listener.stop();
  });

  it('should end the subscriptions of a clinician within seconds of suspension', async () => {
    const doomed = await verifiedClinician(t.client, admin, 'Dr. Soon Disconnected');
    const client = socket(doomed.accessToken);
    const sub = await topics.opening([caseRepliesTopic(caseId)], () =>
      client.subscribe(REPLY_ADDED, { c: caseId }),
    );
    expect(client.closes).toEqual([]);
    const suspended = await t.client.request(
      `mutation S($id: ID!) { suspendClinician(clinicianId: $id, reason: "Policy") { id } }`,
      { id: doomed.id },
      { token: admin.accessToken },
    );
    expect(suspended.errors).toBeUndefined();
    // without the periodic re-check the socket would stay open and the test would time out
    await sub.ended;
    expect([4401, 4403]).toContain(client.closes[0]?.code);
  });

  it('should close a socket that sends a message larger than the body limit', async () => {
    const { default: WebSocket } = await import('ws');
    const raw = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => raw.once('open', resolve));
    const closed = new Promise<number>((resolve) => raw.once('close', (code: number) => resolve(code)));
    const printed = jest.spyOn(console, 'error');
    try {
      const logged = t.logs.length;
      raw.send(
        JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
      );
      expect(await closed).toBe(1009);
      // logged as one JSON line, by kind only; nothing printed around the logger
      await eventually(() => t.logs.slice(logged).some((l) => l.includes('socket error')));
      const line = JSON.parse(t.logs.slice(logged).find((l) => l.includes('socket error'))!) as Record<
        string,
        unknown
      >;
      expect(line).toMatchObject({ msg: 'socket error', kind: 'RangeError' });
      expect(JSON.stringify(line)).not.toContain('xxxx');
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });

  it('should end the subscriptions of a clinician who logs out', async () => {
    const leaving = await verifiedClinician(t.client, admin, 'Dr. Logging Out');
    const client = socket(leaving.accessToken);
    const sub = await topics.opening([notificationTopic(leaving.id)], () =>
      client.subscribe(NOTIFICATION_ADDED),
    );
    expect(client.closes).toEqual([]);
    const out = await t.client.request('mutation { logout }', {}, { token: leaving.accessToken });
    expect(GraphqlClient.codes(out)).toEqual([]);
    await sub.ended;
    expect(client.closes[0]?.code).toBe(4401);
  });
});
