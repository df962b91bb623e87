import { createTestApp, type TestApp } from '@curbside/testing';
import { request as httpRequest, type ClientRequest } from 'node:http';

const REGISTER = `mutation R($i: RegisterInput!) { register(input: $i) { clinician { id } } }`;
/** The loopback address the "load balancer" connects from in these tests. */
const PROXY = '127.0.0.7';
const LIMIT = 2;

let sequence = 0;

/** A registration sent from `localAddress`, with an X-Forwarded-For header when given. */
function register(url: string, localAddress: string, forwardedFor?: string): Promise<{ code: string }> {
  const email = `proxy.${++sequence}@clinic.test`;
  const body = JSON.stringify({
    query: REGISTER,
    variables: { i: { email, password: 'correct-horse-battery-staple-42', displayName: 'Dr. Proxy' } },
  });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/graphql`,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            errors?: { extensions: { code: string } }[];
          };
          resolve({ code: parsed.errors?.[0]?.extensions.code ?? 'OK' });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A request whose body never arrives: it stays in progress (counted by the in-flight cap). */
function hanging(url: string, localAddress: string, forwardedFor: string): ClientRequest {
  const req = httpRequest(`${url}/graphql`, {
    method: 'POST',
    localAddress,
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': '1000',
      'x-forwarded-for': forwardedFor,
    },
  });
  req.on('error', () => undefined);
  req.write('{"query":');
  return req;
}

async function codes(n: number, send: () => Promise<{ code: string }>): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push((await send()).code);
  return out;
}

describe('Client address without TRUSTED_PROXIES', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: String(LIMIT) } });
  });

  afterAll(async () => {
    await t.close();
  });

  it('should ignore a forged X-Forwarded-For: a new header each time does not escape the per-address limit', async () => {
    const answers = await codes(LIMIT + 2, () => register(t.url, '127.0.0.8', `198.51.100.${sequence + 1}`));

    expect(answers).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    // and the limited address is the peer's: another peer is still served
    expect((await register(t.url, '127.0.0.9', '198.51.100.200')).code).toBe('OK');
  });
});

describe('Client address behind a trusted proxy (TRUSTED_PROXIES)', () => {
  let t: TestApp;
  let held: ClientRequest[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: String(LIMIT),
        TRUSTED_PROXIES: `${PROXY},10.0.0.0/8`,
        HTTP_MAX_IN_FLIGHT_PER_ADDRESS: '3',
      },
    });
  });

  afterEach(() => {
    for (const req of held) req.destroy();
    held = [];
  });

  afterAll(async () => {
    await t.close();
  });

  it('should limit two clients behind the proxy separately', async () => {
    const first = await codes(LIMIT + 1, () => register(t.url, PROXY, '198.51.100.1'));
    const second = await codes(LIMIT + 1, () => register(t.url, PROXY, '198.51.100.2'));

    expect(first).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    expect(second).toEqual(['OK', 'OK', 'RATE_LIMITED']);
  });

  it('should not let a client behind the proxy choose its address by writing the header itself', async () => {
    expect(await codes(LIMIT, () => register(t.url, PROXY, '198.51.100.3'))).toEqual(['OK', 'OK']);

    // the client wrote "X-Forwarded-For: 198.51.100.4"; the proxy appended the address it saw
    expect((await register(t.url, PROXY, '198.51.100.4, 198.51.100.3')).code).toBe('RATE_LIMITED');
    // through a second trusted hop, the same
    expect((await register(t.url, PROXY, '198.51.100.4, 198.51.100.3, 10.1.2.3')).code).toBe('RATE_LIMITED');
  });

  it('should still ignore the header from a peer that is not a trusted proxy', async () => {
    const answers = await codes(LIMIT + 1, () =>
      register(t.url, '127.0.0.10', `198.51.100.${100 + sequence}`),
    );

    expect(answers).toEqual(['OK', 'OK', 'RATE_LIMITED']);
  });

  it('should count requests in progress per client behind the proxy, not per proxy', async () => {
    held = Array.from({ length: 3 }, () => hanging(t.url, PROXY, '198.51.100.50'));

    // once the held requests are counted, the same client is refused at once...
    let refused = false;
    for (let attempt = 0; attempt < 50 && !refused; attempt++) {
      refused = (await register(t.url, PROXY, '198.51.100.50')).code === 'RATE_LIMITED';
    }
    expect(refused).toBe(true);
    // ...and another client behind the same proxy is served
    expect((await register(t.url, PROXY, '198.51.100.51')).code).toBe('OK');
  });
});
