import type { EntityManager } from 'typeorm';

/**
 * A case was resolved (inside that transaction, through `EventBus.publishWithin`): the outcome
 * follow-up jobs are sent in the same transaction, so they exist exactly when the resolution commits.
 */
export class CaseResolvedEvent {
  constructor(
    readonly manager: EntityManager,
    readonly caseId: string,
    readonly resolvedAt: Date,
  ) {}
}

/**
 * The follow-up job asked a case's author for the outcome, `days` after resolution. Published in the
 * job's transaction (`publishInTransaction`, for the notification record) and again after commit.
 */
export class CaseOutcomeRequestedEvent {
  constructor(
    readonly caseId: string,
    readonly authorId: string,
    readonly days: number,
  ) {}
}

/**
 * The author reported (or reported again) the outcome of a case. Published in the report's
 * transaction and after commit; the consultants and repliers of the case hear of it.
 */
export class CaseOutcomeReportedEvent {
  constructor(
    readonly caseId: string,
    readonly authorId: string,
  ) {}
}
