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

  get isAdmin(): boolean {
    return this.actor?.role === 'ADMIN';
  }

  /** A context for work the system does on its own behalf (boot tasks, sweeps, CLI). */
  static system(correlationId = 'system'): RequestContext {
    return new RequestContext(correlationId, 'local');
  }
}
