import type { Actor } from '@curbside/core';

/** Whoever a rule is judged for: a request context, a socket's context, or a bare actor. */
export interface Viewer {
  readonly actor: Actor | null;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.actor?.role === 'ADMIN';
}

/** The viewer's clinician id, or null when nobody is signed in. */
export function viewerId(viewer: Viewer): string | null {
  return viewer.actor?.clinicianId ?? null;
}
