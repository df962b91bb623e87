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
