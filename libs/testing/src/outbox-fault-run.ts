import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ApiProcess, freePort } from './api-process.js';
import { GraphqlClient } from './graphql-client.js';
import { type Session, login, verifiedClinician } from './identity-fixtures.js';
import { MailCatcher, PushCatcher, ThrowawayPostgres } from './outbox-harness.js';
import { PushWorker } from './push-worker.js';

const ADMIN = {
  CURBSIDE_ADMIN_EMAIL: 'fault.admin@curbside.test',
  CURBSIDE_ADMIN_PASSWORD: 'admin-password-for-the-fault-run-15',
};

export interface FaultRunOptions {
  /** Replies the burst sends in all. */
  replies: number;
  /** Replies in flight at once. */
  concurrency: number;
  /** Kill the API (SIGKILL) and restart PostgreSQL during the burst; false: a clean run. */
  faults: boolean;
  redisUrl: string;
  log?: (line: string) => void;
  /** Runs against the run's database (its URL) after the figures are taken, before teardown. */
  afterRun?: (databaseUrl: string) => Promise<void>;
}

export interface ChannelFigures {
  /** Deliveries the database holds for the committed replies. */
  deliveries: number;
  /** Messages received (SMTP server / push service). */
  received: number;
  /** Messages received more than once for the same delivery (e-mail: by Message-ID). */
  duplicates: number;
  /** Committed replies whose message never arrived. */
  lost: number;
  /**
   * Duplicates of deliveries tried only once (e-mail): a message is sent again only when the attempt
   * that sent it was cut short before it was recorded SENT (a killed or crashed process). Must be 0.
   */
  duplicatesWithoutRetry: number;
}

export interface FaultRunFigures {
  /** Replies the API acknowledged (a response with the reply's id). */
  acknowledged: number;
  /** Replies committed in the database (acknowledged or not: a kill can cut a response short). */
  committed: number;
  /**
   * Replies that got no reply id back, by what came instead: "no response" (the API was killed), or
   * the HTTP status and error code, marked "(retryable)" when the error said a retry may succeed.
   */
  failures: Record<string, number>;
  /** Acknowledged replies missing from the database (must be 0). */
  acknowledgedButMissing: number;
  /** Outbox events of the committed replies. */
  events: number;
  /** In-app notification records of the committed replies for the case's author. */
  inApp: { records: number; duplicates: number; lost: number };
  email: ChannelFigures;
  push: ChannelFigures;
  /** Push messages received that failed the push service's VAPID check or the browser's decryption. */
  pushUnreadable: number;
  /** Readable push messages that are not just {title, url, kind, id} with an app link, or quote a reply. */
  pushUnexpected: number;
  /**
   * Notifications the web app's own service worker shows when every push message that arrived is
   * delivered to it in order: a resend carries its delivery's id and is dropped, so this equals the
   * committed replies when nothing is lost and nothing is shown twice.
   */
  pushShown: number;
  apiKills: number;
  /** Times the API process died on its own (of the faults) and was started again, as a supervisor would. */
  apiCrashes: number;
  postgresRestarts: number;
  /** From the first reply to the last delivery sent. */
  elapsedSeconds: number;
  /** Deliveries sent per second over that time. */
  deliveriesPerSecond: number;
}

