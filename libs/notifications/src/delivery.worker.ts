import { AccountKeys } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { LOGGER, type Logger } from '@curbside/core';
import { type JobInfo, JobsService } from '@curbside/jobs';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DELIVER_QUEUE, DIGEST_QUEUE } from './delivery.planner.js';
import {
  type MailTransport,
  type MailMessage,
  PermanentDeliveryError,
  TransientDeliveryError,
} from './mail/mail-transport.js';
import { renderDigest, renderNotification, renderPasswordReset } from './mail/mail-templates.js';
import { MAIL_TRANSPORT } from './mail/mail.providers.js';
import { UnsubscribeTokens } from './mail/unsubscribe-token.js';
import { DeliveryChannel, DeliveryStatus } from './notification-delivery.entity.js';
import { NotificationCategory, categoryOf } from './notification-category.js';
import { NotificationKind } from './notification-kind.js';
import { type PushPayload, PushSender } from './push/push-sender.js';

interface DeliveryRow {
  id: string;
  channel: DeliveryChannel;
  recipient_id: string;
  kind: string;
  case_id: string | null;
  consult_id: string | null;
  /** NULL for a shadow account: nothing is ever e-mailed to it. */
  email: string | null;
  case_title: string | null;
  /** A password reset's id and nonce (PASSWORD_RESET only), to derive its link's token. */
  reset_id: string | null;
  reset_nonce: string | null;
}

/** Tries to record a sent delivery as SENT, about 30 s in all, before its job fails. */
const SENT_WRITE_ATTEMPTS = 10;

/**
 * How long a claimed (SENDING) delivery belongs to its attempt. Longer than an attempt can last
 * (SMTP and push time out at 10-30 s, the SENT write retries for about 30 s), shorter than the
 * deliver job's expiry, after which pg-boss retries the job of an attempt that died.
 */
const CLAIM_LEASE_SECONDS = 45;

const SENT_SQL = `UPDATE notification_delivery SET status = 'SENT', sent_at = now(), error_code = NULL, updated_at = now()
                   WHERE id = $1 AND status = 'SENDING'`;

/** A push message's Topic (RFC 8030): a push service replaces a queued message of the same topic. */
const pushTopic = (deliveryId: string): string => deliveryId.replace(/-/g, '');

const CATEGORY_LABELS: Record<NotificationCategory, string> = {
  [NotificationCategory.LICENSE_DECISIONS]: 'licence decisions',
  [NotificationCategory.CONSULT_REQUESTS]: 'consult requests',
  [NotificationCategory.CASE_REPLIES]: 'replies to your cases',
  [NotificationCategory.CONSULT_ANSWERS]: 'answers to your consults',
  [NotificationCategory.CONTENT_REPORTS]: 'reports on your content',
  [NotificationCategory.DIGESTS]: 'the daily digest',
  [NotificationCategory.ACCOUNT_NOTICES]: 'notices about your account',
  [NotificationCategory.CASE_OUTCOMES]: 'case outcome follow-ups',
};

/**
 * The case title only where the recipient may read the case (live, not hidden, and the recipient
 * verified or an administrator); it is de-identified text. Nothing else of the case is read.
 */
const DELIVERY_SQL = `
  SELECT d.id, d.channel, d.recipient_id, n.kind, n.case_id, n.consult_id, c.email,
         CASE WHEN p.deleted_at IS NULL AND p.hidden = false
                   AND (c.role = 'ADMIN' OR c.verification_status = 'VERIFIED')
              THEN p.title END AS case_title,
         r.id AS reset_id, r.nonce AS reset_nonce
    FROM notification_delivery d
    JOIN notification n ON n.id = d.notification_id
    JOIN clinician c ON c.id = d.recipient_id
    LEFT JOIN case_post p ON p.id = n.case_id
    LEFT JOIN notification_outbox o ON n.kind = 'PASSWORD_RESET' AND o.id = n.outbox_id
    LEFT JOIN password_reset r ON r.id = (o.payload->>'resetId')::uuid AND r.clinician_id = c.id`;

/**
 * Sends queued deliveries (pg-boss jobs): claims the row, sends, records SENT. A refusal for good
 * (5xx, a gone push endpoint) is FAILED at once; anything else is retried with backoff up to
 * DELIVERY_MAX_ATTEMPTS, then FAILED. A delivery already SENT or FAILED is never sent again.
 */
