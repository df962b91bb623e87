import { AccountKeys } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { join, resolve } from 'node:path';
import { FileMailTransport, type MailTransport, SmtpMailTransport } from './mail-transport.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** The local outbox file used when no SMTP_URL is set. */
export function mailOutboxFile(dataDir: string): string {
  return join(resolve(dataDir), 'mail-outbox.jsonl');
}

export const mailProviders = [
  {
    provide: MAIL_TRANSPORT,
    inject: [AppConfig],
    useFactory: (config: AppConfig): MailTransport =>
      config.SMTP_URL
        ? new SmtpMailTransport(config.SMTP_URL)
        : new FileMailTransport(mailOutboxFile(config.DATA_DIR)),
  },
  {
    // the clinicians library's keys: reset e-mails derive their link's token with them
    provide: AccountKeys,
    inject: [AppConfig],
    useFactory: (config: AppConfig): AccountKeys => new AccountKeys(config.jwtSecret),
  },
  {
    provide: UnsubscribeTokens,
    inject: [AppConfig],
    useFactory: (config: AppConfig): UnsubscribeTokens => new UnsubscribeTokens(config.jwtSecret),
  },
];
