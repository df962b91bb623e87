import {
  ApiProcess,
  GraphqlClient,
  WsTestClient,
  createTestDatabase,
  eventually,
  freePort,
  login,
  verifiedClinician,
  type Session,
  type WsSubscription,
} from '@curbside/testing';
import type { Database } from '@curbside/database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'multi.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0005',
};

/**
 * Two real API processes behind no load balancer, sharing one PostgreSQL database and Redis:
 * what one instance commits reaches the subscribers of the other, and nothing else does.
 */
describe('Two API instances sharing PostgreSQL and Redis', () => {
  let database: Database & { url?: string };
  let a: ApiProcess;
  let b: ApiProcess;
  let httpA: GraphqlClient;
  let admin: Session;
  const sockets: WsTestClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      DATABASE_URL: database.url!,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      JWT_SECRET: 'multi-instance-secret-shared-by-both-instances',
      LOG_LEVEL: 'warn',
      WS_RECHECK_SECONDS: '1',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
      WS_MAX_SUBSCRIPTIONS_PER_CLINICIAN: '4',
      ...ADMIN,
    };
    a = new ApiProcess(await freePort(), { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-a-')) });
    await a.ready();
    b = new ApiProcess(await freePort(), { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-b-')) });
    await b.ready();
    httpA = new GraphqlClient(`${a.url}/graphql`);
    admin = await login(httpA, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    for (const api of [a, b]) {
      api?.signal('SIGTERM');
      await api?.exited;
    }
    await database.close();
  });

  it('should deliver a reply and a notification made on A to a subscriber on B, and nothing else', async () => {
    const author = await verifiedClinician(httpA, admin, 'Dr. Instance Author');
    const other = await verifiedClinician(httpA, admin, 'Dr. Other Author');
    const channels = await httpA.request<{ channels: { id: string }[] }>(
      `{ channels { id } }`,
      {},
      {
        token: author.accessToken,
      },
    );
    const post = async (s: Session, title: string) =>
      (
        await httpA.request<{ createCase: { id: string } }>(
          `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
          { i: { channelId: channels.data!.channels[0].id, title, body: 'Body' } },
          { token: s.accessToken },
        )
      ).data!.createCase.id;
    const watched = await post(author, 'Watched case');
    const unwatched = await post(other, 'Other case');

    const onB = new WsTestClient(b.url, author.accessToken);
    sockets.push(onB);
    const replies = onB.subscribe(`subscription S($c: ID!) { replyAdded(caseId: $c) { id case { id } } }`, {
      c: watched,
    });
    const notes = onB.subscribe(`subscription { notificationAdded { kind case { id } } }`);
    await new Promise((r) => setTimeout(r, 500));

    const reply = async (caseId: string) =>
      (
        await httpA.request<{ replyToCase: { id: string } }>(
          `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`,
          { i: { caseId, body: 'From instance A' } },
          { token: admin.accessToken },
        )
      ).data!.replyToCase.id;
    await reply(unwatched);
    const replyId = await reply(watched);

    await eventually(() => replies.events.length > 0 && notes.events.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(replies.events.map((e) => (e.data?.replyAdded as { id: string }).id)).toEqual([replyId]);
    expect(notes.events.map((e) => e.data?.notificationAdded)).toEqual([
      { kind: 'REPLY_ADDED', case: { id: watched } },
    ]);

    // A consult request made through A reaches the cardiologist listening on B, and only them.
    const specialties = await httpA.request<{ specialties: { id: string; code: string }[] }>(
      `{ specialties { id code } }`,
    );
    const cardiology = specialties.data!.specialties.find((s) => s.code === '207RC0000X')!.id;
    const cardiologist = await verifiedClinician(httpA, admin, 'Dr. Instance Cardiologist');
    await httpA.request(
      `mutation U($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }`,
      { i: { specialtyIds: [cardiology], acceptingConsults: true } },
      { token: cardiologist.accessToken },
    );
    const cardioSocket = new WsTestClient(b.url, cardiologist.accessToken);
    sockets.push(cardioSocket);
    const cardioNotes = cardioSocket.subscribe(
      `subscription { notificationAdded { kind consult { id urgency } } }`,
    );
    await new Promise((r) => setTimeout(r, 500));
    const requested = await httpA.request<{ requestConsult: { id: string } }>(
      `mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }`,
      { i: { caseId: watched, specialtyId: cardiology, urgency: 'URGENT' } },
      { token: author.accessToken },
    );
    expect(requested.errors).toBeUndefined();
    await eventually(() => cardioNotes.events.length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(cardioNotes.events.map((e) => e.data?.notificationAdded)).toEqual([
      { kind: 'CONSULT_REQUESTED', consult: { id: requested.data!.requestConsult.id, urgency: 'URGENT' } },
    ]);
    expect(notes.events).toHaveLength(1);
  });

  it("should hold a clinician's subscription limit across both instances, and give places back when a socket closes", async () => {
    const clinician = await verifiedClinician(httpA, admin, 'Dr. Many Sockets');
    const codeOf = async (sub: WsSubscription): Promise<string> => {
      const ended = await Promise.race([sub.ended, new Promise((r) => setTimeout(() => r('OPEN'), 1_500))]);
      if (ended === 'OPEN') return 'OPEN';
      const first = Array.isArray(ended) ? (ended[0] as { extensions?: { code?: string } }) : undefined;
      return first?.extensions?.code ?? 'ENDED';
    };
    const query = `subscription { notificationAdded { id } }`;
    const onA = new WsTestClient(a.url, clinician.accessToken);
    const onB = new WsTestClient(b.url, clinician.accessToken);
    sockets.push(onA, onB);
    const fromA = [onA.subscribe(query), onA.subscribe(query), onA.subscribe(query)];
    expect(await Promise.all(fromA.map(codeOf))).toEqual(['OPEN', 'OPEN', 'OPEN']);
    const fromB = [onB.subscribe(query), onB.subscribe(query)];
    expect((await Promise.all(fromB.map(codeOf))).sort()).toEqual(['OPEN', 'RATE_LIMITED']);

    // Closing the socket on A gives its three places back to the clinician, wherever they ask.
    await onA.dispose();
    await new Promise((r) => setTimeout(r, 500));
    const again = [onB.subscribe(query), onB.subscribe(query), onB.subscribe(query), onB.subscribe(query)];
    expect((await Promise.all(again.map(codeOf))).sort()).toEqual(['OPEN', 'OPEN', 'OPEN', 'RATE_LIMITED']);
  });
});
