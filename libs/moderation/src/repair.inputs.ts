import { type PhiCategory } from '@curbside/anonymizer';
import { ExtraRedactionsField, PhiCategoryEnum, type TextSpanInput } from '@curbside/anonymizer/nest';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
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
} from 'class-validator';

export enum CaseTextField {
  TITLE = 'TITLE',
  BODY = 'BODY',
}
registerEnumType(CaseTextField, {
  name: 'CaseTextField',
  description: 'Which text of a case a moderator redacts',
  valuesMap: { TITLE: { description: 'The case title.' }, BODY: { description: 'The case body.' } },
});

const CATEGORIES = Object.values(PhiCategoryEnum);

/** The author's new version of their held case; de-identified before it is stored. */
@InputType({
  description:
    "The author's new version of their held case; de-identified before it is stored, then back with the administrators. Fields left out keep their value.",
})
export class EditHeldCaseInput {
  @Field(() => ID, { description: 'Your held case.' })
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

  @Field(() => [String], { nullable: true, description: 'New tags: at most 10, 1 to 40 characters each.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(1, 40, { each: true })
  tags?: string[] | null;

  @ExtraRedactionsField('Spans of `body` the author removes as well')
  extraRedactions?: TextSpanInput[] | null;
}

/** The author's new version of their held reply (or consult answer); de-identified before it is stored. */
@InputType({
  description:
    "The author's new version of their held reply (or consult answer); de-identified before it is stored.",
})
export class EditHeldReplyInput {
  @Field(() => ID, { description: 'Your held reply.' })
  @IsUUID('all', { message: 'replyId must be a reply id' })
  replyId!: string;

  @Field({ description: 'New reply text, 1 to 10,000 characters.' })
  @IsString()
  @Length(1, 10_000)
  body!: string;

  @ExtraRedactionsField('Spans of `body` the author removes as well')
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

@InputType({
  description:
    "A span of a case's stored title or body that an administrator replaces with its category placeholder.",
})
export class RedactCaseInput extends RedactSpanInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field(() => CaseTextField, {
    defaultValue: CaseTextField.BODY,
    description: 'TITLE or BODY (default BODY).',
  })
  @IsEnum(CaseTextField)
  field!: CaseTextField;
}

/** A reply or a consult answer (an answer is a reply in the thread). */
@InputType({
  description:
    "A span of a reply's (or consult answer's) stored text that an administrator replaces with its category placeholder.",
})
export class RedactReplyInput extends RedactSpanInput {
  @Field(() => ID, { description: 'The reply.' })
  @IsUUID('all', { message: 'replyId must be a reply id' })
  replyId!: string;
}
