/** A consult was requested (after commit). `consultantId` is the named specialist, if any. */
export class ConsultRequestedEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly specialtyId: string,
    readonly consultantId: string | null,
  ) {}
}

/** A specialist claimed a consult (after commit). */
export class ConsultClaimedEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly consultantId: string,
  ) {}
}

/** A consult was answered by a reply in the case thread (after commit). */
export class ConsultAnsweredEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly consultantId: string,
    readonly replyId: string,
  ) {}
}

/**
 * A consult named to a specialist fell due unclaimed and is now open to the whole specialty
 * (after the sweep commits). `previousConsultantId` is the specialist who did not take it.
 */
export class ConsultEscalatedEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly specialtyId: string,
    readonly previousConsultantId: string | null,
  ) {}
}

/** An unclaimed consult fell due and expired (after the sweep commits). */
export class ConsultExpiredEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
  ) {}
}

/** The requester withdrew a consult a specialist had claimed (after commit). */
export class ConsultWithdrawnEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly consultantId: string,
  ) {}
}

/**
 * A claimed consult was not answered by its answer due time and is back in its specialty's queue
 * (after the sweep commits). `previousConsultantId` is the specialist who held it.
 */
export class ConsultReturnedEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly specialtyId: string,
    readonly previousConsultantId: string,
  ) {}
}

/**
 * Nobody claimed an URGENT consult in time: paging widened to `level` (SPECIALTY or ADMINS) in the
 * transaction that recorded it. `previousConsultantId` is the named specialist it was reserved for.
 */
export class ConsultPagedEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly requesterId: string,
    readonly specialtyId: string,
    readonly previousConsultantId: string | null,
    readonly level: string,
  ) {}
}

/** A party of a consult wrote in its private dialogue (after commit); `recipientId` is the other. */
export class ConsultMessageSentEvent {
  constructor(
    readonly consultId: string,
    readonly caseId: string,
    readonly messageId: string,
    readonly authorId: string,
    readonly recipientId: string,
    readonly requestsInformation: boolean,
  ) {}
}
