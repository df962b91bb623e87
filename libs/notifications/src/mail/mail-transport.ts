import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

/** One e-mail, ready to send. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  /** Stable per delivery, so a receiver can recognise a resend after a crash. */
  messageId: string;
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** A failure the sender will not retry: the server refused the message for good (a 5xx reply). */
export class PermanentDeliveryError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'PermanentDeliveryError';
  }
}

/** A failure that may pass (a 4xx reply, a connection error): the job retries it. */
export class TransientDeliveryError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'TransientDeliveryError';
  }
}

/** Through an SMTP server (`SMTP_URL`), with nodemailer. */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    this.transporter = nodemailer.createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.transporter.sendMail(message);
    } catch (error) {
      const responseCode = (error as { responseCode?: number }).responseCode;
      if (typeof responseCode === 'number' && responseCode >= 500) {
        throw new PermanentDeliveryError(`SMTP_${responseCode}`);
      }
      const code =
        typeof responseCode === 'number'
          ? `SMTP_${responseCode}`
          : ((error as { code?: string }).code ?? 'SMTP_ERROR');
      throw new TransientDeliveryError(code.slice(0, 40));
    }
  }

  close(): void {
    this.transporter.close();
  }
}

/**
 * Without an SMTP server: each message is appended as one JSON line to a file under the data
 * directory (`npm run cli -- mail list` shows them), so the two-command start still works.
 */
export class FileMailTransport implements MailTransport {
  constructor(readonly file: string) {}

  async send(message: MailMessage): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, JSON.stringify({ ...message, date: new Date().toISOString() }) + '\n', {
      mode: 0o600,
    });
  }

  close(): void {}
}
