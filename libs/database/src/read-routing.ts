import type { RequestContext } from '@curbside/core';
import type DataLoader from 'dataloader';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';

/**
 * The root fields whose reads tolerate a little replication lag: a query made only of these may
 * read from the replica. Everything else (the caller's own profile, notifications, consults,
 * administration, every mutation and subscription) reads from the primary.
 */
export const LAG_TOLERANT_FIELDS: ReadonlySet<string> = new Set([
  'feed',
  'searchCases',
  'specialistDirectory',
  'case',
]);

/** Who wrote recently, so that their own reads stay on the primary (read-your-own-writes). */
export interface RecentWriters {
  /** Remembers that the clinician wrote just now, for `windowMs`. */
  note(clinicianId: string, windowMs: number): Promise<void>;
  /** Whether the clinician wrote within their window. */
  has(clinicianId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** One API process: a map of expiry times (pruned as it grows). */
export class InProcessRecentWriters implements RecentWriters {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  note(clinicianId: string, windowMs: number): Promise<void> {
    const now = this.now();
    if (this.until.size >= 10_000) {
      for (const [id, at] of this.until) if (at <= now) this.until.delete(id);
    }
    this.until.set(clinicianId, now + windowMs);
    return Promise.resolve();
  }

  has(clinicianId: string): Promise<boolean> {
    const at = this.until.get(clinicianId);
    return Promise.resolve(at !== undefined && at > this.now());
  }

  close(): Promise<void> {
    this.until.clear();
    return Promise.resolve();
  }
}

/** Shared by every API instance: one key per clinician that expires with the window. */
export class RedisRecentWriters implements RecentWriters {
  constructor(private readonly redis: Redis) {}

  static connect(url: string): RedisRecentWriters {
    return new RedisRecentWriters(new Redis(url, { maxRetriesPerRequest: 2 }));
  }

  async note(clinicianId: string, windowMs: number): Promise<void> {
    await this.redis.set(key(clinicianId), '1', 'PX', Math.max(1, windowMs));
  }

  async has(clinicianId: string): Promise<boolean> {
    return (await this.redis.exists(key(clinicianId))) === 1;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

function key(clinicianId: string): string {
  return `curbside:wrote:${clinicianId}`;
}

const ROUTE = Symbol('readRoute');

/** One request's read route: where its lag-tolerant reads go. */
class Route {
  pinned = false;
  private decision?: Promise<boolean>;
  readonly loaders = new Set<DataLoader<unknown, unknown>>();

  constructor(
    readonly routing: ReadRouting,
    private readonly ctx: RequestContext,
  ) {}

  /** Decided once, at the first read (the caller is known by then): the replica unless they just wrote. */
  usesReplica(): Promise<boolean> {
    if (this.pinned) return Promise.resolve(false);
    const clinicianId = this.ctx.actor?.clinicianId;
    this.decision ??= clinicianId
      ? this.routing.writers.has(clinicianId).then(
          (wrote) => !wrote,
          () => false,
        )
      : Promise.resolve(true);
    return this.decision.then((replica) => replica && !this.pinned);
  }
}

/**
 * Routes a request's lag-tolerant reads to an optional streaming replica. A request is eligible
 * when its operation is a query made only of {@link LAG_TOLERANT_FIELDS} ({@link beginQuery}); its
 * reads then go to the replica unless the caller wrote within the read-your-own-writes window
 * ({@link noteWrite}, called after each mutation). Writes always use the primary: only code that
 * asks {@link readSource} gets the replica, and it asks with the primary's DataSource.
 */
export class ReadRouting {
  constructor(
    readonly primary: DataSource,
    readonly replica: DataSource | undefined,
    readonly writers: RecentWriters,
    readonly windowMs: number,
  ) {}

  get enabled(): boolean {
    return this.replica !== undefined;
  }

  /** Marks a query request whose root fields all tolerate lag as eligible for the replica. */
  beginQuery(ctx: RequestContext, rootFields: readonly string[]): void {
    if (!this.replica || rootFields.length === 0) return;
    if (!rootFields.every((name) => LAG_TOLERANT_FIELDS.has(name))) return;
    ctx.memo(ROUTE, () => new Route(this, ctx));
  }

  /** The clinician just wrote: their own reads use the primary for the window. */
  async noteWrite(clinicianId: string): Promise<void> {
    if (!this.replica || this.windowMs === 0) return;
    await this.writers.note(clinicianId, this.windowMs);
  }

  async close(): Promise<void> {
    await this.writers.close();
  }
}

function routeOf(ctx: RequestContext): Route | undefined {
  return ctx.memo<Route | undefined>(ROUTE, () => undefined);
}

/**
 * Where this request reads from: the replica when the request is eligible and the caller has not
 * written within their window, else `primary` itself. Pass the injected (primary) DataSource; a
 * transaction's manager never comes here.
 */
export async function readSource(ctx: RequestContext, primary: DataSource): Promise<DataSource> {
  const route = routeOf(ctx);
  if (!route || route.routing.primary !== primary || !route.routing.replica) return primary;
  return (await route.usesReplica()) ? route.routing.replica : primary;
}

/** Whether this request's reads go to the replica. */
export async function readsFromReplica(ctx: RequestContext): Promise<boolean> {
  const route = routeOf(ctx);
  return route ? route.usesReplica() : false;
}

/**
 * From now on this request reads from the primary; rows the shared loaders already read from the
 * replica are forgotten (the author's own case, a row the replica does not have yet).
 */
export function pinToPrimary(ctx: RequestContext): void {
  const route = routeOf(ctx);
  if (!route) return;
  route.pinned = true;
  for (const loader of route.loaders) loader.clearAll();
}

/** Lets {@link pinToPrimary} forget what a per-request loader holds. */
export function trackLoader<L extends DataLoader<never, unknown>>(ctx: RequestContext, loader: L): L {
  routeOf(ctx)?.loaders.add(loader);
  return loader;
}