/** What the clinician's screen shows: every message that arrived, in order, through the app's worker. */
async function shownByServiceWorker(payloads: string[]): Promise<number> {
  const worker = new PushWorker();
  for (const text of payloads) await worker.push(text);
  return worker.shown.length;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A burst of replies on one case against a real API process and a throwaway PostgreSQL cluster,
 * optionally killing the API and restarting PostgreSQL in the middle of it; then every committed
 * reply's notification is traced from its outbox event to the messages that arrived by e-mail
 * (real SMTP) and push (a push service in this process).
 */
export async function outboxFaultRun(options: FaultRunOptions): Promise<FaultRunFigures> {
  const log = options.log ?? (() => undefined);
  const cluster = await ThrowawayPostgres.start();
  const mail = await MailCatcher.start();
  const push = await PushCatcher.start();
  const port = await freePort();
  const env = {
    DATABASE_URL: cluster.url,
    REDIS_URL: options.redisUrl,
    JWT_SECRET: 'outbox-fault-run-secret-of-enough-length',
    LOG_LEVEL: 'error',
    SMTP_URL: mail.url('fault-run'),
    PUBLIC_URL: 'https://curbside.example',
    DELIVERY_RETRY_DELAY_SECONDS: '1',
    DELIVERY_MAX_ATTEMPTS: '10',
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'curbside-fault-')),
    ...ADMIN,
  };
  let api = new ApiProcess(port, env);
  let apiExited = false;
  const watch = (process: ApiProcess): void => {
    void process.exited.then(() => {
      if (process === api) apiExited = true;
    });
  };
  watch(api);
  const db = new pg.Pool({ connectionString: cluster.url, max: 2 });
  db.on('error', () => undefined);
  let apiKills = 0;
  let apiCrashes = 0;
  let postgresRestarts = 0;
  try {
    await api.ready(120_000);
    const client = new GraphqlClient(`${api.url}/graphql`);
    const admin = await login(client, ADMIN.CURBSIDE_ADMIN_EMAIL, ADMIN.CURBSIDE_ADMIN_PASSWORD);
    const author = await verifiedClinician(client, admin, 'Dr. Fault Author');
    const replier = await verifiedClinician(client, admin, 'Dr. Fault Replier');
    const must = async <T>(
      s: Session,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<T> => {
      const res = await client.request<T>(query, variables, { token: s.accessToken });
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data;
    };
    await must(
      author,
      'mutation { setNotificationPreference(input: { category: CASE_REPLIES, email: IMMEDIATE, push: true }) { quietHours { timeZone } } }',
    );
    await push.subscribe(client, author, 'author');
    const { channels } = await must<{ channels: { id: string }[] }>(author, '{ channels { id } }');
    const { createCase } = await must<{ createCase: { id: string } }>(
      author,
      'mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }',
      {
        i: { channelId: channels[0].id, title: 'Burst of replies', body: 'A case to reply to, many times.' },
      },
    );
    const caseId = createCase.id;

    // the burst; failed requests are not retried (the API may be down): they count as unacknowledged
    const acknowledged: string[] = [];
    const failures: Record<string, number> = {};
    const countFailure = (kind: string): void => {
      failures[kind] = (failures[kind] ?? 0) + 1;
    };
    let sent = 0;
    /** While the killed API restarts, the burst waits (what was in flight when it died is cut short). */
    let paused = false;
    const started = Date.now();
    const worker = async (): Promise<void> => {
      for (;;) {
        while (paused) await sleep(50);
        if (sent >= options.replies) return;
        const n = sent++;
        try {
          const res = await client.request<{ replyToCase: { id: string } }>(
            'mutation R($i: ReplyInput!) { replyToCase(input: $i) { id } }',
            { i: { caseId, body: `Reply number ${n} of the burst.` } },
            { token: replier.accessToken },
          );
          if (res.data?.replyToCase) acknowledged.push(res.data.replyToCase.id);
          else {
            const error = res.errors?.[0]?.extensions;
            const code = typeof error?.code === 'string' ? error.code : 'no code';
            countFailure(`HTTP ${res.status} ${code}${error?.retryable === true ? ' (retryable)' : ''}`);
            await sleep(500);
          }
        } catch {
          countFailure('no response');
          await sleep(500);
        }
      }
    };
    const faults = async (): Promise<void> => {
      if (!options.faults) return;
      while (sent < options.replies / 3) await sleep(20);
      log(`killing the API (SIGKILL) after ${sent} replies sent`);
      api.signal('SIGKILL');
      await api.exited;
      apiKills++;
      paused = true;
      apiExited = false;
      api = new ApiProcess(port, env);
      watch(api);
      await api.ready(120_000);
      paused = false;
      log('API restarted');
      while (sent < (options.replies * 2) / 3) await sleep(20);
      log(`restarting PostgreSQL after ${sent} replies sent`);
      await cluster.restart();
      postgresRestarts++;
      log('PostgreSQL restarted');
    };
    await Promise.all([faults(), ...Array.from({ length: options.concurrency }, () => worker())]);
    log(`burst done: ${acknowledged.length}/${options.replies} acknowledged`);

    // every delivery of the committed replies settles (sent or failed), then stragglers get a moment
    const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return (await db.query(sql, params)).rows as T[];
        } catch (error) {
          if (attempt > 50) throw error;
          await sleep(200);
        }
      }
    };
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (apiExited) {
        // a process supervisor's part: an API that died of the faults is started again
        log('the API exited on its own: starting it again');
        apiCrashes++;
        apiExited = false;
        api = new ApiProcess(port, env);
        watch(api);
        await api.ready(120_000);
      }
      const [{ pending }] = await query<{ pending: number }>(
        `SELECT (SELECT count(*) FROM notification_outbox WHERE dispatched_at IS NULL)
              + (SELECT count(*) FROM notification_delivery WHERE status NOT IN ('SENT', 'FAILED', 'DIGEST'))
                AS pending`,
      );
      if (Number(pending) === 0) break;
      if (Date.now() > deadline) {
        const statuses = await query<{ status: string; n: number }>(
          'SELECT status, count(*)::int AS n FROM notification_delivery GROUP BY status',
        );
        const errors = [api.output.join('').slice(-3000)];
        throw new Error(
          `${pending} outbox events or deliveries never settled (${JSON.stringify(statuses)}; API exited: ${String(
            apiExited,
          )}):\n${errors.join('\n')}`,
        );
      }
      await sleep(250);
    }
    const [{ last }] = await query<{ last: Date | null }>(
      "SELECT max(sent_at) AS last FROM notification_delivery WHERE status = 'SENT'",
    );
    await sleep(3000);

    const committed = await query<{ id: string }>('SELECT id FROM reply WHERE case_id = $1', [caseId]);
    const committedIds = new Set(committed.map((r) => r.id));
    const traced = await query<{
      reply_id: string;
      channel: string;
      delivery_id: string | null;
      status: string | null;
      attempts: number;
    }>(
      `SELECT o.payload->>'replyId' AS reply_id, d.channel, d.id AS delivery_id, d.status, d.attempts
         FROM notification_outbox o
         JOIN notification n ON n.outbox_id = o.id AND n.recipient_id = $1
         LEFT JOIN notification_delivery d ON d.notification_id = n.id
        WHERE o.type = 'ReplyAdded' AND o.payload->>'caseId' = $2`,
      [author.id, caseId],
    );
    const [{ events }] = await query<{ events: number }>(
      `SELECT count(*)::int AS events FROM notification_outbox WHERE type = 'ReplyAdded' AND payload->>'caseId' = $1`,
      [caseId],
    );
    const byMessageId = new Map<string, number>();
    for (const m of mail.messages) byMessageId.set(m.messageId, (byMessageId.get(m.messageId) ?? 0) + 1);
    const figures = (channel: 'EMAIL' | 'PUSH'): ChannelFigures => {
      const rows = traced.filter((t) => t.channel === channel && committedIds.has(t.reply_id));
      if (channel === 'EMAIL') {
        const arrived = rows.filter((r) => (byMessageId.get(`<${r.delivery_id}@curbside>`) ?? 0) > 0);
        const duplicates = rows.reduce(
          (sum, r) => sum + Math.max(0, (byMessageId.get(`<${r.delivery_id}@curbside>`) ?? 0) - 1),
          0,
        );
        const copies = (r: (typeof rows)[number]): number =>
          byMessageId.get(`<${r.delivery_id}@curbside>`) ?? 0;
        return {
          deliveries: rows.length,
          received: rows.reduce((sum, r) => sum + copies(r), 0),
          duplicates,
          lost: committedIds.size - arrived.length,
          duplicatesWithoutRetry: rows.filter((r) => copies(r) > 1 && Number(r.attempts) < 2).length,
        };
      }
      // push messages are encrypted: each carries its delivery id as its Topic header
      const byTopic = new Map<string, number>();
      for (const topic of push.topics) byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
      const pushCopies = (r: (typeof rows)[number]): number =>
        byTopic.get((r.delivery_id ?? '').replace(/-/g, '')) ?? 0;
      return {
        deliveries: rows.length,
        received: rows.reduce((sum, r) => sum + pushCopies(r), 0),
        duplicates: rows.reduce((sum, r) => sum + Math.max(0, pushCopies(r) - 1), 0),
        lost: committedIds.size - rows.filter((r) => pushCopies(r) > 0).length,
        duplicatesWithoutRetry: rows.filter((r) => pushCopies(r) > 1 && Number(r.attempts) < 2).length,
      };
    };
    const inAppRows = await query<{ reply_id: string; n: number }>(
      `SELECT o.payload->>'replyId' AS reply_id, count(n.id)::int AS n
         FROM notification_outbox o
         JOIN notification n ON n.outbox_id = o.id AND n.recipient_id = $1
        WHERE o.type = 'ReplyAdded' AND o.payload->>'caseId' = $2
        GROUP BY 1`,
      [author.id, caseId],
    );
    const inAppCommitted = inAppRows.filter((r) => committedIds.has(r.reply_id));
    const inApp = {
      records: inAppCommitted.reduce((sum, r) => sum + Number(r.n), 0),
      duplicates: inAppCommitted.reduce((sum, r) => sum + Math.max(0, Number(r.n) - 1), 0),
      lost: committedIds.size - inAppCommitted.filter((r) => Number(r.n) > 0).length,
    };
    const email = figures('EMAIL');
    const pushFigures = figures('PUSH');
    await options.afterRun?.(cluster.url);
    const elapsedSeconds = ((last ? new Date(last).getTime() : Date.now()) - started) / 1000;
    return {
      acknowledged: acknowledged.length,
      committed: committedIds.size,
      acknowledgedButMissing: acknowledged.filter((id) => !committedIds.has(id)).length,
      failures,
      events: Number(events),
      inApp,
      email,
      push: pushFigures,
      pushUnreadable: push.refused.length,
      pushUnexpected: push.payloads.filter((text) => {
        const payload = JSON.parse(text) as Record<string, unknown>;
        return (
          Object.keys(payload).sort().join() !== 'id,kind,title,url' ||
          !String(payload.url).startsWith('https://curbside.example/') ||
          JSON.stringify(payload).includes('Reply number')
        );
      }).length,
      pushShown: await shownByServiceWorker(push.payloads),
      apiKills,
      apiCrashes,
      postgresRestarts,
      elapsedSeconds,
      deliveriesPerSecond: (email.deliveries + pushFigures.deliveries) / Math.max(elapsedSeconds, 0.001),
    };
  } finally {
    api.signal('SIGTERM');
    await Promise.race([api.exited, sleep(15_000)]);
    api.signal('SIGKILL');
    await db.end().catch(() => undefined);
    await mail.close();
    await push.close();
    await cluster.destroy();
  }
}
