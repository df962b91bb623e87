import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type ConsultEntity, ConsultPagingLevel, ConsultStatus, ConsultUrgency } from './consult.entity.js';

registerEnumType(ConsultStatus, {
  name: 'ConsultStatus',
  description:
    'Where a consult request is. OPEN, then CLAIMED by a specialist, ANSWERED, and RESOLVED by the requester; it may instead be CANCELLED or EXPIRED.',
  valuesMap: {
    OPEN: { description: 'Waiting in the queue for a specialist to claim it.' },
    CLAIMED: {
      description: 'A specialist took it and must answer by answerDueAt, or it returns to the queue.',
    },
    ANSWERED: { description: 'The specialist answered; waiting for the requester to resolve it.' },
    RESOLVED: { description: 'The requester closed it and said whether the answer helped.' },
    EXPIRED: { description: 'Nobody claimed or answered it before it fell due.' },
    CANCELLED: { description: 'The requester withdrew it (or its case was closed).' },
  },
});
registerEnumType(ConsultUrgency, {
  name: 'ConsultUrgency',
  description: 'How soon a consult needs an answer.',
  valuesMap: {
    ROUTINE: { description: 'Due in 72 hours by default (CONSULT_ROUTINE_DUE_HOURS).' },
    URGENT: {
      description: 'Due in 4 hours by default (CONSULT_URGENT_DUE_HOURS); listed first in the queue.',
    },
  },
});
registerEnumType(ConsultPagingLevel, {
  name: 'ConsultPagingLevel',
  description: 'Who an unclaimed URGENT consult pages by push and e-mail; it widens step by step',
  valuesMap: {
    NAMED: { description: 'The named specialist' },
    ON_CALL: { description: "The specialty's specialists who are on call now" },
    SPECIALTY: { description: 'Every specialist of the specialty who accepts consults' },
    ADMINS: { description: 'The administrators, after the specialty did not claim it' },
  },
});

/**
 * A consult request as the API shows it. `case`, `specialty`, `requestedBy`, `consultant` and
 * `answer` are batched field resolvers over the ids kept here.
 */
@ObjectType({
  description:
    "A request, made on a case, for a specialist's opinion. Visible to verified clinicians who may read its case; the private dialogue only to its two parties and administrators.",
})
export class Consult {
  @Field(() => ID, { description: 'Consult id (UUID).' })
  id!: string;

  caseId!: string;
  specialtyId!: string;
  requesterId!: string;
  consultantId!: string | null;
  answerReplyId!: string | null;

  @Field(() => ConsultUrgency, { description: 'ROUTINE or URGENT.' })
  urgency!: ConsultUrgency;

  @Field(() => ConsultStatus, { description: 'Where the consult is (see ConsultStatus).' })
  status!: ConsultStatus;

  @Field({
    description:
      'When it falls due: a named consult then opens to the whole specialty; an unclaimed one expires.',
  })
  dueAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'While claimed: unanswered by then, the consult returns to the queue',
  })
  answerDueAt!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the answer helped, as the requester said when resolving it',
  })
  helpful!: boolean | null;

  @Field({ description: 'When it was requested (ISO 8601, UTC).' })
  createdAt!: Date;

  @Field(() => ConsultPagingLevel, {
    nullable: true,
    description:
      'URGENT consults: who is paged now (it widens while nobody claims it, each step audited); null when ROUTINE',
  })
  pagingLevel!: ConsultPagingLevel | null;

  @Field(() => Date, { nullable: true, description: 'When urgent paging last widened; null until it does' })
  pagingWidenedAt!: Date | null;
}

@ObjectType({ description: 'One consult in a page of consults.' })
export class ConsultEdge {
  @Field(() => Consult, { description: 'The consult.' })
  node!: Consult;

  @Field({ description: 'Opaque position of this consult; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of consults.' })
export class ConsultConnection {
  @Field(() => [ConsultEdge], { description: 'The consults on this page.' })
  edges!: ConsultEdge[];

  @Field(() => PageInfo, { description: 'Whether more consults follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

/** The one place where a consult row becomes its GraphQL model. */
export function toConsult(row: ConsultEntity): Consult {
  return {
    id: row.id,
    caseId: row.caseId,
    specialtyId: row.specialtyId,
    requesterId: row.requestedBy,
    consultantId: row.consultantId,
    answerReplyId: row.answerReplyId,
    urgency: row.urgency,
    status: row.status,
    dueAt: row.dueAt,
    answerDueAt: row.status === ConsultStatus.CLAIMED ? row.answerDueAt : null,
    helpful: row.helpful,
    createdAt: row.createdAt,
    pagingLevel: row.pagingLevel,
    pagingWidenedAt: row.pagingWidenedAt,
  };
}
