import argon2 from 'argon2';
import { hashPassword, hashPasswordWithSalt, needsRehash, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('should hash with argon2id in one lane, 64 MiB and 3 passes', async () => {
    const hash = await hashPassword('correct horse battery staple 42');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=1,t=3\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple 42')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery staple 43')).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it('should verify a hash made with the library defaults (four lanes) and ask for it to be redone', async () => {
    const legacy = await argon2.hash('an older account password', { type: argon2.argon2id });
    expect(legacy).toContain('p=4');
    expect(await verifyPassword(legacy, 'an older account password')).toBe(true);
    expect(needsRehash(legacy)).toBe(true);
  });

  it('should make the same shadow hash for the same password and salt, and another for another salt', async () => {
    const salt = Buffer.alloc(16, 7);
    const a = await hashPasswordWithSalt('a shadow password 123', salt);
    expect(await hashPasswordWithSalt('a shadow password 123', salt)).toBe(a);
    expect(await hashPasswordWithSalt('a shadow password 123', Buffer.alloc(16, 8))).not.toBe(a);
    expect(a).toMatch(/,p=1,/);
  });
});
