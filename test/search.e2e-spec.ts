import {
  createTestApp,
  login,
  verifiedClinician,
  type GraphqlResponse,
  type Session,
  type TestApp,
} from '@curbside/testing';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'search.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0007',
};

const SEARCH = `query S($q: String!, $channelId: ID, $after: String) {
  searchCases(query: $q, channelId: $channelId, first: 2, after: $after) {
    edges { node { id title } } pageInfo { endCursor hasNextPage }
  }
}`;

interface SearchPage {
  searchCases: {
    edges: { node: { id: string; title: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

/** Ranking work is bounded: only the newest SEARCH_RANK_WINDOW matches are ranked and paged. */
describe('Search with a bounded ranking window', () => {
  let t: TestApp;
  let author: Session;
  let rural: string;
  let cardiology: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { ...ADMIN, SEARCH_RANK_WINDOW: '3' } });
    const admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Ines Varga');
    const { data } = await t.client.request<{ channels: { id: string; slug: string }[] }>(
      `{ channels { id slug } }`,
      {},
      { token: author.accessToken },
    );
    rural = data!.channels.find((c) => c.slug === 'rural-remote-medicine')!.id;
    cardiology = data!.channels.find((c) => c.slug === 'cardiology')!.id;
  });

  afterAll(async () => {
    await t.close();
  });

  async function post(channelId: string, title: string, body: string): Promise<string> {
    const res = await t.client.request<{ createCase: { id: string } }>(
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { channelId, title, body } },
      { token: author.accessToken },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createCase.id;
  }

  async function searchAll(q: string, channelId?: string): Promise<string[]> {
    const titles: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GraphqlResponse<SearchPage> = await t.client.request<SearchPage>(
        SEARCH,
        { q, channelId, after },
        { token: author.accessToken },
      );
      const result: SearchPage['searchCases'] | undefined = res.data?.searchCases;
      if (!result) throw new Error(JSON.stringify(res.errors));
      titles.push(...result.edges.map((e) => e.node.title));
      if (!result.pageInfo.hasNextPage) return titles;
      after = result.pageInfo.endCursor;
    }
    throw new Error('search did not end');
  }

  it('should rank only the newest matches, best first, and page through exactly those', async () => {
    // Older cases mention the term many times (they would rank first); newer ones once or twice.
    await post(cardiology, 'Brugada old cardiology first', 'brugada '.repeat(12));
    await post(cardiology, 'Brugada old cardiology second', 'brugada '.repeat(10));
    await post(rural, 'Older rural one', 'brugada '.repeat(8) + 'with Wolff pattern');
    await post(rural, 'Brugada new 1', 'type 1 pattern after fever');
    await post(rural, 'Brugada new 2', 'brugada again, coved ST elevation');
    await post(rural, 'Brugada new 3', 'brugada brugada brugada on ajmaline');

    const titles = await searchAll('brugada');
    expect(titles).toHaveLength(3);
    expect(new Set(titles)).toEqual(new Set(['Brugada new 1', 'Brugada new 2', 'Brugada new 3']));
    expect(titles[0]).toBe('Brugada new 3'); // the best match of the window comes first
  });

  it('should take the window within the channel searched, and still find an old rare term', async () => {
    expect(new Set(await searchAll('brugada', cardiology))).toEqual(
      new Set(['Brugada old cardiology first', 'Brugada old cardiology second']),
    );
    expect(await searchAll('wolff')).toEqual(['Older rural one']);
  });
});
