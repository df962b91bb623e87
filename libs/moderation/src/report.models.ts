import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportOutcome, ReportReason, ReportStage, ReportStatus } from './report.entity.js';

registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why content is reported.',
  valuesMap: {
    PHI_SUSPECTED: {
      description:
        'It may still identify a patient. The content is normally hidden at once (from all but its author and administrators) until an administrator decides; each clinician may have a limited number of these open per day.',
    },
    UNPROFESSIONAL: { description: 'Unprofessional or disrespectful.' },
    MISINFORMATION: { description: 'Clinically wrong or misleading.' },
    SPAM: { description: 'Advertising or off-topic.' },
    OTHER: { description: 'Anything else (say what in the note).' },
  },
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Whether a report is still waiting for an administrator.',
  valuesMap: {
    OPEN: { description: 'Not yet decided.' },
    DISMISSED: { description: 'Decided: nothing was removed.' },
    ACTIONED: { description: 'Decided: the content was removed, redacted or repaired.' },
  },
});
registerEnumType(ReportStage, {
  name: 'ReportStage',
  description: 'Where an open report stands between the administrators and the author',
  valuesMap: {
    AWAITING_REVIEW: { description: 'Waiting for an administrator.' },
    RETURNED_TO_AUTHOR: {
      description: 'An administrator sent the content back to its author with a note; it stays hidden.',
    },
    EDITED_BY_AUTHOR: {
      description: 'The author edited the held content; it is back with the administrators.',
    },
    REDACTED: { description: 'An administrator redacted part of the content since the report.' },
  },
});
registerEnumType(ReportOutcome, {
  name: 'ReportOutcome',
  description: 'How a report ended',
  valuesMap: {
    DISMISSED: { description: 'Left as it was: nothing to remove.' },
    RESTORED: { description: "Shown again, after the author's edit or an administrator's redaction." },
    DELETED: { description: "Removed; a tombstone keeps the thread's shape." },
  },
});

/**
 * A report of a case or a reply. `note` (administrators only), `returnNote` (the author and
 * administrators), `reporter` (administrators only), `case` and `reply` are field resolvers; the
 * ids stay out of the schema.
 */
@ObjectType({
  description:
    "A clinician's report of a case or a reply. Administrators see every report; the content's author sees the reports that hold their content.",
})
export class Report {
  @Field(() => ID, { description: 'Report id (UUID).' })
  id!: string;

  caseId!: string | null;
  replyId!: string | null;
  note!: string | null;
  reporterId!: string;
  contentAuthorId!: string | null;
  returnNote!: string | null;

  @Field(() => ReportReason, { description: 'Why it was reported.' })
  reason!: ReportReason;

  @Field(() => ReportStatus, { description: 'OPEN until an administrator decides.' })
  status!: ReportStatus;

  @Field(() => ReportStage, {
    description: 'Where an open report stands between the administrators and the author.',
  })
  stage!: ReportStage;

  @Field(() => Date, { nullable: true, description: 'When the stage last changed' })
  stageChangedAt!: Date | null;

  @Field(() => ReportOutcome, { nullable: true, description: 'Null while the report is open' })
  outcome!: ReportOutcome | null;

  @Field(() => Boolean, { description: 'Whether this report hid the content when it was made' })
  hidContent!: boolean;

  @Field({ description: 'When it was reported (ISO 8601, UTC).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When an administrator decided; null while open.' })
  resolvedAt!: Date | null;
}

@ObjectType({ description: 'One report in a page of reports.' })
export class ReportEdge {
  @Field(() => Report, { description: 'The report.' })
  node!: Report;

  @Field({ description: 'Opaque position of this report; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of reports, oldest first.' })
export class ReportConnection {
  @Field(() => [ReportEdge], { description: 'The reports on this page.' })
  edges!: ReportEdge[];

  @Field(() => PageInfo, { description: 'Whether more reports follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

/** Why content is held, as its author and administrators see it (`returnNote` is de-identified). */
@ObjectType({
  description:
    'Why a piece of content is hidden after an identifier report, as its author and administrators see it.',
})
export class ContentHold {
  @Field(() => ID, { description: 'The oldest open report that holds the content' })
  reportId!: string;

  @Field(() => ReportReason, { description: 'The reason of the report that holds it (PHI_SUSPECTED).' })
  reason!: ReportReason;

  @Field(() => ReportStage, { description: 'Where that report stands.' })
  stage!: ReportStage;

  @Field(() => String, { nullable: true, description: "An administrator's note when returned to you" })
  returnNote!: string | null;

  @Field({ description: 'When the content was hidden' })
  since!: Date;
}

/** An administrator's view of one clinician's moderation record (`licenses` via `clinician`). */
@ObjectType({
  description:
    "An administrator's view of one clinician's moderation record: the clinician (with licences), reports filed and received, and audited history. Administrators only.",
})
export class ClinicianModeration {
  clinicianId!: string;
}
