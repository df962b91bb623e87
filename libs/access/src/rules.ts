import type { Actor } from '@curbside/core';
import { type Viewer, isAdmin, viewerId } from './viewer.js';

/**
 * Every visibility and permission rule of Curbside, each written once. A rule that filters rows
 * comes in the forms its callers need: an in-memory predicate (events, sockets, a row already
 * read), and a SQL condition over a table alias (query builders and raw SQL alike). Both forms are
 * unit-tested against each other, so they cannot drift apart.
 */

/** Content a report may hold back: a case post or a reply. */
export interface Moderated {
  readonly hidden: boolean;
}

/** Content that can be removed by its author or a moderator (a tombstone keeps its id). */
export interface Removable {
  readonly deletedAt: Date | null;
}

/**
 * Held content: a case or reply hidden by an open PHI_SUSPECTED report is listed for
 * administrators only, until no open report holds it. Its author reads it directly (with the
 * reason) through {@link authorHeldContent}, but it stays out of every list, thread and write path.
 */
export const heldContent = {
  /** Whether `viewer` may see this (possibly hidden) row. */
  visible(viewer: Viewer, row: Moderated): boolean {
    return !row.hidden || isAdmin(viewer);
  },
  /** The same rule as a SQL condition on `alias` (a table alias or name; never user input). */
  sql(viewer: Viewer, alias: string): string {
    return isAdmin(viewer) ? 'TRUE' : `${alias}.hidden = false`;
  },
};

/**
 * Held content as its author may read it: a case or reply hidden by an open PHI_SUSPECTED report is
 * still shown to its author (with the reason, so that they can repair it) and to administrators,
 * never to anyone else. For direct reads of one row only (a case page, the author's held content,
 * a notification's case); lists, threads, sockets and writes keep to {@link heldContent}, so a held
 * post never reappears in a feed and cannot gather replies or consults while it waits.
 */
export const authorHeldContent = {
  visible(viewer: Viewer, row: Moderated & { readonly authorId: string }): boolean {
    return !row.hidden || isAdmin(viewer) || (viewerId(viewer) !== null && viewerId(viewer) === row.authorId);
  },
};

/** Live content: not removed (a removed case is a tombstone that a direct read may still show). */
export const liveContent = {
  visible(row: Removable): boolean {
    return row.deletedAt === null;
  },
  sql(alias: string): string {
    return `${alias}.deleted_at IS NULL`;
  },
};

/** What lists (feed, search, thread pages, counts, the consult queue) show: live and not held. */
export const listedContent = {
  visible(viewer: Viewer, row: Moderated & Removable): boolean {
    return liveContent.visible(row) && heldContent.visible(viewer, row);
  },
  sql(viewer: Viewer, alias: string): string {
    return `${liveContent.sql(alias)} AND ${heldContent.sql(viewer, alias)}`;
  },
};

/**
 * A reply is readable when neither it nor its case is held: hiding a case hides its thread. `post`
 * is the reply's case (null when unknown). Whether a removed reply (a tombstone) counts is the
 * caller's to say, with {@link liveContent}.
 */
export function replyVisible(viewer: Viewer, reply: Moderated, post: Moderated | null): boolean {
  return post !== null && heldContent.visible(viewer, reply) && heldContent.visible(viewer, post);
}

/**
 * Case content needs a verified licence: clinicians whose licence is verified, and administrators.
 * Unverified, pending, suspended and lapsed clinicians see none of it.
 */
export function readsCaseContent(actor: Actor | null | undefined): boolean {
  if (!actor) return false;
  return actor.role === 'ADMIN' || actor.verificationStatus === 'VERIFIED';
}

/** Owner-or-admin: a clinician's own things (or an administrator). */
export function ownerOrAdmin(viewer: Viewer, ownerId: string | null | undefined): boolean {
  return isAdmin(viewer) || (ownerId != null && viewerId(viewer) === ownerId);
}

/**
 * Anonymous-author display: who wrote an anonymous case (and which of the thread's replies are
 * theirs) is shown to the author and to administrators only (an administrator's look is audited by
 * the caller). A case that is not anonymous always shows its author.
 */
export function revealsAnonymousAuthor(
  viewer: Viewer,
  post: { readonly anonymous: boolean; readonly authorId: string },
): boolean {
  return !post.anonymous || ownerOrAdmin(viewer, post.authorId);
}

