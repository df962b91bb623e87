import { createTestApp, GraphqlClient, type TestApp } from '@curbside/testing';
import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import webpush from 'web-push';

describe('Foundation over real HTTP', () => {
  let t: TestApp;
  let sqlCount = 0;

  beforeAll(async () => {
    t = await createTestApp({ onQuery: () => (sqlCount += 1) });
  });

  afterAll(async () => {
    await t.close();
  });

  it('should answer liveness and readiness', async () => {
    const live = await fetch(`${t.url}/health/live`);
    const ready = await fetch(`${t.url}/health/ready`);
    expect(live.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
  });

  it('should answer { __typename } and list the seeded specialties without signing in', async () => {
    const res = await t.client.request<{ __typename: string; specialties: { code: string }[] }>(
      '{ __typename specialties { code name } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.__typename).toBe('Query');
    expect(res.data?.specialties.map((s) => s.code)).toContain('207RC0000X');
  });

  it('should seed one channel per specialty and the rural channel, idempotently', async () => {
    const [{ count }] = await t.database.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM channel',
    );
    const [{ specialties }] = await t.database.dataSource.query<{ specialties: number }[]>(
      'SELECT count(*)::int AS specialties FROM specialty',
    );
    expect(count).toBe(specialties + 1);
    const rural = await t.database.dataSource.query<{ name: string }[]>(
      'SELECT name FROM channel WHERE slug = $1',
      ['rural-remote-medicine'],
    );
    expect(rural).toEqual([{ name: 'Rural and Remote Medicine' }]);
  });

  it('should serve exactly the schema printed in schema/schema.graphql', () => {
    const served = printSchema(lexicographicSortSchema(t.api.app.get(GraphQLSchemaHost).schema));
    const printed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printed.replace(/^#.*\n\n/, '').trim()).toBe(served.trim());
  });

  it('should set security headers and a request id on every response', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('refusing abusive queries before any resolver or SQL runs', () => {
    async function refusedWithoutSql(query: string): Promise<unknown[]> {
      const before = sqlCount;
      const res = await t.client.request(query);
      expect(res.data ?? null).toBeNull();
      expect(sqlCount).toBe(before);
      return GraphqlClient.codes(res);
    }

    it('should refuse a query nested 20 levels deep', async () => {
      // Valid GraphQL, 20 levels deep: only the depth limit can refuse it.
      const deep = `{ __type(name: "Query") { ${'ofType { '.repeat(19)} name ${'}'.repeat(19)} } }`;
      const codes = await refusedWithoutSql(deep);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set(['BAD_USER_INPUT']));
      const shallow = await t.client.request(`{ __type(name: "Query") { ofType { name } } }`);
      expect(shallow.errors).toBeUndefined();
    });

    it('should refuse 50 aliases in one query', async () => {
      const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: specialties { code }`).join(' ');
      expect(await refusedWithoutSql(`{ ${aliases} }`)).toEqual(['BAD_USER_INPUT']);
    });

    it('should refuse a 2 MB body with PAYLOAD_TOO_LARGE', async () => {
      const before = sqlCount;
      const padding = 'x'.repeat(2 * 1024 * 1024);
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding } }),
      });
      expect(res.status).toBe(413);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      expect(sqlCount).toBe(before);
    });

    it('should refuse batched requests', async () => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      });
      expect(res.status).toBe(400);
    });
  });

  it('should refuse a GET query without a CSRF-safe header', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
  });

  it('should not suggest field names to a client', async () => {
    const res = await t.client.request('{ specialtie { code } }');
    expect(GraphqlClient.codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('should never echo a submitted value in an error', async () => {
    const secret = 'Jonathan Q. Patient 555-0142';
    const res = await t.client.request(`query Q($n: Int) { specialties { code } }`, { n: secret });
    expect(new Set(GraphqlClient.codes(res))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(JSON.stringify(res.errors)).not.toContain('Jonathan');
    const literal = await t.client.request(`{ specialties(x: "${secret}") { code } }`);
    expect(JSON.stringify(literal.errors)).not.toContain('Jonathan');
  });

  it('should log each request as one JSON line without bodies or variables', async () => {
    const res = await t.client.request('query NamedOp($v: String!) { __type(name: $v) { name } }', {
      v: 'Mrs. Secret Person',
    });
    expect(res.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = t.logs.join('').trim().split('\n');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const entry = entries.find((e) => e.operationName === 'NamedOp');
    expect(entry).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    expect(typeof entry?.durationMs).toBe('number');
    expect(typeof entry?.correlationId).toBe('string');
    expect(t.logs.join('')).not.toContain('Secret Person');
  });
});

describe('Production hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    const vapid = webpush.generateVAPIDKeys();
    t = await createTestApp({
      env: { NODE_ENV: 'production', VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey },
    });
  });

  afterAll(async () => {
    await t.close();
  });

  it('should turn introspection off in production', async () => {
    const res = await t.client.request('{ __schema { types { name } } }');
    expect(GraphqlClient.codes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('should hide the configured limits from clients in production', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: specialties { code }`).join(' ');
    const res = await t.client.request(`{ ${aliases} }`);
    expect(new Set(GraphqlClient.codes(res))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(JSON.stringify(res.errors)).not.toMatch(/\b15\b|\b50\b/);
  });
});
