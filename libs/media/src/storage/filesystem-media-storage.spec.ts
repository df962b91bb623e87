import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesystemMediaStorage } from './filesystem-media-storage.js';
import { InvalidMediaKeyError } from './media-storage.js';

const root = mkdtempSync(join(tmpdir(), 'media-store-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(FilesystemMediaStorage.name, () => {
  const storage = new FilesystemMediaStorage(join(root, 'media'));

  it('should store, replace, read and delete an object, leaving no temporary file', async () => {
    await storage.put('3f2a9c-render.png', Buffer.from('first'));
    await storage.put('3f2a9c-render.png', Buffer.from('second'));
    expect((await storage.get('3f2a9c-render.png'))?.toString()).toBe('second');
    expect(readdirSync(join(root, 'media', '3f'))).toEqual(['3f2a9c-render.png']);
    expect(statSync(join(root, 'media', '3f', '3f2a9c-render.png')).mode & 0o777).toBe(0o600);
    await storage.delete('3f2a9c-render.png');
    expect(await storage.get('3f2a9c-render.png')).toBeUndefined();
    await expect(storage.delete('3f2a9c-render.png')).resolves.toBeUndefined();
  });

  it('should refuse keys that could leave its folder or name a user file', async () => {
    for (const key of ['../etc/passwd', 'a/b', '..', 'Scan Of Jonas.jpg', '', 'x'.repeat(200)]) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidMediaKeyError);
    }
    expect(readdirSync(root).filter((name) => name !== 'media')).toEqual([]);
  });
});
