import { TextSpanInput } from '@curbside/anonymizer/nest';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConsultUrgency } from './consult.entity.js';

/** The same limit as any reply: an answer is posted as one. */
const MAX_ANSWER_LENGTH = 10_000;

@InputType({ description: "A request for a specialist's opinion on a case." })
export class RequestConsultInput {
  @Field(() => ID, { description: 'The case (open, readable by you) the consult is about.' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => ID, { description: 'The specialty asked; one open consult per case and specialty.' })
  @IsUUID('all', { message: 'specialtyId must be a specialty id' })
  specialtyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A named specialist; otherwise any specialist of the specialty may claim it',
  })
  @IsOptional()
  @IsUUID('all', { message: 'consultantId must be a clinician id' })
  consultantId?: string | null;

  @Field(() => ConsultUrgency, {
    nullable: true,
    defaultValue: ConsultUrgency.ROUTINE,
    description: 'ROUTINE (default) or URGENT.',
  })
  @IsOptional()
  @IsEnum(ConsultUrgency)
  urgency?: ConsultUrgency | null;
}

@InputType({
  description:
    "The specialist's answer to a consult they claimed; posted on the case as a reply, de-identified first.",
})
export class AnswerConsultInput {
  @Field(() => ID, { description: 'The consult you claimed.' })
  @IsUUID('all', { message: 'consultId must be a consult id' })
  consultId!: string;

  @Field({ description: 'Answer text, 1 to 10,000 characters.' })
  @IsString()
  @Length(1, MAX_ANSWER_LENGTH)
  body!: string;

  @Field(() => [TextSpanInput], {
    nullable: true,
    description:
      'Spans of `body` its author marks for removal as well, as in the preview (applied on the server, never stored raw)',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TextSpanInput)
  extraRedactions?: TextSpanInput[] | null;

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
