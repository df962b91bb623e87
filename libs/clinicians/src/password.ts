import argon2 from 'argon2';
import { ConcurrencyLimit } from './concurrency-limit.js';

/**
 * At most this many argon2 computations at once: each takes a core for a few hundred milliseconds,
 * and libuv's four threads running together would starve the event loop (every other request, the
 * health checks included) on a small machine. The others wait their turn, in order.
 */
const MAX_CONCURRENT_HASHES = 1;
const hashing = new ConcurrencyLimit(MAX_CONCURRENT_HASHES);

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, { type: argon2.argon2id }));
}

/**
 * argon2id with a given salt: a shadow account's hash, compared as a string (see AccountKeys), so
 * its parameters are pinned here (the library's defaults today) rather than left to the library.
 */
export function hashPasswordWithSalt(password: string, salt: Buffer): Promise<string> {
  return hashing.run(() =>
    argon2.hash(password, {
      type: argon2.argon2id,
      salt,
      memoryCost: 65536,
      timeCost: 3,
      parallelism: 4,
      hashLength: 32,
    }),
  );
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await hashing.run(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}
