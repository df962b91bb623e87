import type { RequestContext } from '@curbside/core';
import type { EntityManager } from 'typeorm';

/** A case was posted (after commit). */
export class CaseCreatedEvent {
  constructor(
    readonly caseId: string,
    readonly channelId: string,
    readonly authorId: string,
  ) {}
}

/** A reply was added to a case thread (after commit). Carries ids only, never text. */
export class ReplyAddedEvent {
  constructor(
    readonly caseId: string,
    readonly replyId: string,
    readonly authorId: string,
  ) {}
}

/**
 * A case is being closed or deleted (inside that transaction, through `EventBus.publishWithin`):
 * work that must commit or fail with the closing listens here (consults withdraw their pending
 * requests), in the same transaction through `manager`.
 */
export class CaseClosingEvent {
  constructor(
    readonly manager: EntityManager,
    readonly ctx: RequestContext,
    readonly caseId: string,
  ) {}
}
