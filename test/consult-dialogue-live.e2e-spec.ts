import { consultMessagesTopic } from '@curbside/notifications';
import {
  CONSULT_SOCKET_OPERATIONS,
  TopicWatch,
  WsTestClient,
  createTestApp,
  login,
  register,
  schemaOperations,
  verifiedClinician,
  type Session,
  type TestApp,
  type WsEvent,
  type WsSubscription,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'dialogue.live.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-the-live-dialogue-17',
};

const MESSAGE_ADDED =
  'subscription M($id: ID!) { consultMessageAdded(consultId: $id) { id body requestsInformation author { id } } }';

const PLANTED = ['Cornelius Abernathy-Vance', 'Abernathy', '(406) 555-0148', '61830277'];

describe('The private consult dialogue, live over a real WebSocket', () => {
  let t: TestApp;
  let admin: Session;
  let requester: Session;
  let consultant: Session;
  let stranger: Session;
  let consultId: string;
  let topics: TopicWatch;
  const sockets: WsTestClient[] = [];

  function socket(token: string | null): WsTestClient {
    const client = new WsTestClient(t.url, token);
    sockets.push(client);
    return client;
  }

  async function must<T>(
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const res = await t.client.request<T>(query, variables, { token: session.accessToken });
    if (res.errors || !res.data) throw new Error(`call failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  beforeAll(async () => {
    t = await createTestApp({
      env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000', WS_MAX_SUBSCRIPTIONS_PER_CLINICIAN: '3' },
    });
    topics = TopicWatch.of(t);
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    [requester, consultant, stranger] = await Promise.all(
      ['Dr. Ada Rural', 'Dr. Ivy Skin', 'Dr. Stan Stranger'].map((n) =>
        verifiedClinician(t.client, admin, n),
      ),
    );
    const { specialties } = await must<{ specialties: { id: string; name: string }[] }>(
      requester,
      '{ specialties { id name } }',
    );
    const dermatology = specialties.find((s) => s.name === 'Dermatology')!.id;
    await must(consultant, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [dermatology], acceptingConsults: true },
    });
    const { channels } = await must<{ channels: { id: string; slug: string }[] }>(
      requester,
      '{ channels { id slug } }',
    );
    const { createCase } = await must<{ createCase: { id: string } }>(
      requester,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          channelId: channels.find((c) => c.slug === 'rural-remote-medicine')!.id,
          title: 'Changing pigmented lesion on the forearm',
          body: 'Irregular border, two colours.',
        },
      },
    );
    const { requestConsult } = await must<{ requestConsult: { id: string } }>(
      requester,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId: createCase.id, specialtyId: dermatology } },
    );
    consultId = requestConsult.id;
    await must(consultant, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', { id: consultId });
  });

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await t?.close();
  });

  const codesOf = async (sub: WsSubscription): Promise<(string | undefined)[]> => {
    const ended = (await sub.ended) as { extensions?: { code?: string } }[];
    return Array.isArray(ended)
      ? ended.map((e) => e.extensions?.code)
      : (sub.events[0]?.errors?.map((e) => e.extensions?.code as string | undefined) ?? []);
  };

  const send = (s: Session, body: string, requestsInformation = false) =>
    must<{ sendConsultMessage: { id: string } }>(
      s,
      'mutation S($i: SendConsultMessageInput!) { sendConsultMessage(input: $i) { id } }',
      { i: { consultId, body, requestsInformation } },
    ).then((d) => d.sendConsultMessage.id);

  const messageIdOf = (event: WsEvent): string | undefined =>
    (event.data?.consultMessageAdded as { id: string } | undefined)?.id;

  it('should be the only operation of its suite, and in the printed schema', () => {
    expect(CONSULT_SOCKET_OPERATIONS).toEqual(['consultMessageAdded']);
    expect(schemaOperations()).toContain('consultMessageAdded');
  });

  it('should refuse callers who may not read the dialogue, each with its code', async () => {
    const unverified = await register(t.client, 'Dr. Una Unverified');
    expect(await codesOf(socket(unverified.accessToken).subscribe(MESSAGE_ADDED, { id: consultId }))).toEqual(
      ['NOT_VERIFIED'],
    );
    expect(await codesOf(socket(stranger.accessToken).subscribe(MESSAGE_ADDED, { id: consultId }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      await codesOf(
        socket(stranger.accessToken).subscribe(MESSAGE_ADDED, { id: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toEqual(['NOT_FOUND']);
    const anonymous = socket(null);
    const sub = anonymous.subscribe(MESSAGE_ADDED, { id: consultId });
    await sub.ended;
    expect(sub.events.filter((e) => e.data?.consultMessageAdded)).toEqual([]);
  });

  it('should deliver each new message, de-identified, to both parties and an administrator only', async () => {
    const [forRequester, forConsultant, forAdmin] = await topics.opening(
      [consultMessagesTopic(consultId), consultMessagesTopic(consultId), consultMessagesTopic(consultId)],
      () => [
        socket(requester.accessToken).subscribe(MESSAGE_ADDED, { id: consultId }),
        socket(consultant.accessToken).subscribe(MESSAGE_ADDED, { id: consultId }),
        socket(admin.accessToken).subscribe(MESSAGE_ADDED, { id: consultId }),
      ],
    );
    const asked = await send(
      consultant,
      `Could you photograph the border? Ask Mr. ${PLANTED[0]} (MRN ${PLANTED[3]}, phone ${PLANTED[2]}) to come back.`,
      true,
    );
    const answered = await send(requester, 'Photo taken; the border is notched at twelve o clock.');
    for (const sub of [forRequester, forConsultant, forAdmin]) {
      await sub.until((e) => messageIdOf(e) === answered);
      expect(sub.events.map(messageIdOf)).toEqual([asked, answered]);
      const first = sub.events[0].data!.consultMessageAdded as {
        body: string;
        requestsInformation: boolean;
        author: { id: string };
      };
      expect(first).toMatchObject({ requestsInformation: true, author: { id: consultant.id } });
      expect(first.body).toContain('photograph the border');
      for (const value of PLANTED) expect(JSON.stringify(sub.events)).not.toContain(value);
    }
  });

  it('should hold each clinician to the per-clinician subscription cap', async () => {
    // the cap is 3; the consultant still holds the subscription of the test above
    const topic = consultMessagesTopic(consultId);
    const client = socket(consultant.accessToken);
    await topics.opening([topic], () => client.subscribe(MESSAGE_ADDED, { id: consultId }));
    await topics.opening([topic], () => client.subscribe(MESSAGE_ADDED, { id: consultId }));
    const over = client.subscribe(MESSAGE_ADDED, { id: consultId });
    expect(await codesOf(over)).toEqual(['RATE_LIMITED']);
    // another clinician is not held to the consultant's count
    const theirs = await topics.opening([topic], () =>
      socket(requester.accessToken).subscribe(MESSAGE_ADDED, { id: consultId }),
    );
    expect(theirs.events.filter((e) => e.errors)).toEqual([]);
  });
});
