import { OutboxDispatcher } from '@curbside/notifications';
import {
  createTestApp,
  eventually,
  login,
  register,
  submitLicense,
  approveLicense,
  verifiedClinician,
  PushBrowser,
  verifyVapid,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'mail.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-tests-0015',
};

/** Identifiers planted in the case and the reply: none may reach an e-mail or a push message. */
const PLANTED = ['406-555-0180', 'MRN 88231', 'Margarethe Vollstedt', 'colchicine', 'Bozeman'];

/** A header's raw value as it was sent. */
function header(mail: ParsedMail, key: string): string {
  const line = mail.headerLines.find((h) => h.key === key)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).trim();
}

interface Received {
  to: string[];
  mail: ParsedMail;
}

describe('Notification e-mail and push over real SMTP and HTTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let pushServer: Server;
  let pushUrl: string;
  const inbox: Received[] = [];
  const pushes: { url: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
  let admin: Session;
  let author: Session;
  let specialist: Session;
  let caseId: string;

  const gql = async <T>(
    session: Session,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const res = await t.client.request<T>(query, variables, { token: session.accessToken });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const mailTo = (session: Session): Received[] => inbox.filter((m) => m.to.includes(session.email));
  const reply = (session: Session, body: string): Promise<{ replyToCase: { id: string } }> =>
    gql(session, `mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }`, { i: { caseId, body } });

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        // a mailbox that does not exist: a permanent refusal
        if (address.address.startsWith('bounce.')) {
          const error = Object.assign(new Error('No such user'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    pushServer = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        pushes.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => pushServer.listen(0, '127.0.0.1', resolve));
    pushUrl = `http://127.0.0.1:${(pushServer.address() as AddressInfo).port}/push/`;
    t = await createTestApp({
      env: {
        ...ADMIN,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        PUBLIC_URL: 'https://curbside.example',
        DELIVERY_RETRY_DELAY_SECONDS: '1',
        DELIVERY_MAX_ATTEMPTS: '3',
      },
    });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    author = await verifiedClinician(t.client, admin, 'Dr. Mail Author');
    specialist = await verifiedClinician(t.client, admin, 'Dr. Mail Replier');
    const { channels } = await gql<{ channels: { id: string }[] }>(author, '{ channels { id } }');
    const created = await gql<{ createCase: { id: string } }>(
      author,
      `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id title } }`,
      {
        i: {
          channelId: channels[0].id,
          title: 'Exertional chest pain',
          body: 'Margarethe Vollstedt, MRN 88231, from Bozeman, phone 406-555-0180, has chest pain on exertion.',
        },
      },
    );
    caseId = created.createCase.id;
  }, 180_000);

  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
    await new Promise<void>((resolve) => pushServer.close(() => resolve()));
  });

  it('should e-mail a licence decision at once with the product name, a link and RFC 8058 headers', async () => {
    await eventually(() => mailTo(author).length > 0, 20_000, 'licence e-mail');
    const { mail } = mailTo(author)[0];
    expect(mail.subject).toBe('Curbside: Your licence was reviewed');
    expect(mail.text).toContain('https://curbside.example/licence');
    expect(mail.html).toContain('Curbside');
    expect(header(mail, 'list-unsubscribe')).toMatch(
      /^<https:\/\/curbside\.example\/notifications\/unsubscribe\?token=[\w-]+\.[\w-]+>$/,
    );
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.messageId).toMatch(/@curbside>?$/);
  });

  it('should e-mail the owner when someone registers with their address, at most once a day', async () => {
    const REGISTER = `mutation R($i: RegisterInput!) { register(input: $i) { accessToken } }`;
    const attempt = () =>
      t.client.request(REGISTER, {
        i: {
          email: specialist.email.toUpperCase(),
          password: 'a-fresh-strong-password-58',
          displayName: 'Dr. Twin',
        },
      });
    const first = await attempt();
    // answered like any registration (a separate account that does not hold the address)
    expect(first.errors).toBeUndefined();
    await eventually(
      () => mailTo(specialist).some((m) => m.mail.subject?.includes('register')),
      20_000,
      'registration notice',
    );
    const { mail } = mailTo(specialist).find((m) => m.mail.subject?.includes('register'))!;
    expect(mail.subject).toBe('Curbside: Someone tried to register with your e-mail address');
    expect(mail.text).toContain('Your account is unchanged');
    expect(mail.text).toContain('reset its password');
    for (const typed of ['Dr. Twin', 'a-fresh-strong-password-58']) {
      expect(`${mail.subject}\n${mail.text}\n${String(mail.html)}`).not.toContain(typed);
    }
    // a second attempt the same day is answered alike, and makes no second notice
    expect((await attempt()).errors).toBeUndefined();
    const notices = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND kind = 'REGISTRATION_ATTEMPTED'`,
      [specialist.id],
    );
    expect(notices[0].n).toBe(1);
  });

  it('should e-mail a reply to the case author with the de-identified title only, never a planted identifier', async () => {
    await gql(
      author,
      `mutation { setNotificationPreference(input: { category: CASE_REPLIES, email: IMMEDIATE, push: false }) {
        categories { category email } } }`,
    );
    await reply(specialist, 'Margarethe Vollstedt (MRN 88231) should try colchicine; call 406-555-0180.');
    await eventually(
      () => mailTo(author).some((m) => m.mail.subject?.includes('reply')),
      20_000,
      'reply e-mail',
    );
    const { mail } = mailTo(author).find((m) => m.mail.subject?.includes('reply'))!;
    expect(mail.text).toContain('Case: Exertional chest pain');
    expect(mail.text).toContain(`https://curbside.example/cases/${caseId}`);
    for (const planted of PLANTED) {
      expect(`${mail.subject}\n${mail.text}\n${String(mail.html)}`).not.toContain(planted);
    }
    // the replier is not told of their own reply
    expect(mailTo(specialist).filter((m) => m.mail.subject?.includes('reply'))).toHaveLength(0);
  });

  it('should unsubscribe from one category with one POST to the List-Unsubscribe address', async () => {
    const { mail } = mailTo(author).find((m) => m.mail.subject?.includes('reply'))!;
    const url = new URL(header(mail, 'list-unsubscribe').replace(/[<>]/g, ''));
    const target = `${t.url}${url.pathname}${url.search}`;
    const page = await fetch(target);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    const posted = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    const forged = await fetch(`${target}x`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(forged.status).toBe(404);
    expect((await fetch(`${target}x`)).status).toBe(404);
    const prefs = await gql<{
      notificationPreferences: { categories: { category: string; email: string }[] };
    }>(author, '{ notificationPreferences { categories { category email } } }');
    expect(prefs.notificationPreferences.categories.find((c) => c.category === 'CASE_REPLIES')?.email).toBe(
      'OFF',
    );
    const before = mailTo(author).length;
    await reply(specialist, 'A second thought on the case.');
    const [{ n }] = await t.database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM notification_delivery d JOIN notification x ON x.id = d.notification_id
        WHERE x.recipient_id = $1 AND x.kind = 'REPLY_ADDED' AND d.channel = 'EMAIL'`,
      [author.id],
    );
    expect(n).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailTo(author)).toHaveLength(before);
  });

  it('should mark a delivery refused with a 5xx failed after one attempt, and show the status to its recipient', async () => {
    const bounced = await register(t.client, 'Dr. Bounce', `bounce.${Date.now()}@clinic.test`);
    await approveLicense(t.client, admin, await submitLicense(t.client, bounced));
    type Deliveries = {
      notifications: {
        edges: {
          node: { kind: string; deliveries: { channel: string; status: string; attempts: number }[] };
        }[];
      };
    };
    const statusOf = async (session: Session) =>
      (
        await gql<Deliveries>(
          session,
          '{ notifications { edges { node { kind deliveries { channel status attempts } } } } }',
        )
      ).notifications.edges.flatMap((e) => e.node.deliveries);
    let deliveries: { channel: string; status: string; attempts: number }[] = [];
    for (let i = 0; i < 80 && !deliveries.some((d) => d.status === 'FAILED'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      deliveries = await statusOf(bounced);
    }
    expect(deliveries).toEqual([{ channel: 'EMAIL', status: 'FAILED', attempts: 1 }]);
    expect((await statusOf(author)).some((d) => d.status === 'SENT')).toBe(true);
    const counters = await gql<{ notificationDeliveryCounters: { sent: number; failed: number } }>(
      admin,
      '{ notificationDeliveryCounters { queued sent failed retrying digest sending outboxPending } }',
    );
    expect(counters.notificationDeliveryCounters.failed).toBeGreaterThanOrEqual(1);
    expect(counters.notificationDeliveryCounters.sent).toBeGreaterThanOrEqual(2);
  });

  it('should push a message only the subscribed browser can read, signed by the server, with no identifier', async () => {
    // the browser's keys are made here: the server sees the public key and the auth secret only
    const browser = new PushBrowser();
    const endpoint = `${pushUrl}author`;
    await gql(author, 'mutation S($i: PushSubscriptionInput!) { subscribePush(input: $i) }', {
      i: { endpoint, ...browser.keys },
    });
    await gql(
      author,
      `mutation { setNotificationPreference(input: { category: CASE_REPLIES, email: OFF, push: true }) { quietHours { timeZone } } }`,
    );
    await reply(specialist, 'A third thought.');
    await eventually(() => pushes.length > 0, 20_000, 'push message');
    const [pushed] = pushes;
    expect(pushed.url).toBe('/push/author');
    expect(pushed.headers['content-encoding']).toBe('aes128gcm');
    // the push service's check: an ES256 token for this origin, signed by the key browsers subscribe with
    const vapid = verifyVapid(String(pushed.headers.authorization), endpoint);
    const { pushPublicKey } = await gql<{ pushPublicKey: string }>(author, '{ pushPublicKey }');
    expect(vapid.publicKey).toBe(pushPublicKey);
    expect(vapid.aud).toBe(new URL(pushUrl).origin);
    expect(vapid.exp * 1000).toBeGreaterThan(Date.now());
    // the browser's check: it opens the body with its own private key and auth secret
    const text = browser.decrypt(pushed.body).toString('utf8');
    expect(JSON.parse(text)).toEqual({
      title: expect.stringMatching(/^Curbside: \S/) as string,
      url: `https://curbside.example/cases/${caseId}`,
      kind: 'REPLY_ADDED',
      // the delivery's id: the service worker shows a resend of the same delivery once
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
    });
    for (const planted of [...PLANTED, 'Exertional chest pain', 'A third thought']) {
      expect(text).not.toContain(planted);
    }
    // and the ciphertext on the wire says nothing either
    expect(pushed.body.toString('latin1')).not.toContain('REPLY_ADDED');
    // another browser's keys cannot open it
    expect(() => new PushBrowser().decrypt(pushed.body)).toThrow();
  });

  it('should never duplicate records or deliveries when dispatchers run the same event at once', async () => {
    const dispatcher = t.api.app.get(OutboxDispatcher);
    const ds = t.database.dataSource;
    const count = async (): Promise<string> =>
      JSON.stringify(
        await ds.query(
          `SELECT (SELECT count(*)::int FROM notification) AS n, (SELECT count(*)::int FROM notification_delivery) AS d`,
        ),
      );
    const before = await count();
    // every event forgotten as dispatched, then dispatched by several at once, twice over
    await ds.query('UPDATE notification_outbox SET dispatched_at = NULL');
    const ids = (await ds.query<{ id: string }[]>('SELECT id FROM notification_outbox')).map((r) => r.id);
    await Promise.all([...ids, ...ids, ...ids].map((id) => dispatcher.dispatch(id)));
    expect(await count()).toBe(before);
  });
});
