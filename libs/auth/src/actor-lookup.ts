import type { Actor } from '@curbside/core';

/** A signed-in session, as an access token names it. */
export interface SessionKey {
  readonly sessionId: string;
  readonly clinicianId: string;
}

/**
 * Finds who is behind a session, as of now: implemented by the licensing library (it knows
 * clinicians and licences), so that a suspension or a lapsed licence counts on the next request.
 * Null stands for a revoked or unknown session, or a suspended clinician.
 */
export interface ActorLookup {
  findActor(sessionId: string, clinicianId: string): Promise<Actor | null>;
  /** The same for many sessions in one query (open sockets are checked again together); in order. */
  findActors(keys: readonly SessionKey[]): Promise<(Actor | null)[]>;
}

export const ACTOR_LOOKUP = Symbol('ACTOR_LOOKUP');
