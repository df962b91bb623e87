import { ConsultPagingLevel, ConsultPagingService } from '@curbside/consults';
import {
  createTestApp,
  eventually,
  login,
  PushBrowser,
  verifiedClinician,
  verifyVapid,
  type Session,
  type TestApp,
} from '@curbside/testing';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'paging.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-urgent-paging-15',
};

/** Seconds an urgent consult pages one circle before it widens (short, for the test). */
const WIDEN_SECONDS = 8;

interface Received {
  to: string[];
  mail: ParsedMail;
}

interface ConsultView {
  status: string;
  pagingLevel: string | null;
  pagingWidenedAt: string | null;
}

describe('Urgent paging: at once by e-mail and push, widening while unclaimed', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  let pushServer: Server;
  let pushUrl: string;
  const inbox: Received[] = [];
  /** Paths of the push endpoints that received a message their browser could open and trust. */
  const pushes: string[] = [];
  /** Those messages as each browser read them, and what no browser could open or trust. */
  const opened: { path: string; text: string }[] = [];
  const refused: string[] = [];
  /** Each subscribed browser's keys, by endpoint path. */
  const browsers = new Map<string, PushBrowser>();
  let admin: Session;
  let requester: Session;
  let named: Session;
  let colleague: Session;
  let dermatology: string;
  let channelId: string;

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
  const rows = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    t.database.dataSource.query<T[]>(sql, params);

  async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function subscribePush(session: Session, name: string): Promise<void> {
    const browser = new PushBrowser();
    browsers.set(`/push/${name}`, browser);
    await gql(session, 'mutation S($i: PushSubscriptionInput!) { subscribePush(input: $i) }', {
      i: { endpoint: `${pushUrl}${name}`, ...browser.keys },
    });
  }

  /** The case of each consult (the consult shows on its case). */
  const caseOf = new Map<string, string>();

  async function urgentConsult(consultantId: string | null): Promise<string> {
    const created = await gql<{ createCase: { id: string } }>(
      requester,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: {
          channelId,
          title: 'Rapidly spreading erythema',
          body: 'Spreading erythema with fever over six hours; no dermatology locally.',
        },
      },
    );
    const consult = await gql<{ requestConsult: { id: string } }>(
      requester,
      'mutation R($i: RequestConsultInput!) { requestConsult(input: $i) { id } }',
      {
        i: {
          caseId: created.createCase.id,
          specialtyId: dermatology,
          urgency: 'URGENT',
          ...(consultantId ? { consultantId } : {}),
        },
      },
    );
    caseOf.set(consult.requestConsult.id, created.createCase.id);
    return consult.requestConsult.id;
  }

  const view = async (consultId: string): Promise<ConsultView> => {
    const data = await gql<{ case: { consults: (ConsultView & { id: string })[] } }>(
      requester,
      'query Q($id: ID!) { case(id: $id) { consults { id status pagingLevel pagingWidenedAt } } }',
      { id: caseOf.get(consultId) },
    );
    const { id: _id, ...rest } = data.case.consults.find((c) => c.id === consultId)!;
    return rest;
  };

  const paged = (consultId: string): Promise<{ recipient_id: string; kind: string }[]> =>
    rows(
      `SELECT recipient_id, kind FROM notification WHERE consult_id = $1 AND kind IN ('CONSULT_REQUESTED', 'CONSULT_PAGED')
        ORDER BY created_at`,
      [consultId],
    );

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
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
    // the push service checks the VAPID token; the subscribed browser decrypts the body
    pushServer = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '';
        try {
          verifyVapid(String(req.headers.authorization), `${pushUrl}${path.slice('/push/'.length)}`);
          const text = browsers.get(path)!.decrypt(Buffer.concat(chunks)).toString('utf8');
          opened.push({ path, text });
          pushes.push(path);
        } catch (error) {
          refused.push(`${path}: ${(error as Error).message}`);
        }
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((resolve) => pushServer.listen(0, '127.0.0.1', resolve));
    pushUrl = `http://127.0.0.1:${(pushServer.address() as AddressInfo).port}/push/`;
    t = await createTestApp({
      env: {
        ...ADMIN,
        SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
        PUBLIC_URL: 'https://curbside.example',
        CONSULT_PAGE_WIDEN_SECONDS: String(WIDEN_SECONDS),
      },
    });
    admin = await login(t.client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    [requester, named, colleague] = await Promise.all(
      ['Dr. Page Requester', 'Dr. Page Named', 'Dr. Page Colleague'].map((n) =>
        verifiedClinician(t.client, admin, n),
      ),
    );
    const { specialties } = await gql<{ specialties: { id: string; name: string }[] }>(
      requester,
      '{ specialties { id name } }',
    );
    dermatology = specialties.find((s) => s.name === 'Dermatology')!.id;
    for (const s of [named, colleague]) {
      await gql(s, 'mutation P($i: UpdateProfileInput!) { updateProfile(input: $i) { id } }', {
        i: { specialtyIds: [dermatology], acceptingConsults: true },
      });
    }
    const { channels } = await gql<{ channels: { id: string }[] }>(requester, '{ channels { id } }');
    channelId = channels[0].id;
    // the named specialist has the app closed (no socket), a browser subscribed to push, and is in
    // quiet hours right now
    await subscribePush(named, 'named');
    await subscribePush(colleague, 'colleague');
    const minute = new Date().getUTCHours() * 60 + new Date().getUTCMinutes();
    await gql(
      named,
      'mutation Q($i: QuietHoursInput) { setQuietHours(input: $i) { quietHours { startMinute } } }',
      {
        i: { startMinute: (minute + 1380) % 1440, endMinute: (minute + 60) % 1440, timeZone: 'UTC' },
      },
    );
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
    await new Promise<void>((resolve) => pushServer.close(() => resolve()));
  });

  it('should page the named specialist at once by e-mail and push, in quiet hours, then widen to the specialty and the administrators', async () => {
    const consultId = await urgentConsult(named.id);
    expect((await view(consultId)).pagingLevel).toBe('NAMED');
    // quiet hours would hold it for an hour: it arrives now
    await eventually(
      () =>
        mailTo(named).some((m) => m.mail.subject === 'Curbside: A consult is waiting for you') &&
        pushes.includes('/push/named'),
      20_000,
      'page to the named',
    );

    // the page on the lock screen: a headline, the kind and a link, nothing of the case
    const caseId = caseOf.get(consultId)!;
    const page = (path: string) => JSON.parse(opened.find((o) => o.path === path)!.text) as object;
    expect(page('/push/named')).toEqual({
      title: expect.stringMatching(/^Curbside: \S/) as string,
      url: `https://curbside.example/cases/${caseId}`,
      kind: 'CONSULT_REQUESTED',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
    });
    for (const { text } of opened) {
      for (const planted of ['Rapidly spreading erythema', 'Spreading erythema', 'fever', 'dermatology']) {
        expect(text.toLowerCase()).not.toContain(planted.toLowerCase());
      }
    }

    // unclaimed: the whole specialty is paged (the consult is no longer reserved), then the admins
    await until(
      async () => (await view(consultId)).pagingLevel === 'SPECIALTY',
      30_000,
      'widened to the specialty',
    );
    const widened = await view(consultId);
    expect(widened.status).toBe('OPEN');
    expect(widened.pagingWidenedAt).not.toBeNull();
    await eventually(
      () =>
        mailTo(colleague).some(
          (m) => m.mail.subject === 'Curbside: An urgent consult is waiting unclaimed',
        ) && pushes.includes('/push/colleague'),
      15_000,
      'page to the specialty',
    );
    expect(
      opened.filter((o) => o.path === '/push/colleague').map((o) => JSON.parse(o.text) as object),
    ).toEqual([
      {
        title: expect.stringMatching(/^Curbside: \S/) as string,
        url: `https://curbside.example/cases/${caseId}`,
        kind: 'CONSULT_PAGED',
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
      },
    ]);
    expect(refused).toEqual([]);
    await until(
      async () => (await view(consultId)).pagingLevel === 'ADMINS',
      30_000,
      'widened to the admins',
    );
    await eventually(
      () => mailTo(admin).some((m) => m.mail.subject === 'Curbside: An urgent consult is waiting unclaimed'),
      15_000,
      'page to the administrators',
    );
    expect(await paged(consultId)).toEqual([
      { recipient_id: named.id, kind: 'CONSULT_REQUESTED' },
      { recipient_id: colleague.id, kind: 'CONSULT_PAGED' },
      { recipient_id: admin.id, kind: 'CONSULT_PAGED' },
    ]);
    // each widening is audited, once; a repeated job changes nothing
    const paging = t.api.app.get(ConsultPagingService);
    expect(await paging.widen(consultId, ConsultPagingLevel.ADMINS)).toBe(false);
    expect(await paging.widen(consultId, ConsultPagingLevel.SPECIALTY)).toBe(false);
    const audits = await rows<{ detail: { from: string; to: string } }>(
      `SELECT detail FROM audit_event WHERE action = 'CONSULT_PAGE_WIDENED' AND target_id = $1 ORDER BY at`,
      [consultId],
    );
    expect(audits.map((a) => `${a.detail.from}->${a.detail.to}`)).toEqual([
      'NAMED->SPECIALTY',
      'SPECIALTY->ADMINS',
    ]);
    // the specialty may claim it now
    await gql(colleague, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', { id: consultId });
  }, 120_000);

  it('should page those on call first, and stop widening once the consult is claimed', async () => {
    const now = Date.now();
    await gql(colleague, 'mutation A($i: AddOnCallWindowInput!) { addOnCallWindow(input: $i) { id } }', {
      i: { startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() },
    });
    const consultId = await urgentConsult(null);
    expect((await view(consultId)).pagingLevel).toBe('ON_CALL');
    await gql(colleague, 'mutation C($id: ID!) { claimConsult(consultId: $id) { id } }', { id: consultId });
    // only the specialist on call was paged
    expect(await paged(consultId)).toEqual([{ recipient_id: colleague.id, kind: 'CONSULT_REQUESTED' }]);
    // the widening job runs after its delay and does nothing
    await until(
      async () =>
        (
          await rows<{ state: string }>(
            `SELECT state FROM pgboss.job WHERE name = 'consult-page-widen' AND data->>'consultId' = $1`,
            [consultId],
          )
        ).some((j) => j.state === 'completed'),
      30_000,
      'the widening job to run',
    );
    const after = await view(consultId);
    expect(after).toMatchObject({ status: 'CLAIMED', pagingLevel: 'ON_CALL', pagingWidenedAt: null });
    expect(await paged(consultId)).toEqual([{ recipient_id: colleague.id, kind: 'CONSULT_REQUESTED' }]);
    const [{ n }] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'CONSULT_PAGE_WIDENED' AND target_id = $1`,
      [consultId],
    );
    expect(n).toBe(0);
  }, 120_000);
});
