import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One consult a clinician answered, as their credit log shows it' })
export class ConsultCreditEntry {
  @Field(() => ID, { description: 'The consult' })
  consultId!: string;

  @Field(() => ID, { description: 'Its case' })
  caseId!: string;

  @Field({
    description:
      'The de-identified case title ("[case held for review]" while a report holds it, "[deleted]" once deleted)',
  })
  caseTitle!: string;

  @Field({ description: 'When the answer was posted' })
  answeredAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Minutes the consultant reported for the answer' })
  minutesSpent!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the requester marked the answer helpful; null until they closed the consult',
  })
  helpful!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the case's reported outcome bore out the advice; null while none says so",
  })
  adviceConfirmed!: boolean | null;
}

@ObjectType({
  description: "A clinician's consult credit over one period (answers posted from `from` to before `to`)",
})
export class ConsultCredit {
  @Field({ description: 'Start of the period (inclusive)' })
  from!: Date;

  @Field({ description: 'End of the period (exclusive)' })
  to!: Date;

  @Field(() => Int, { description: 'Consults answered in the period' })
  consultsAnswered!: number;

  @Field(() => Int, { description: 'Minutes reported for those answers, in total' })
  minutesSpent!: number;

  @Field(() => Int, { description: 'Answers their requesters marked helpful' })
  helpfulMarks!: number;

  @Field(() => Int, { description: 'Answers whose case outcome confirmed the advice' })
  confirmedOutcomes!: number;

  @Field(() => [ConsultCreditEntry], {
    description: 'The answers, oldest first (the first 500 of the period; the totals count all)',
  })
  entries!: ConsultCreditEntry[];
}

@ObjectType({ description: 'A short-lived link to download a credit statement (PDF)' })
export class CreditStatementLink {
  @Field({
    description: 'Path and query of the PDF on this server; works for this session until `expiresAt`',
  })
  url!: string;

  @Field({ description: 'When the link stops working' })
  expiresAt!: Date;
}
