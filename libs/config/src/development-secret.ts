import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from './app-config.js';

/**
 * Outside production, a missing JWT_SECRET is generated once and kept in DATA_DIR (mode 0600),
 * so tokens survive a restart of a development server.
 */
export function ensureDevelopmentSecret(config: AppConfig): void {
  if (config.JWT_SECRET) return;
  mkdirSync(config.DATA_DIR, { recursive: true });
  const file = join(config.DATA_DIR, 'jwt-secret');
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) {
      config.JWT_SECRET = existing;
      return;
    }
  } catch {
    // not there yet
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  config.JWT_SECRET = secret;
}
