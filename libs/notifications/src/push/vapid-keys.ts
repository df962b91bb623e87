import type { AppConfig } from '@curbside/config';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpush from 'web-push';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/**
 * The VAPID keys Web Push messages are signed with: from the configuration (required in
 * production, see loadConfig), else generated once into DATA_DIR/vapid.json (mode 0600).
 */
export function vapidKeys(config: AppConfig): VapidKeys {
  const subject = `mailto:${config.MAIL_FROM}`;
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) {
    return { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY, subject };
  }
  if (config.isProduction)
    throw new Error('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required in production');
  const dir = resolve(config.DATA_DIR);
  const file = join(dir, 'vapid.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
    return { ...stored, subject };
  }
  const generated = webpush.generateVAPIDKeys();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(generated), { mode: 0o600 });
  return { ...generated, subject };
}
