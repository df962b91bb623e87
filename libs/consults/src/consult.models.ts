import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type ConsultEntity, ConsultPagingLevel, ConsultStatus, ConsultUrgency } from './consult.entity.js';

registerEnumType(ConsultStatus, { name: 'ConsultStatus' });
registerEnumType(ConsultUrgency, { name: 'ConsultUrgency' });
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
@ObjectType()
export class Consult {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  specialtyId!: string;
  requesterId!: string;
  consultantId!: string | null;
  answerReplyId!: string | null;

  @Field(() => ConsultUrgency)
  urgency!: ConsultUrgency;

  @Field(() => ConsultStatus)
  status!: ConsultStatus;

  @Field()
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

  @Field()
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

@ObjectType()
export class ConsultEdge {
  @Field(() => Consult)
  node!: Consult;

  @Field()
  cursor!: string;
}

@ObjectType()
export class ConsultConnection {
  @Field(() => [ConsultEdge])
  edges!: ConsultEdge[];

  @Field(() => PageInfo)
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
