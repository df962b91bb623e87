import { ExtraRedactionsField, type TextSpanInput } from '@curbside/anonymizer/nest';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import { CaseStatus, PatientSex } from './case.entity.js';

@InputType({
  description:
    'A new case. Title, body and tags are de-identified on the server before anything is stored; the answer shows what was removed.',
})
export class CreateCaseInput {
  @Field(() => ID, { description: 'The channel to post in (you need not have joined it).' })
  @IsUUID('all', { message: 'channelId must be a channel id' })
  channelId!: string;

  @Field({ description: 'Title, 1 to 300 characters.' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field({
    description: 'Case text, 1 to 20,000 characters. Write no identifiers; any that remain are removed.',
  })
  @IsString()
  @Length(1, 20_000)
  body!: string;

  @Field(() => Int, { nullable: true, description: 'Years; 90 and over is stored as "90+"' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  patientAge?: number | null;

  @Field(() => PatientSex, { nullable: true, description: "The patient's sex, if relevant." })
  @IsOptional()
  @IsEnum(PatientSex)
  patientSex?: PatientSex | null;

  @Field(() => [String], { nullable: true, description: 'At most 10 tags of 1 to 40 characters each.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be 1 to 40 characters' })
  tags?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Post without your name (administrators still see it). Default false.',
  })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;

  @ExtraRedactionsField()
  extraRedactions?: TextSpanInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Your own READY attachments to post with it (see the upload route and `attachment`)',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'each attachment id must be an attachment id' })
  attachmentIds?: string[] | null;
}

@InputType({
  description:
    'Changes to a case you wrote (an administrator may only close it). Fields left out keep their value; text is de-identified again.',
})
export class UpdateCaseInput {
  @Field(() => ID, { description: 'The case to change.' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'New title, 1 to 300 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New case text, 1 to 20,000 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  body?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the tags: at most 10, 1 to 40 characters each.',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be 1 to 40 characters' })
  tags?: string[] | null;

  @Field(() => CaseStatus, {
    nullable: true,
    description: 'New status; only forward moves (OPEN to RESOLVED or CLOSED, RESOLVED to CLOSED).',
  })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;
}

@InputType({ description: 'A reply to a case; the body is de-identified before it is stored.' })
export class ReplyInput {
  @Field(() => ID, { description: 'The case to reply to (not CLOSED).' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field({ description: 'Reply text, 1 to 10,000 characters.' })
  @IsString()
  @Length(1, 10_000)
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Reply to this reply of the same case (a thread); leave out for a top-level reply.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'parentReplyId must be a reply id' })
  parentReplyId?: string | null;

  @ExtraRedactionsField()
  extraRedactions?: TextSpanInput[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Your own READY attachments to post with it (see the upload route and `attachment`)',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'each attachment id must be an attachment id' })
  attachmentIds?: string[] | null;
}

export const MAX_REPLY_LENGTH = 10_000;
