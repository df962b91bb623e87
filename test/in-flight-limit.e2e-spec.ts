import { createTestApp, type TestApp } from '@curbside/testing';
import { request as httpRequest, type ClientRequest } from 'node:http';

const CAP = 4;
const REGISTER = `mutation R($i: RegisterInput!) { register(input: $i) { clinician { id } } }`;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

/** One request from a chosen loopback source address, read to the end. */
function send(url: string, localAddress: string, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}${path}`,
      {
        method: body === undefined ? 'GET' : 'POST',
        localAddress,
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A request whose headers arrive but whose body never does: it stays in progress until destroyed. */
function hanging(url: string, localAddress: string): ClientRequest {
  const req = httpRequest(`${url}/graphql`, {
    method: 'POST',
    localAddress,
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': '1000' },
  });
  req.on('error', () => undefined);
  req.write('{"query":');
  return req;
}

function registration(email: string): string {
  return JSON.stringify({
    query: REGISTER,
    variables: { i: { email, password: 'correct-horse-battery-staple-42', displayName: 'Dr. Burst' } },
  });
}

describe('Requests in progress per client address', () => {
  let t: TestApp;
  let held: ClientRequest[] = [];

  const registered = async (email: string): Promise<number> => {
    const rows = await t.database.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM clinician WHERE email = $1',
      [email],
    );
    return rows[0].n;
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { HTTP_MAX_IN_FLIGHT_PER_ADDRESS: String(CAP) } });
  });

  afterEach(() => {
    for (const req of held) req.destroy();
    held = [];
  });

  afterAll(async () => {
    await t.close();
  });

  it('should answer a request past the cap at once with RATE_LIMITED, writing nothing, and leave other addresses alone', async () => {
    held = Array.from({ length: CAP }, () => hanging(t.url, '127.0.0.3'));

    // the held requests are counted once their headers are read; until then a request still passes
    let refused: Answer | undefined;
    for (let attempt = 0; attempt < 50 && !refused; attempt++) {
      const email = `burst.${attempt}@clinic.test`;
      const answer = await send(t.url, '127.0.0.3', '/graphql', registration(email));
      if (answer.status === 429) {
        refused = answer;
        expect(await registered(email)).toBe(0);
      }
    }
    expect(refused).toBeDefined();
    expect(refused!.retryAfter).toBe('1');
    const parsed = JSON.parse(refused!.body) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(parsed.errors.map((e) => e.extensions.code)).toEqual(['RATE_LIMITED']);
    expect(refused!.body).not.toContain('clinic.test');

    // another address is served, and the health checks of the crowded one too
    const other = await send(t.url, '127.0.0.4', '/graphql', registration('other.address@clinic.test'));
    expect(other.status).toBe(200);
    expect(JSON.parse(other.body)).not.toHaveProperty('errors');
    expect(await registered('other.address@clinic.test')).toBe(1);
    expect((await send(t.url, '127.0.0.3', '/health/live')).status).toBe(200);
  });

  it('should give the address its room back when its requests end', async () => {
    held = Array.from({ length: CAP }, () => hanging(t.url, '127.0.0.5'));
    let crowded = false;
    for (let attempt = 0; attempt < 50 && !crowded; attempt++) {
      crowded = (await send(t.url, '127.0.0.5', '/graphql?query=%7B__typename%7D')).status === 429;
    }
    expect(crowded).toBe(true);

    for (const req of held) req.destroy();
    held = [];
    let served = false;
    for (let attempt = 0; attempt < 50 && !served; attempt++) {
      served =
        (await send(t.url, '127.0.0.5', '/graphql', registration('after.release@clinic.test'))).status ===
        200;
      if (!served) await new Promise((r) => setTimeout(r, 20));
    }
    expect(served).toBe(true);
    expect(await registered('after.release@clinic.test')).toBe(1);
  });
});
