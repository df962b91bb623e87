import { DomainError } from './domain-error.js';

/** Who is calling, as established by the auth guard for one request. */
export interface Actor {
  readonly clinicianId: string;
  readonly role: 'CLINICIAN' | 'ADMIN';
  readonly verificationStatus: string;
  readonly sessionId: string;
}

/**
 * The request context every service takes first: the caller (if signed in), the correlation id
 * used in logs and errors, and the client address (for rate limits; never stored with content).
 */
export class RequestContext {
  constructor(
    readonly correlationId: string,
    readonly clientAddress: string,
    public actor: Actor | null = null,
  ) {}

  private readonly memos = new Map<symbol, unknown>();

  /** A per-request value made once (DataLoaders): gone with the request, shared by its resolvers. */
  memo<T>(key: symbol, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /**
   * Drops every memo: a WebSocket's context lives as long as the socket, so each delivered event is
   * resolved on fresh loaders (a row hidden since the last event must not come back from a cache).
   */
  forgetMemos(): void {
    this.memos.clear();
  }

  /** The signed-in caller, or UNAUTHENTICATED (for services behind the guard). */
  get requireActor(): Actor {
    if (!this.actor) throw DomainError.unauthenticated();
    return this.actor;
  }

  get isAdmin(): boolean {
    return this.actor?.role === 'ADMIN';
  }

  /** A context for work the system does on its own behalf (boot tasks, sweeps, CLI). */
  static system(correlationId = 'system'): RequestContext {
    return new RequestContext(correlationId, 'local');
  }
}
