import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { repositoryRoot } from './api-process.js';

/** A notification the worker asked the browser to show. */
export interface ShownNotification {
  title: string;
  options: { data: { url: string }; tag?: string };
}

/** Cache Storage as the worker uses it: string keys, listed in insertion order. */
class CacheStandIn {
  private readonly entries = new Map<string, unknown>();
  match(key: string): Promise<unknown> {
    return Promise.resolve(this.entries.get(key));
  }
  put(key: string, value: unknown): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    return Promise.resolve();
  }
  keys(): Promise<string[]> {
    return Promise.resolve([...this.entries.keys()]);
  }
  delete(key: string): Promise<boolean> {
    return Promise.resolve(this.entries.delete(key));
  }
}

/**
 * The web app's own push service worker (`apps/web/public/push-sw.js`, the file the browser loads)
 * run in a context of its own, with the worker globals it uses: push events with `waitUntil`, Cache
 * Storage and `registration.showNotification`. What a clinician's screen would show is `shown`.
 * (The Chromium the tests can run here has no notification platform, so its service worker cannot
 * show anything: see the README.)
 */
export class PushWorker {
  readonly shown: ShownNotification[] = [];
  readonly cache = new CacheStandIn();
  private readonly listeners = new Map<string, (event: unknown) => void>();

  constructor() {
    const self = {
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        this.listeners.set(type, listener),
      caches: { open: () => Promise.resolve(this.cache) },
      registration: {
        showNotification: (title: string, options: ShownNotification['options']) => {
          this.shown.push({ title, options });
          return Promise.resolve();
        },
      },
      clients: { openWindow: () => Promise.resolve(null) },
    };
    const source = readFileSync(join(repositoryRoot(), 'apps/web/public/push-sw.js'), 'utf8');
    runInNewContext(source, { self, Response: class {}, encodeURIComponent, Promise, Math });
  }

  /** Delivers one decrypted push message (its plaintext) and waits for the worker to finish with it. */
  async push(plaintext: string): Promise<void> {
    let pending: Promise<unknown> = Promise.resolve();
    this.listeners.get('push')!({
      data: { json: () => JSON.parse(plaintext) as unknown },
      waitUntil: (work: Promise<unknown>) => {
        pending = work;
      },
    });
    await pending;
  }
}
