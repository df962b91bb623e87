import { DeidentificationSummary } from '@curbside/anonymizer/nest';
import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CaseStatus, PatientSex } from './case.entity.js';

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description:
    'Where a case is in its life. OPEN may become RESOLVED or CLOSED; RESOLVED may become CLOSED; CLOSED is final.',
  valuesMap: {
    OPEN: { description: 'Taking replies and consults.' },
    RESOLVED: { description: 'The author considers the question answered; replies are still possible.' },
    CLOSED: { description: 'Finished (or deleted): no more edits, replies or consults.' },
  },
});
registerEnumType(PatientSex, {
  name: 'PatientSex',
  description: "The patient's sex as the author chose to give it.",
  valuesMap: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    INTERSEX: { description: 'Intersex.' },
    UNKNOWN: { description: 'Not known or not given.' },
  },
});

/**
 * A de-identified case post. `channel`, `author`, `replyCount`, `replies`, `acceptedReply`,
 * `deidentification` (and `consults`, from the consults library) are batched field resolvers.
 */
@ObjectType({
  description:
    'A de-identified clinical case posted to a channel for discussion. Every text field is anonymizer output; the raw submission is never stored. Visible to verified clinicians; a case hidden after a report is visible only to its author and administrators.',
})
export class CasePost {
  @Field(() => ID, { description: 'Case id (UUID).' })
  id!: string;

  channelId!: string;
  authorId!: string;
  acceptedReplyId!: string | null;
  deidFindingCount!: number;
  deidCategories!: string[];

  @Field({
    description: "Posted without the author's name: `author` is null for everyone but administrators.",
  })
  anonymous!: boolean;

  @Field({ description: 'De-identified title, at most 300 characters.' })
  title!: string;

  @Field({ description: 'De-identified case text, at most 20,000 characters.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'Whole years, or "90+" for 90 and over' })
  patientAge!: string | null;

  @Field(() => PatientSex, { nullable: true, description: "The patient's sex, if the author gave it." })
  patientSex!: PatientSex | null;

  @Field(() => [String], { description: 'Free tags (each de-identified), at most 10.' })
  tags!: string[];

  @Field(() => CaseStatus, { description: 'OPEN, RESOLVED or CLOSED.' })
  status!: CaseStatus;

  @Field({ description: 'When the case was posted (ISO 8601, UTC).' })
  createdAt!: Date;

  @Field({ description: 'When the case last changed (edit, status, accepted reply).' })
  updatedAt!: Date;
}

@ObjectType({
  description:
    'A de-identified reply to a case, possibly in a thread under another reply. Visible to verified clinicians who may read the case; a hidden reply only to its author and administrators.',
})
export class Reply {
  @Field(() => ID, { description: 'Reply id (UUID).' })
  id!: string;

  caseId!: string;
  authorId!: string;
  parentId!: string | null;
  deidFindingCount!: number;
  deidCategories!: string[];

  @Field({ description: 'De-identified reply text, at most 10,000 characters.' })
  body!: string;

  @Field({ description: "True when the reply is a consultant's answer to a consult on this case." })
  isConsultAnswer!: boolean;

  @Field({ description: 'When the reply was posted (ISO 8601, UTC).' })
  createdAt!: Date;
}

@ObjectType({ description: 'One case in a page of cases.' })
export class CaseEdge {
  @Field(() => CasePost, { description: 'The case.' })
  node!: CasePost;

  @Field({ description: 'Opaque position of this case; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of cases (feed: newest first; search: best match first).' })
export class CaseConnection {
  @Field(() => [CaseEdge], { description: 'The cases on this page.' })
  edges!: CaseEdge[];

  @Field(() => PageInfo, { description: 'Whether more cases follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

@ObjectType({ description: 'One reply in a page of replies.' })
export class ReplyEdge {
  @Field(() => Reply, { description: 'The reply.' })
  node!: Reply;

  @Field({ description: 'Opaque position of this reply; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: "A page of a case's replies, oldest first." })
export class ReplyConnection {
  @Field(() => [ReplyEdge], { description: 'The replies on this page.' })
  edges!: ReplyEdge[];

  @Field(() => PageInfo, { description: 'Whether more replies follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

export function summaryOf(row: {
  deidFindingCount: number;
  deidCategories: string[];
}): DeidentificationSummary {
  return {
    findingCount: row.deidFindingCount,
    categories: row.deidCategories as DeidentificationSummary['categories'],
  };
}
