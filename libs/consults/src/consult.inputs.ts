import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ConsultUrgency } from './consult.entity.js';

/** The same limit as any reply: an answer is posted as one. */
const MAX_ANSWER_LENGTH = 10_000;

@InputType()
export class RequestConsultInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'specialtyId must be a specialty id' })
  specialtyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A named specialist; otherwise any specialist of the specialty may claim it',
  })
  @IsOptional()
  @IsUUID('all', { message: 'consultantId must be a clinician id' })
  consultantId?: string | null;

  @Field(() => ConsultUrgency, { nullable: true, defaultValue: ConsultUrgency.ROUTINE })
  @IsOptional()
  @IsEnum(ConsultUrgency)
  urgency?: ConsultUrgency | null;
}

@InputType()
export class AnswerConsultInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consultId must be a consult id' })
  consultId!: string;

  @Field()
  @IsString()
  @Length(1, MAX_ANSWER_LENGTH)
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Your own READY attachments to post with the answer (see `attachment`)',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'each attachment id must be an attachment id' })
  attachmentIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes you spent on this consult, for your credit log (1 to 600)',
  })
  @IsOptional()
  @IsInt({ message: 'minutesSpent must be a whole number of minutes' })
  @Min(1, { message: 'minutesSpent must be at least 1' })
  @Max(600, { message: 'minutesSpent must be at most 600' })
  minutesSpent?: number | null;
}
