import { loadConfig } from '@curbside/config';
import { type DomainError, ErrorCode } from '@curbside/core';
import { AccountThrottle } from './account-throttle.js';
import { InMemoryRateLimiter } from './rate-limiter.js';

describe(AccountThrottle.name, () => {
  let throttle: AccountThrottle;
  let waits: number[];

  beforeEach(() => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '10',
      LOGIN_SLOWDOWN_AFTER_FAILURES: '2',
      LOGIN_MAX_DELAY_MS: '1000',
      REGISTRATION_MAX_PER_ADDRESS_PER_HOUR: '2',
    });
    throttle = new AccountThrottle(config, new InMemoryRateLimiter());
    waits = [];
    throttle.wait = (ms) => Promise.resolve(waits.push(ms));
  });

  async function codeOf(work: Promise<unknown>): Promise<ErrorCode | undefined> {
    try {
      await work;
    } catch (error) {
      return (error as DomainError).code;
    }
    return undefined;
  }

  it('should lock an account on the guessing address only', async () => {
    for (let i = 0; i < 3; i++) await (await throttle.beforeLogin('doc@x.test', '10.0.0.1')).failed();
    expect(await codeOf(throttle.beforeLogin('doc@x.test', '10.0.0.1'))).toBe(ErrorCode.RATE_LIMITED);
    expect(await codeOf(throttle.beforeLogin('doc@x.test', '10.0.0.2'))).toBeUndefined();
  });

  it('should slow attempts on an account once it has failed enough, from any address', async () => {
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      await (await throttle.beforeLogin('doc@x.test', address)).failed();
    }
    expect(waits).toEqual([250]);
    await throttle.beforeLogin('doc@x.test', '10.0.0.4');
    expect(waits).toEqual([250, 500]);
  });

  it('should double the wait with each failure up to the maximum', () => {
    expect([1, 2, 3, 4, 5].map((n) => throttle.delayAfter(n))).toEqual([0, 250, 500, 1000, 1000]);
  });

  it('should limit registrations per address', async () => {
    await throttle.beforeRegistration('10.0.0.1');
    await throttle.beforeRegistration('10.0.0.1');
    expect(await codeOf(throttle.beforeRegistration('10.0.0.1'))).toBe(ErrorCode.RATE_LIMITED);
    expect(await codeOf(throttle.beforeRegistration('10.0.0.2'))).toBeUndefined();
  });
});
