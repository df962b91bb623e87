import { keepsStanding } from '@curbside/access';
import type { ActorLookup } from '@curbside/auth';
import type { Actor } from '@curbside/core';

/** What the watch needs of a socket: to be closed with a code. */
export interface Closable {
  close(code: number, reason: string): void;
}

interface Watched {
  readonly actor: Actor;
  readonly socket: Closable;
}

/** The sessions looked up per query; a tick with more open sockets runs several. */
const BATCH = 500;

/**
 * Looks up the callers of every open socket again, together, every `intervalMs`: one query per
 * {@link BATCH} sockets instead of one timer and one query per socket. A caller who was suspended,
 * logged out, or lost the standing the socket was opened with has the socket closed (4401 when the
 * session is gone, 4403 when the standing is). A tick never overlaps the previous one, and the timer
 * runs only while sockets are open.
 */
export class SocketWatch {
  private readonly open = new Set<Watched>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly actors: ActorLookup,
    private readonly intervalMs: number,
    private readonly codes: { unauthorized: number; forbidden: number },
  ) {}

  /** Watches a socket until the returned function is called (on close). */
  watch(actor: Actor, socket: Closable): () => void {
    const entry: Watched = { actor, socket };
    this.open.add(entry);
    if (!this.timer) {
      this.timer = setInterval(() => void this.tick(), this.intervalMs);
      this.timer.unref();
    }
    return () => {
      this.open.delete(entry);
      if (this.open.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  get size(): number {
    return this.open.size;
  }

  /** One pass over every open socket; public so that tests can drive it without waiting. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const entries = [...this.open];
      for (let i = 0; i < entries.length; i += BATCH) {
        const batch = entries.slice(i, i + BATCH);
        let now: (Actor | null)[];
        try {
          now = await this.actors.findActors(batch.map((e) => e.actor));
        } catch {
          continue; // the database is unavailable: keep the sockets, and look again next tick
        }
        batch.forEach((entry, k) => {
          const current = now[k];
          if (stillAllowed(entry.actor, current)) return;
          this.open.delete(entry);
          entry.socket.close(
            current ? this.codes.forbidden : this.codes.unauthorized,
            current ? 'Forbidden' : 'Unauthorized',
          );
        });
      }
    } finally {
      this.running = false;
    }
  }
}

/** A socket keeps the standing it was opened with (the rule lives in `@curbside/access`). */
export const stillAllowed = keepsStanding;
