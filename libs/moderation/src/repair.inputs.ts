import { type PhiCategory } from '@curbside/anonymizer';
import { PhiCategoryEnum, TextSpanInput } from '@curbside/anonymizer/nest';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export enum CaseTextField {
  TITLE = 'TITLE',
  BODY = 'BODY',
}
registerEnumType(CaseTextField, {
  name: 'CaseTextField',
  description: 'Which text of a case a moderator redacts',
});

const CATEGORIES = Object.values(PhiCategoryEnum);

/** The author's new version of their held case; de-identified before it is stored. */
@InputType()
export class EditHeldCaseInput {
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
  @Length(1, 40, { each: true })
  tags?: string[] | null;

  @Field(() => [TextSpanInput], { nullable: true, description: 'Spans of `body` the author removes as well' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TextSpanInput)
  extraRedactions?: TextSpanInput[] | null;
}

/** The author's new version of their held reply (or consult answer); de-identified before it is stored. */
@InputType()
export class EditHeldReplyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'replyId must be a reply id' })
  replyId!: string;

  @Field()
  @IsString()
  @Length(1, 10_000)
  body!: string;

  @Field(() => [TextSpanInput], { nullable: true, description: 'Spans of `body` the author removes as well' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TextSpanInput)
  extraRedactions?: TextSpanInput[] | null;
}

/** A span of stored text an administrator replaces with its category's placeholder. */
@InputType({ isAbstract: true })
abstract class RedactSpanInput {
  @Field(() => Int, { description: 'UTF-16 offset into the stored (de-identified) text' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  start!: number;

  @Field(() => Int, { description: 'Exclusive; the span is widened to whole words' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  end!: number;

  @Field(() => PhiCategoryEnum, { description: 'The placeholder the span becomes, e.g. NAME -> [NAME]' })
  @IsIn(CATEGORIES)
  category!: PhiCategory;
}

@InputType()
export class RedactCaseInput extends RedactSpanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => CaseTextField, { defaultValue: CaseTextField.BODY })
  @IsEnum(CaseTextField)
  field!: CaseTextField;
}

/** A reply or a consult answer (an answer is a reply in the thread). */
@InputType()
export class RedactReplyInput extends RedactSpanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'replyId must be a reply id' })
  replyId!: string;
}
