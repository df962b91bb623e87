import { DeidentificationSummary } from '@curbside/anonymizer/nest';
import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CaseStatus, PatientSex } from './case.entity.js';

registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(PatientSex, { name: 'PatientSex' });

/**
 * A de-identified case post. `channel`, `author`, `replyCount`, `replies`, `acceptedReply`,
 * `deidentification` (and `consults`, from the consults library) are batched field resolvers.
 */
@ObjectType()
export class CasePost {
  @Field(() => ID)
  id!: string;

  channelId!: string;
  authorId!: string;
  acceptedReplyId!: string | null;
  deidFindingCount!: number;
  deidCategories!: string[];

  @Field()
  anonymous!: boolean;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'Whole years, or "90+" for 90 and over' })
  patientAge!: string | null;

  @Field(() => PatientSex, { nullable: true })
  patientSex!: PatientSex | null;

  @Field(() => [String])
  tags!: string[];

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class Reply {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  authorId!: string;
  parentId!: string | null;
  deidFindingCount!: number;
  deidCategories!: string[];

  @Field()
  body!: string;

  @Field()
  isConsultAnswer!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class CaseEdge {
  @Field(() => CasePost)
  node!: CasePost;

  @Field()
  cursor!: string;
}

@ObjectType()
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class ReplyEdge {
  @Field(() => Reply)
  node!: Reply;

  @Field()
  cursor!: string;
}

@ObjectType()
export class ReplyConnection {
  @Field(() => [ReplyEdge])
  edges!: ReplyEdge[];

  @Field(() => PageInfo)
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
