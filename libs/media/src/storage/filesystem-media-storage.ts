import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assertMediaKey, type MediaStorage } from './media-storage.js';

/**
 * The default storage: files under a directory (the API passes `DATA_DIR/media`), in sub-folders
 * named by the key's first two characters so no folder grows too large. Writes go to a temporary
 * file in the same folder and are renamed into place, so a reader never sees half a file and a
 * crash leaves at most a `.tmp-` file behind. Files are readable by the owner only.
 */
export class FilesystemMediaStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    const folder = join(path, '..');
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const temporary = join(folder, `.tmp-${randomBytes(8).toString('hex')}`);
    try {
      await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
      await rename(temporary, path);
    } catch (err) {
      await rm(temporary, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertMediaKey(key);
    return join(this.root, key.slice(0, 2), key);
  }
}
