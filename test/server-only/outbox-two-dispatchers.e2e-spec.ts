import type { Database } from '@curbside/database';
import {
  ApiProcess,
  GraphqlClient,
  MailCatcher,
  PushCatcher,
  createTestDatabase,
  freePort,
  login,
  verifiedClinician,
  type Session,
} from '@curbside/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'dispatch.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0015-two',
};

const REPLIES = 30;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two real API processes on one PostgreSQL database, each with its outbox dispatcher, sweep and
 * delivery workers: replies raised on both, deliveries sent by both, none twice. E-mail is counted
 * by Message-ID at a real SMTP server (each instance greets with its own name), push by Topic.
 */
describe('Two API instances dispatching one outbox', () => {
  let database: Database & { url?: string };
  let mail: MailCatcher;
  let push: PushCatcher;
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    mail = await MailCatcher.start();
    push = await PushCatcher.start();
    const env = {
      DATABASE_URL: database.url!,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      JWT_SECRET: 'two-dispatchers-secret-shared-by-both-instances',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://curbside.example',
      DELIVERY_RETRY_DELAY_SECONDS: '1',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10000',
      ...ADMIN,
    };
    for (const name of ['instance-a', 'instance-b']) {
      const api = new ApiProcess(await freePort(), {
        ...env,
        SMTP_URL: mail.url(name),
        DATA_DIR: mkdtempSync(join(tmpdir(), `curbside-${name}-`)),
      });
      apis.push(api);
      await api.ready();
    }
  }, 300_000);

  afterAll(async () => {
    for (const api of apis) {
      api.signal('SIGTERM');
      await api.exited;
    }
    await mail?.close();
    await push?.close();
    await database?.close();
  });

  it('should send each reply notification once by e-mail and once by push, whichever instance sends it', async () => {
    const [a, b] = apis.map((api) => new GraphqlClient(`${api.url}/graphql`));
    const admin = await login(a, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const author = await verifiedClinician(a, admin, 'Dr. Two Dispatch Author');
    const replier = await verifiedClinician(a, admin, 'Dr. Two Dispatch Replier');
    const must = async <T>(client: GraphqlClient, s: Session, query: string, variables = {}): Promise<T> => {
      const res = await client.request<T>(query, variables, { token: s.accessToken });
      if (!res.data) {
        // the instances' own error lines (ids and codes only) say what went wrong
        const logged = apis.flatMap((api) =>
          api.output
            .join('')
            .split('\n')
            .filter((line) => line.includes('"level":"error"')),
        );
        throw new Error(`${JSON.stringify(res.errors)}\n${logged.join('\n')}`);
      }
      return res.data;
    };
    await must(
      a,
      author,
      'mutation { setNotificationPreference(input: { category: CASE_REPLIES, email: IMMEDIATE, push: true }) { quietHours { timeZone } } }',
    );
    await push.subscribe(a, author, 'author');
    const { channels } = await must<{ channels: { id: string }[] }>(a, author, '{ channels { id } }');
    const { createCase } = await must<{ createCase: { id: string } }>(
      a,
      author,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      { i: { channelId: channels[0].id, title: 'Replies on two instances', body: 'A case to reply to.' } },
    );

    // replies alternate between the instances, several in flight
    let next = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let n = next++; n < REPLIES; n = next++) {
          await must(
            n % 2 === 0 ? a : b,
            replier,
            'mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }',
            { i: { caseId: createCase.id, body: `Reply ${n} on instance ${n % 2 === 0 ? 'A' : 'B'}.` } },
          );
        }
      }),
    );

    const deliveries = async (): Promise<{ id: string; channel: string; status: string }[]> =>
      database.dataSource.query(
        `SELECT d.id, d.channel, d.status FROM notification_delivery d
           JOIN notification n ON n.id = d.notification_id
          WHERE n.recipient_id = $1 AND n.case_id = $2`,
        [author.id, createCase.id],
      );
    const deadline = Date.now() + 120_000;
    let rows = await deliveries();
    while (rows.length < 2 * REPLIES || rows.some((r) => r.status !== 'SENT')) {
      if (Date.now() > deadline) throw new Error(`deliveries did not settle: ${JSON.stringify(rows)}`);
      await sleep(250);
      rows = await deliveries();
    }
    // a moment for any second copy to arrive
    await sleep(3000);

    const emails = rows.filter((r) => r.channel === 'EMAIL');
    const pushes = rows.filter((r) => r.channel === 'PUSH');
    expect(emails).toHaveLength(REPLIES);
    expect(pushes).toHaveLength(REPLIES);
    // every message arrives once (the licence-approval e-mails included); each delivery's is there
    const copies = <T>(values: T[]): Map<T, number> => {
      const counted = new Map<T, number>();
      for (const v of values) counted.set(v, (counted.get(v) ?? 0) + 1);
      return counted;
    };
    const byMessageId = copies(mail.messages.map((m) => m.messageId));
    expect([...byMessageId].filter(([, n]) => n > 1)).toEqual([]);
    expect(emails.map((r) => byMessageId.get(`<${r.id}@curbside>`) ?? 0)).toEqual(emails.map(() => 1));
    const byTopic = copies(push.topics);
    expect([...byTopic].filter(([, n]) => n > 1)).toEqual([]);
    expect(pushes.map((r) => byTopic.get(r.id.replace(/-/g, '')) ?? 0)).toEqual(pushes.map(() => 1));
    // each push was signed by an instance (VAPID) and opened by the browser's own keys: a headline,
    // the kind and the case's link, nothing of the reply
    expect(push.refused).toEqual([]);
    const opened = push.payloads.map((text) => JSON.parse(text) as Record<string, string>);
    expect(opened.filter((p) => p.kind === 'REPLY_ADDED')).toHaveLength(REPLIES);
    for (const p of opened.filter((o) => o.kind === 'REPLY_ADDED')) {
      expect(Object.keys(p).sort()).toEqual(['id', 'kind', 'title', 'url']);
      expect(push.topics).toContain(p.id.replace(/-/g, ''));
      expect(p.url).toBe(`https://curbside.example/cases/${createCase.id}`);
    }
    expect(push.payloads.join('\n')).not.toMatch(/Reply \d+ on instance/);
    // both instances' delivery workers took part
    const ours = new Set(emails.map((r) => `<${r.id}@curbside>`));
    expect(new Set(mail.messages.filter((m) => ours.has(m.messageId)).map((m) => m.greeting))).toEqual(
      new Set(['instance-a', 'instance-b']),
    );
  });
});
