import type { ReportOutcome } from './report.entity.js';

/**
 * Moderation's committed events (published after commit, ids only, never text). The notifications
 * library listens; moderation imports nothing of it.
 */

/** A PHI_SUSPECTED report hid content: its author and the administrators are told. */
export class ContentHiddenEvent {
  constructor(
    readonly reportId: string,
    /** The case the content belongs to (the content itself for a case report). */
    readonly caseId: string,
    readonly authorId: string,
  ) {}
}

/** An administrator returned held content to its author with a note. */
export class ContentReturnedEvent {
  constructor(
    readonly reportId: string,
    readonly caseId: string,
    readonly authorId: string,
  ) {}
}

/** The author rewrote their held content: the administrators look again. */
export class HeldContentEditedEvent {
  constructor(
    readonly caseId: string,
    readonly authorId: string,
  ) {}
}

/**
 * An administrator redacted a span of a case or reply: its author is told, and so is everyone with
 * an open report on it (the report itself stays open until the content is restored or deleted).
 */
export class ContentRedactedEvent {
  constructor(
    /** The case the content belongs to (the content itself for a case). */
    readonly caseId: string,
    readonly authorId: string | null,
    /** Reporters of the content's open reports. */
    readonly reporterIds: readonly string[],
    /** The administrator who redacted: never notified of their own act. */
    readonly actorId: string,
  ) {}
}

/** Reports were closed: each reporter and the content's author hear the outcome. */
export class ReportsResolvedEvent {
  constructor(
    readonly caseId: string,
    readonly reporterIds: readonly string[],
    readonly authorId: string | null,
    readonly outcome: ReportOutcome,
  ) {}
}
