import { TextSpanInput } from '@curbside/anonymizer/nest';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import { CaseStatus, PatientSex } from './case.entity.js';

@InputType()
export class CreateCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'channelId must be a channel id' })
  channelId!: string;

  @Field()
  @IsString()
  @Length(1, 300)
  title!: string;

  @Field()
  @IsString()
  @Length(1, 20_000)
  body!: string;

  @Field(() => Int, { nullable: true, description: 'Years; 90 and over is stored as "90+"' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(150)
  patientAge?: number | null;

  @Field(() => PatientSex, { nullable: true })
  @IsOptional()
  @IsEnum(PatientSex)
  patientSex?: PatientSex | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be 1 to 40 characters' })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean | null;

  @Field(() => [TextSpanInput], {
    nullable: true,
    description:
      'Spans of `body` its author marks for removal as well (applied on the server, never stored raw)',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TextSpanInput)
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

@InputType()
export class UpdateCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  body?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each tag must be 1 to 40 characters' })
  tags?: string[] | null;

  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;
}

@InputType()
export class ReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field()
  @IsString()
  @Length(1, 10_000)
  body!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'parentReplyId must be a reply id' })
  parentReplyId?: string | null;

  @Field(() => [TextSpanInput], {
    nullable: true,
    description:
      'Spans of `body` its author marks for removal as well (applied on the server, never stored raw)',
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TextSpanInput)
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
