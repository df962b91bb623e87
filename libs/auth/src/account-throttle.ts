import { AppConfig } from '@curbside/config';
import { DomainError } from '@curbside/core';
import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RATE_LIMITER, type RateLimiter } from './rate-limiter.js';

/** What a sign-in attempt reports back once its password has been checked. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
}

const HOUR_SECONDS = 3600;
/** The first delay of the login slowdown; each further failure doubles it, up to LOGIN_MAX_DELAY_MS. */
const FIRST_DELAY_MS = 250;

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Limits on the public account operations. Sign-in: a lock on the account and address PAIR and a
 * limit per address refuse at once; failures on the account from every address only slow further
 * attempts down, so nobody can lock an owner out of their account from another address.
 * Registration: a limit per address per hour. Counters live in the shared rate limiter (Redis when
 * configured).
 */
@Injectable()
export class AccountThrottle {
  /** How a slowed attempt waits (replaceable in unit tests). */
  wait: (ms: number) => Promise<unknown> = sleep;

  constructor(
    private readonly config: AppConfig,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  /**
   * Counts one attempt before the password is looked at (aliases or batches in one request cannot
   * multiply guesses); throws RATE_LIMITED when the pair or the address is over its limit.
   */
  async beforeLogin(normalizedEmail: string, address: string): Promise<LoginAttempt> {
    const account = digest(normalizedEmail);
    const window = this.config.LOGIN_WINDOW_SECONDS;
    const pairKey = `login:pair:${account}:${digest(address)}`;
    const failuresKey = `login:failures:${account}`;
    const [byPair, byAddress, failures] = await Promise.all([
      this.limiter.hit(pairKey, this.config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT, window),
      this.limiter.hit(`login:address:${address}`, this.config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS, window),
      // cost 0: reads the account's failures without counting this attempt as one
      this.limiter.hit(failuresKey, Number.MAX_SAFE_INTEGER, window, 0),
    ]);
    if (!byPair.allowed || !byAddress.allowed) {
      throw DomainError.rateLimited(Math.max(byPair.retryAfterSeconds, byAddress.retryAfterSeconds));
    }
    const delay = this.delayAfter(failures.count);
    if (delay > 0) await this.wait(delay);
    return {
      succeeded: () => this.limiter.reset(pairKey),
      failed: async () => {
        await this.limiter.hit(failuresKey, Number.MAX_SAFE_INTEGER, window);
      },
    };
  }

  /** The wait before an attempt on an account that has failed `failures` times in this window. */
  delayAfter(failures: number): number {
    const over = failures - this.config.LOGIN_SLOWDOWN_AFTER_FAILURES;
    if (over < 0) return 0;
    return Math.min(this.config.LOGIN_MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(over, 20));
  }

  /**
   * Counts one reset request from `address` (throws RATE_LIMITED over the hourly limit) and for
   * `normalizedEmail`: false once that address has been sent its hourly share of reset e-mails, so
   * nobody can flood an inbox, and the caller answers alike either way.
   */
  async beforePasswordResetRequest(normalizedEmail: string, address: string): Promise<boolean> {
    await this.beforePasswordReset(address);
    const byEmail = await this.limiter.hit(
      `reset:email:${digest(normalizedEmail)}`,
      this.config.PASSWORD_RESET_MAX_PER_EMAIL_PER_HOUR,
      HOUR_SECONDS,
    );
    return byEmail.allowed;
  }

  /** Counts one password-reset call from `address`; throws RATE_LIMITED over the hourly limit. */
  async beforePasswordReset(address: string): Promise<void> {
    const result = await this.limiter.hit(
      `reset:address:${address}`,
      this.config.PASSWORD_RESET_MAX_PER_ADDRESS_PER_HOUR,
      HOUR_SECONDS,
    );
    if (!result.allowed) throw DomainError.rateLimited(result.retryAfterSeconds);
  }

  /** Counts one registration from `address`; throws RATE_LIMITED over the hourly limit. */
  async beforeRegistration(address: string): Promise<void> {
    const result = await this.limiter.hit(
      `register:address:${address}`,
      this.config.REGISTRATION_MAX_PER_ADDRESS_PER_HOUR,
      HOUR_SECONDS,
    );
    if (!result.allowed) throw DomainError.rateLimited(result.retryAfterSeconds);
  }
}
