import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportOutcome, ReportReason, ReportStage, ReportStatus } from './report.entity.js';

registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportStage, {
  name: 'ReportStage',
  description: 'Where an open report stands between the administrators and the author',
});
registerEnumType(ReportOutcome, { name: 'ReportOutcome', description: 'How a report ended' });

/**
 * A report of a case or a reply. `note` (administrators only), `returnNote` (the author and
 * administrators), `reporter` (administrators only), `case` and `reply` are field resolvers; the
 * ids stay out of the schema.
 */
@ObjectType()
export class Report {
  @Field(() => ID)
  id!: string;

  caseId!: string | null;
  replyId!: string | null;
  note!: string | null;
  reporterId!: string;
  contentAuthorId!: string | null;
  returnNote!: string | null;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => ReportStage)
  stage!: ReportStage;

  @Field(() => Date, { nullable: true, description: 'When the stage last changed' })
  stageChangedAt!: Date | null;

  @Field(() => ReportOutcome, { nullable: true, description: 'Null while the report is open' })
  outcome!: ReportOutcome | null;

  @Field(() => Boolean, { description: 'Whether this report hid the content when it was made' })
  hidContent!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
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

/** Why content is held, as its author and administrators see it (`returnNote` is de-identified). */
@ObjectType()
export class ContentHold {
  @Field(() => ID, { description: 'The oldest open report that holds the content' })
  reportId!: string;

  @Field(() => ReportReason)
  reason!: ReportReason;

  @Field(() => ReportStage)
  stage!: ReportStage;

  @Field(() => String, { nullable: true, description: "An administrator's note when returned to you" })
  returnNote!: string | null;

  @Field({ description: 'When the content was hidden' })
  since!: Date;
}

/** An administrator's view of one clinician's moderation record (`licenses` via `clinician`). */
@ObjectType()
export class ClinicianModeration {
  clinicianId!: string;
}