/** Whether the caller looks at an anonymous case's author as an administrator (a look to audit). */
export function unmasksAsAdmin(
  viewer: Viewer,
  post: { readonly anonymous: boolean; readonly authorId: string },
): boolean {
  return post.anonymous && viewerId(viewer) !== post.authorId && isAdmin(viewer);
}

/**
 * A socket keeps the standing it was opened with: an administrator must still be one, a caller
 * who read case content must still be allowed to, and a signed-out or suspended caller loses it.
 */
export function keepsStanding(before: Actor, now: Actor | null): boolean {
  if (!now) return false;
  if (before.role === 'ADMIN') return now.role === 'ADMIN';
  return !readsCaseContent(before) || readsCaseContent(now);
}

/**
 * Consult visibility: a consult is seen by whoever may read its case (it lives in the case's
 * thread), so a consult on held content is hidden with it.
 */
export function consultVisible(viewer: Viewer, post: Moderated | null): boolean {
  return post !== null && heldContent.visible(viewer, post);
}

/**
 * The claim queue: OPEN consults `me` may take, as a SQL condition on a consult alias `k` and its
 * case alias `p` (`:me` bound to the viewer's id, `:open` to OPEN). Named to them, or unnamed in
 * one of their specialties (`specialtiesOf` is a sub-query giving the viewer's specialty ids);
 * never their own requests; only on live, open cases the viewer may read.
 */
export function claimableConsultSql(viewer: Viewer, k: string, p: string, specialtiesOf: string): string {
  return [
    `${k}.status = :open`,
    `${k}.requested_by <> :me`,
    `((${k}.named = true AND ${k}.consultant_id = :me) OR (${k}.named = false AND ${k}.specialty_id IN (${specialtiesOf})))`,
    listedContent.sql(viewer, p),
    `${p}.status <> 'CLOSED'`,
  ].join(' AND ');
}

/** The two parties of a consult: who asked, and the specialist who holds it (none while unclaimed). */
export interface ConsultParties {
  readonly requestedBy: string;
  readonly consultantId: string | null;
}

/**
 * A private consult dialogue is for its two parties and administrators: the requester and the
 * specialist who holds the consult now (a specialist whose claim lapsed loses it). Writing is for
 * the two parties only ({@link consultDialogue.writes}); an administrator reads, never speaks.
 */
export const consultDialogue = {
  /** Whether `viewer` may read the dialogue of this consult. */
  visible(viewer: Viewer, consult: ConsultParties): boolean {
    return isAdmin(viewer) || consultDialogue.writes(viewer, consult);
  },
  /** Whether `viewer` is one of the two parties. */
  writes(viewer: Viewer, consult: ConsultParties): boolean {
    const me = viewerId(viewer);
    return me !== null && (me === consult.requestedBy || me === consult.consultantId);
  },
  /** The read rule as a SQL condition on a consult alias `k` (`:me` bound to the viewer's id). */
  sql(viewer: Viewer, k: string): string {
    return isAdmin(viewer) ? 'TRUE' : `(${k}.requested_by = :me OR ${k}.consultant_id = :me)`;
  },
};
/** An attachment as the visibility rule needs it. */
export interface AttachmentPlacement {
  readonly ownerId: string;
  /** The case it is posted on (null while it is a draft in its uploader's composer). */
  readonly caseId: string | null;
  /** The reply (or consult answer) it belongs to, when not the case post itself. */
  readonly replyId: string | null;
}

/**
 * Attachment visibility. A draft (not posted yet) is its uploader's alone: not even an
 * administrator sees an image before its author has reviewed it. A posted attachment is seen by
 * whoever may read what it belongs to: case content (a verified licence), the case live and not
 * held, and for a reply's (a consult answer's) the reply live and not held either. `post` and
 * `reply` are the rows the attachment names (null when unknown or not read).
 */
export function attachmentVisible(
  viewer: Viewer,
  attachment: AttachmentPlacement,
  post: (Moderated & Removable) | null,
  reply: (Moderated & Removable) | null,
): boolean {
  if (attachment.caseId === null) return viewerId(viewer) === attachment.ownerId;
  if (!readsCaseContent(viewer.actor) || post === null || !listedContent.visible(viewer, post)) return false;
  if (attachment.replyId === null) return true;
  return reply !== null && listedContent.visible(viewer, reply) && replyVisible(viewer, reply, post);
}
