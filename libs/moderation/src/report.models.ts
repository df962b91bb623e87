import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportReason, ReportStatus } from './report.entity.js';

registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });

/**
 * A report of a case or a reply. `note` (administrators only), `case` and `reply` are field
 * resolvers; the ids stay out of the schema.
 */
@ObjectType()
export class Report {
  @Field(() => ID)
  id!: string;

  caseId!: string | null;
  replyId!: string | null;
  note!: string | null;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ReportEdge {
  @Field(() => Report)
  node!: Report;

  @Field()
  cursor!: string;
}

@ObjectType()
export class ReportConnection {
  @Field(() => [ReportEdge])
  edges!: ReportEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
