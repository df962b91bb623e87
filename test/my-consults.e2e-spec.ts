import {
  createTestApp,
  login,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'my.consults.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-my-consults-21',
};

interface MyConsultsView {
  edges: { node: { id: string; status: string; dueAt: string; case: { id: string } }; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const MY_CONSULTS = `query M($role: MyConsultRole, $statuses: [ConsultStatus!], $first: Int, $after: String) {
  myConsults(role: $role, statuses: $statuses, first: $first, after: $after) {
    edges { cursor node { id status dueAt case { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** "My consults" (#14): the caller's own consults, as requester and as specialist, newest first, by pages. */
describe('myConsults over real HTTP', () => {
  let t: TestApp;
  let admin: Session;
  let requester: Session;
  let specialist: Session;
  let bystander: Session;
  let rural: string;
  let dermatology: string;
  let cardiology: string;
  /** Newest last, as they were requested. */
  const requested: { consultId: string; caseId: string }[] = [];

  function gql<T>(
    session: Session | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> {
    return t.client.request<T>(query, variables, session ? { token: session.accessToken } : {});
  }

  async function ok<T>(session: Session, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await gql<T>(session, query, variables);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  const mine = async (session: Session, variables: Record<string, unknown> = {}) =>
    (await ok<{ myConsults: MyConsultsView }>(session, MY_CONSULTS, variables)).myConsults;

  async function requestOn(specialtyId: string): Promise<{ consultId: string; caseId: string }> {
    const created = await ok<{ createCase: { id: string } }>(
      requester,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { channelId: rural, title: 'Rash after a new medicine', body: 'Spreading rash, no fever.' } },
    );
    const consult = await ok<{ requestConsult: { id: string } }>(
      requester,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      { i: { caseId: created.createCase.id, specialtyId } },
    );
    return { consultId: consult.requestConsult.id, caseId: created.createCase.id };
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000' } });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    [requester, specialist, bystander] = await Promise.all(
      ['Dr. Rae Rural', 'Dr. Sam Skin', 'Dr. Bo Bystander'].map((n) => verifiedClinician(t.client, admin, n)),
    );
    const { specialties } = await ok<{ specialties: { id: string; name: string }[] }>(
      requester,
      '{ specialties { id name } }',
    );
    dermatology = specialties.find((s) => s.name === 'Dermatology')!.id;
    cardiology = specialties.find((s) => s.name === 'Cardiology')!.id;
    await ok(specialist, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
      i: { specialtyIds: [dermatology], acceptingConsults: true },
    });
    const { channels } = await ok<{ channels: { id: string; slug: string }[] }>(
      requester,
      '{ channels { id slug } }',
    );
    rural = channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
    for (let i = 0; i < 4; i++) requested.push(await requestOn(dermatology));
    requested.push(await requestOn(cardiology));
    // the specialist claims the oldest and answers the second
    await ok(specialist, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', {
      id: requested[0].consultId,
    });
    await ok(specialist, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', {
      id: requested[1].consultId,
    });
    await ok(specialist, 'mutation A($i: AnswerConsultInput!) { answerConsult(input: $i) { id } }', {
      i: { consultId: requested[1].consultId, body: 'Stop the medicine and review in a week.' },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('should list the requester’s consults newest first, by pages, each once', async () => {
    const first = await mine(requester, { role: 'REQUESTED', first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await mine(requester, { role: 'REQUESTED', first: 10, after: first.pageInfo.endCursor });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...rest.edges].map((e) => e.node.id);
    expect(ids).toEqual(requested.map((r) => r.consultId).reverse());
    const answered = [...first.edges, ...rest.edges].find((e) => e.node.id === requested[1].consultId);
    expect(answered?.node).toMatchObject({ status: 'ANSWERED', case: { id: requested[1].caseId } });
    expect(Number.isNaN(Date.parse(answered!.node.dueAt))).toBe(false);
  });

  it('should list what the specialist holds, and both sides when no role is given', async () => {
    const consulting = await mine(specialist, { role: 'CONSULTING' });
    expect(consulting.edges.map((e) => [e.node.id, e.node.status])).toEqual([
      [requested[1].consultId, 'ANSWERED'],
      [requested[0].consultId, 'CLAIMED'],
    ]);
    expect((await mine(specialist, { role: 'REQUESTED' })).edges).toEqual([]);
    expect((await mine(specialist)).edges.map((e) => e.node.id)).toEqual(
      consulting.edges.map((e) => e.node.id),
    );
    expect((await mine(requester)).edges).toHaveLength(requested.length);
  });

  it('should filter by state', async () => {
    const open = await mine(requester, { statuses: ['OPEN'] });
    expect(open.edges.map((e) => e.node.id)).toEqual(
      requested
        .slice(2)
        .map((r) => r.consultId)
        .reverse(),
    );
    const done = await mine(requester, { statuses: ['ANSWERED', 'CLAIMED'] });
    expect(done.edges.map((e) => e.node.status).sort()).toEqual(['ANSWERED', 'CLAIMED']);
  });

  it('should show nothing of anyone else’s consults', async () => {
    expect((await mine(bystander)).edges).toEqual([]);
  });

  it('should leave out consults on a case held back by a report', async () => {
    const held = requested[3];
    await t.database.dataSource.query('UPDATE case_post SET hidden = true WHERE id = $1', [held.caseId]);
    try {
      const ids = (await mine(requester)).edges.map((e) => e.node.id);
      expect(ids).not.toContain(held.consultId);
      expect(ids).toHaveLength(requested.length - 1);
    } finally {
      await t.database.dataSource.query('UPDATE case_post SET hidden = false WHERE id = $1', [held.caseId]);
    }
  });

  it('should refuse a forged cursor or page size as bad input, echoing neither', async () => {
    const forged = Buffer.from(JSON.stringify(['x', 'DROP TABLE consult'])).toString('base64url');
    const bad = await gql(requester, MY_CONSULTS, { after: forged });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).not.toContain('DROP TABLE');
    const big = await gql(requester, MY_CONSULTS, { first: 1000 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