@Injectable()
export class DeliveryWorker implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
    private readonly tokens: UnsubscribeTokens,
    private readonly keys: AccountKeys,
    private readonly push: PushSender,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A server's pool has connections to spare: one is taken before sending, to record SENT. */
  private get holdsRecorder(): boolean {
    return ((this.dataSource.options as { poolSize?: number }).poolSize ?? 10) > 1;
  }

  onModuleInit(): void {
    this.jobs.defineQueue({
      name: DELIVER_QUEUE,
      retryLimit: this.config.DELIVERY_MAX_ATTEMPTS - 1,
      retryDelay: this.config.DELIVERY_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      expireInSeconds: 60,
    });
    this.jobs.defineQueue({ name: DIGEST_QUEUE, retryLimit: 3, retryDelay: 60, expireInSeconds: 120 });
    this.jobs.work<{ deliveryId: string }>(DELIVER_QUEUE, { concurrency: 4 }, (data, job) =>
      this.deliver(data.deliveryId, job),
    );
    this.jobs.work<{ clinicianId: string }>(
      DIGEST_QUEUE,
      { concurrency: 1, pollingIntervalSeconds: 10 },
      (data) => this.digest(data.clinicianId),
    );
  }

  onApplicationShutdown(): void {
    this.mail.close();
  }

  /**
   * One delivery, as a small state machine: QUEUED/RETRYING --claim--> SENDING --accepted--> SENT
   * (or RETRYING/FAILED). The claim is a lease: a SENDING delivery is taken again only once its
   * lease has run out, i.e. its attempt died (a killed process); pg-boss retries a job only after it
   * failed or expired, so two live attempts never send the same delivery. The connection that will
   * record SENT is taken before the message goes out, so the only window in which a death causes a
   * resend is one statement long: between the receiver's acceptance and that statement's commit.
   * A resend after such a death carries the same Message-ID (e-mail) or Topic (push) as the first.
   */
  async deliver(deliveryId: string, job?: Pick<JobInfo, 'retryCount'>): Promise<void> {
    const claimed = await this.dataSource.query<[{ id: string; resumed: boolean }[], number]>(
      `UPDATE notification_delivery d SET status = 'SENDING', attempts = d.attempts + 1, updated_at = now()
         FROM (SELECT id, status = 'SENDING' AS resumed FROM notification_delivery WHERE id = $1 FOR UPDATE) old
        WHERE d.id = old.id
          AND (d.status IN ('QUEUED', 'RETRYING')
               OR (d.status = 'SENDING' AND d.updated_at < now() - make_interval(secs => $2)))
        RETURNING d.id, old.resumed`,
      [deliveryId, CLAIM_LEASE_SECONDS],
    );
    if (claimed[0].length === 0) {
      const [current] = await this.dataSource.query<{ status: DeliveryStatus }[]>(
        'SELECT status FROM notification_delivery WHERE id = $1',
        [deliveryId],
      );
      // another attempt holds the lease: this job comes back after it (retry with backoff)
      if (current?.status === DeliveryStatus.SENDING) throw new TransientDeliveryError('CLAIMED');
      return;
    }
    if (claimed[0][0].resumed) {
      this.logger.warn({ deliveryId }, 'delivery whose attempt died is sent again (same message id)');
    }
    const [row] = await this.dataSource.query<DeliveryRow[]>(`${DELIVERY_SQL} WHERE d.id = $1`, [deliveryId]);
    if (row.channel === DeliveryChannel.EMAIL && !row.email) {
      // a shadow account: its claimed address belongs to someone else, so nothing is sent; the
      // delivery reads SENT, as any account's would, so the status does not tell it apart
      await this.recordSent(deliveryId);
      return;
    }
    if (row.kind === String(NotificationKind.PASSWORD_RESET) && !row.reset_id) {
      await this.setStatus(deliveryId, DeliveryStatus.FAILED, 'NO_RESET');
      return;
    }
    // on embedded PGlite the pool is one connection, which sending itself needs (push reads the
    // subscriptions): there the SENT write takes its turn like any other statement
    const recorder = this.holdsRecorder ? this.dataSource.createQueryRunner() : null;
    try {
      await recorder?.connect();
      try {
        if (row.channel === DeliveryChannel.EMAIL) await this.mail.send(this.message(row));
        else await this.push.send(row.recipient_id, this.pushPayload(row), pushTopic(row.id));
      } catch (error) {
        const code =
          error instanceof PermanentDeliveryError || error instanceof TransientDeliveryError
            ? error.code
            : error instanceof Error
              ? error.name
              : 'ERROR';
        const lastAttempt = (job?.retryCount ?? 0) >= this.config.DELIVERY_MAX_ATTEMPTS - 1;
        const failed = error instanceof PermanentDeliveryError || lastAttempt;
        await this.setStatus(deliveryId, failed ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING, code);
        this.logger.warn({ deliveryId, channel: row.channel, code, failed }, 'delivery attempt failed');
        if (!failed) throw error;
        return;
      }
      try {
        if (recorder) {
          await recorder.query(SENT_SQL, [deliveryId]);
          return;
        }
      } catch {
        // the held connection died with the database (a restart): the pool's retries below
      }
    } finally {
      await recorder?.release();
    }
    await this.recordSent(deliveryId);
  }

  /**
   * Stamps a sent delivery SENT. The message is out: should the database be unreachable for a moment
   * (a restart), the write is tried again for a while instead of failing the job, whose retry would
   * send the message a second time.
   */
  private async recordSent(deliveryId: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.dataSource.query(SENT_SQL, [deliveryId]);
        return;
      } catch (error) {
        if (attempt >= SENT_WRITE_ATTEMPTS - 1) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500 * Math.min(attempt + 1, 4)));
      }
    }
  }

  /** The daily digest: every e-mail held for it, in one message. */
  async digest(clinicianId: string): Promise<void> {
    const rows = await this.dataSource.query<DeliveryRow[]>(
      `${DELIVERY_SQL} WHERE d.recipient_id = $1 AND d.status = 'DIGEST' AND d.channel = 'EMAIL'
        ORDER BY d.created_at LIMIT 200`,
      [clinicianId],
    );
    if (rows.length === 0) return;
    const address = rows[0].email;
    // a shadow account's digest is not sent (see deliver), and reads SENT like any other
    if (address) await this.sendDigest(clinicianId, address, rows);
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'SENT', sent_at = now(), attempts = attempts + 1, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.id)],
    );
  }

  private async sendDigest(clinicianId: string, address: string, rows: DeliveryRow[]): Promise<void> {
    const body = renderDigest(
      rows.map((r) => ({ kind: r.kind, caseTitle: r.case_title, link: this.link(r) })),
      this.unsubscribeLink(clinicianId, NotificationCategory.DIGESTS),
    );
    await this.mail.send({
      ...body,
      from: this.config.MAIL_FROM,
      to: address,
      headers: this.unsubscribeHeaders(clinicianId, NotificationCategory.DIGESTS),
      messageId: `<digest-${rows[0].id}@curbside>`,
    });
  }

  private message(row: DeliveryRow): MailMessage {
    if (row.kind === String(NotificationKind.PASSWORD_RESET) && row.reset_id && row.reset_nonce) {
      const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
      // in the fragment: a browser sends it to no server, nor in a Referer
      const link = `${base}/reset-password#token=${this.keys.resetToken(row.reset_id, row.reset_nonce)}`;
      return {
        ...renderPasswordReset(link),
        from: this.config.MAIL_FROM,
        to: row.email ?? '',
        headers: {},
        messageId: `<${row.id}@curbside>`,
      };
    }
    const category = categoryOf(row.kind);
    const body = renderNotification({
      kind: row.kind,
      caseTitle: row.case_title,
      link: this.link(row),
      unsubscribeLink: this.unsubscribeLink(row.recipient_id, category),
      categoryLabel: CATEGORY_LABELS[category],
    });
    return {
      ...body,
      from: this.config.MAIL_FROM,
      to: row.email ?? '',
      headers: this.unsubscribeHeaders(row.recipient_id, category),
      messageId: `<${row.id}@curbside>`,
    };
  }

  private pushPayload(row: DeliveryRow): PushPayload {
    const body = renderNotification({
      kind: row.kind,
      caseTitle: null,
      link: this.link(row),
      unsubscribeLink: '',
      categoryLabel: '',
    });
    // no case title on a lock screen: the kind and a link only; the id makes a resend recognisable
    return { title: body.subject, url: this.link(row), kind: row.kind, id: row.id };
  }

  private link(row: Pick<DeliveryRow, 'kind' | 'case_id'>): string {
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    if (row.case_id) return `${base}/cases/${row.case_id}`;
    if (row.kind.startsWith('LICENSE_')) return `${base}/licence`;
    return `${base}/notifications`;
  }

  private unsubscribeLink(clinicianId: string, category: NotificationCategory): string {
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    return `${base}/notifications/unsubscribe?token=${this.tokens.sign(clinicianId, category)}`;
  }

  /** RFC 8058 one-click unsubscribe (and RFC 2369's header it builds on). */
  private unsubscribeHeaders(clinicianId: string, category: NotificationCategory): Record<string, string> {
    return {
      'List-Unsubscribe': `<${this.unsubscribeLink(clinicianId, category)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  private async setStatus(id: string, status: DeliveryStatus, code: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE notification_delivery SET status = $2, error_code = $3, updated_at = now() WHERE id = $1',
      [id, status, code.slice(0, 40)],
    );
  }
}
