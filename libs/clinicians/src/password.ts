import argon2 from 'argon2';
import { ConcurrencyLimit } from './concurrency-limit.js';

/**
 * At most this many argon2 computations at once: each takes a core for a few hundred milliseconds,
 * and libuv's four threads running together would starve the event loop (every other request, the
 * health checks included) on a small machine. The others wait their turn, in order.
 */
const MAX_CONCURRENT_HASHES = 1;
const hashing = new ConcurrencyLimit(MAX_CONCURRENT_HASHES);

/**
 * argon2id, 64 MiB and 3 passes (the library's defaults) in one lane. The library's default of 4
 * lanes runs them on threads of their own: about 1.6 cores for 120 ms instead of one core for 165 ms,
 * which on a 2-core machine leaves the event loop nothing while a sign-in hashes (measured: health
 * checks held past 100 ms during a password-guessing flood). One lane keeps the cost per guess for an
 * attacker (memory and passes are what make argon2 hard) and leaves the other core to the API.
 */
const ARGON2 = {
  type: argon2.argon2id,
  memoryCost: 65536,
  timeCost: 3,
  parallelism: 1,
  hashLength: 32,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, ARGON2));
}

/**
 * argon2id with a given salt: a shadow account's hash, compared as a string (see AccountKeys), so
 * its parameters are the pinned ones above.
 */
export function hashPasswordWithSalt(password: string, salt: Buffer): Promise<string> {
  return hashing.run(() => argon2.hash(password, { ...ARGON2, salt }));
}

/** True for a hash made with other parameters (before one lane): sign-in stores a new one. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await hashing.run(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}
