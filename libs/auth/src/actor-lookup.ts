import type { Actor } from '@curbside/core';

/**
 * Finds who is behind a session, as of now: implemented by the licensing library (it knows
 * clinicians and licences), so that a suspension or a lapsed licence counts on the next request.
 * Returns null when the session is revoked or unknown.
 */
export interface ActorLookup {
  findActor(sessionId: string, clinicianId: string): Promise<Actor | null>;
}

export const ACTOR_LOOKUP = Symbol('ACTOR_LOOKUP');
