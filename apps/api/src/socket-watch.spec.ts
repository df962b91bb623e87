import type { ActorLookup, SessionKey } from '@curbside/auth';
import type { Actor } from '@curbside/core';
import { SocketWatch } from './socket-watch.js';

const CODES = { unauthorized: 4401, forbidden: 4403 };

function actor(n: number, role: Actor['role'] = 'CLINICIAN', status = 'VERIFIED'): Actor {
  return { clinicianId: `c${n}`, sessionId: `s${n}`, role, verificationStatus: status };
}

/** Answers from a table that the test edits; counts the batches it is asked. */
class TableLookup implements ActorLookup {
  readonly now = new Map<string, Actor | null>();
  readonly batches: number[] = [];
  failing = false;

  findActor(sessionId: string): Promise<Actor | null> {
    return Promise.resolve(this.now.get(sessionId) ?? null);
  }

  findActors(keys: readonly SessionKey[]): Promise<(Actor | null)[]> {
    this.batches.push(keys.length);
    if (this.failing) return Promise.reject(new Error('database unavailable'));
    return Promise.resolve(keys.map((k) => this.now.get(k.sessionId) ?? null));
  }
}

class FakeSocket {
  closed: { code: number; reason: string } | null = null;
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
}

describe(SocketWatch.name, () => {
  let lookup: TableLookup;
  let watch: SocketWatch;

  beforeEach(() => {
    lookup = new TableLookup();
    watch = new SocketWatch(lookup, 60_000, CODES);
  });

  function open(a: Actor): { socket: FakeSocket; unwatch: () => void } {
    lookup.now.set(a.sessionId, a);
    const socket = new FakeSocket();
    return { socket, unwatch: watch.watch(a, socket) };
  }

  it('should look up every open socket in batched queries, not one query per socket', async () => {
    const sockets = Array.from({ length: 1200 }, (_, i) => open(actor(i)));
    await watch.tick();
    expect(lookup.batches).toEqual([500, 500, 200]);
    expect(sockets.every((s) => s.socket.closed === null)).toBe(true);
    sockets.forEach((s) => s.unwatch());
    expect(watch.size).toBe(0);
  });

  it('should close the sockets of callers who lost their session or their standing, and only those', async () => {
    const kept = open(actor(1));
    const loggedOut = open(actor(2));
    const lapsed = open(actor(3));
    const demoted = open(actor(4, 'ADMIN', 'UNVERIFIED'));
    const pendingStillPending = open(actor(5, 'CLINICIAN', 'PENDING'));
    lookup.now.set('s2', null);
    lookup.now.set('s3', actor(3, 'CLINICIAN', 'EXPIRED'));
    lookup.now.set('s4', actor(4, 'CLINICIAN', 'UNVERIFIED'));

    await watch.tick();
    expect(kept.socket.closed).toBeNull();
    expect(pendingStillPending.socket.closed).toBeNull();
    expect(loggedOut.socket.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
    expect(lapsed.socket.closed).toEqual({ code: 4403, reason: 'Forbidden' });
    expect(demoted.socket.closed).toEqual({ code: 4403, reason: 'Forbidden' });
    // closed sockets are no longer watched; the next tick asks only for the two left
    expect(watch.size).toBe(2);
    await watch.tick();
    expect(lookup.batches).toEqual([5, 2]);
  });

  it('should keep the sockets when the lookup fails, and close them once it answers again', async () => {
    const gone = open(actor(1));
    lookup.now.set('s1', null);
    lookup.failing = true;
    await watch.tick();
    expect(gone.socket.closed).toBeNull();
    lookup.failing = false;
    await watch.tick();
    expect(gone.socket.closed?.code).toBe(4401);
  });

  it('should not start a pass while the previous one is still running', async () => {
    open(actor(1));
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const findActors = lookup.findActors.bind(lookup);
    lookup.findActors = async (keys) => {
      await slow;
      return findActors(keys);
    };
    const first = watch.tick();
    await watch.tick();
    release();
    await first;
    expect(lookup.batches).toEqual([1]);
  });
});
