import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Validate,
  ValidateIf,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { ReportReason } from './report.entity.js';

export const MAX_REPORT_NOTE_LENGTH = 2_000;

/** A report names exactly one piece of content: a case or a reply. */
@ValidatorConstraint({ name: 'exactlyOneTarget' })
class ExactlyOneTarget implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    const input = args.object as Partial<ReportInput>;
    return (input.caseId != null) !== (input.replyId != null);
  }

  defaultMessage(): string {
    return 'give exactly one of caseId and replyId';
  }
}

@InputType({ description: 'A report of one case or one reply: give exactly one of caseId and replyId.' })
export class ReportInput {
  // Checked when given, and when neither target is given (so that the rule reports the omission).
  @Field(() => ID, { nullable: true, description: 'The case to report.' })
  @ValidateIf((o: ReportInput) => o.caseId != null || o.replyId == null)
  @Validate(ExactlyOneTarget)
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The reply (or consult answer) to report.' })
  @ValidateIf((o: ReportInput) => o.replyId != null)
  @Validate(ExactlyOneTarget)
  @IsUUID('all', { message: 'replyId must be a reply id' })
  replyId?: string | null;

  @Field(() => ReportReason, { description: 'Why.' })
  @IsEnum(ReportReason)
  reason!: ReportReason;

  @Field(() => String, { nullable: true, description: 'De-identified before it is stored' })
  @IsOptional()
  @IsString()
  @Length(1, MAX_REPORT_NOTE_LENGTH)
  note?: string | null;
}
