import { DomainError } from '@curbside/core';
import { ConsultStatus } from './consult.entity.js';

/** Everything that can happen to a consult. Each moves it from some states to exactly one. */
export enum ConsultTransition {
  /** A specialist takes an OPEN consult. */
  CLAIM = 'CLAIM',
  /** The specialist who holds it answers (a named specialist may answer an OPEN consult directly). */
  ANSWER = 'ANSWER',
  /** The requester closes an answered consult, saying whether it helped. */
  RESOLVE = 'RESOLVE',
  /** The requester withdraws a consult nobody has answered. */
  WITHDRAW = 'WITHDRAW',
  /** Its case was closed or deleted while it waited. */
  CASE_CLOSED = 'CASE_CLOSED',
  /** A named consult fell due unclaimed: it opens to the whole specialty (it stays OPEN). */
  ESCALATE = 'ESCALATE',
  /** An unnamed consult fell due unclaimed. */
  EXPIRE = 'EXPIRE',
  /** A claimed consult was not answered by its answer due time: back to the queue. */
  RETURN = 'RETURN',
}

interface Rule {
  readonly from: readonly ConsultStatus[];
  readonly to: ConsultStatus;
}

const { OPEN, CLAIMED, ANSWERED, RESOLVED, EXPIRED, CANCELLED } = ConsultStatus;

/**
 * The consult state machine, in one place: which states each transition leaves from and where it
 * lands. Services check a transition here before they write; the sweeps select their rows with
 * {@link fromStates}, so a SQL sweep cannot move a consult in a way this table does not allow.
 */
export const CONSULT_LIFECYCLE: Readonly<Record<ConsultTransition, Rule>> = {
  [ConsultTransition.CLAIM]: { from: [OPEN], to: CLAIMED },
  [ConsultTransition.ANSWER]: { from: [OPEN, CLAIMED], to: ANSWERED },
  [ConsultTransition.RESOLVE]: { from: [ANSWERED], to: RESOLVED },
  [ConsultTransition.WITHDRAW]: { from: [OPEN, CLAIMED], to: CANCELLED },
  [ConsultTransition.CASE_CLOSED]: { from: [OPEN, CLAIMED], to: CANCELLED },
  [ConsultTransition.ESCALATE]: { from: [OPEN], to: OPEN },
  [ConsultTransition.EXPIRE]: { from: [OPEN], to: EXPIRED },
  [ConsultTransition.RETURN]: { from: [CLAIMED], to: OPEN },
};

/** Consults still waiting for an answer (a second request to the same specialty is refused). */
export const WAITING: readonly ConsultStatus[] = [OPEN, CLAIMED];

/** Whether `transition` may leave `from`. */
export function allows(from: ConsultStatus, transition: ConsultTransition): boolean {
  return CONSULT_LIFECYCLE[transition].from.includes(from);
}

/** The states `transition` leaves from (for SQL conditions). */
export function fromStates(transition: ConsultTransition): ConsultStatus[] {
  return [...CONSULT_LIFECYCLE[transition].from];
}

/**
 * Where `transition` lands from `from`, or CONFLICT naming the current state (never input).
 * Callers check who may act first: this says only whether the consult's state allows it.
 */
export function nextStatus(from: ConsultStatus, transition: ConsultTransition): ConsultStatus {
  if (!allows(from, transition)) throw DomainError.conflict(`This consult is ${from.toLowerCase()}`);
  return CONSULT_LIFECYCLE[transition].to;
}
