import { TextSpanInput } from '@curbside/anonymizer/nest';
import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';

/** Spans of one free-text field its author marks for removal, as the preview showed them. */
function MarkedSpans(field: string): PropertyDecorator {
  const decorators = [
    Field(() => [TextSpanInput], {
      nullable: true,
      description: `Spans of \`${field}\` (as trimmed) its author marks for removal as well, as in the preview (applied on the server, never stored raw)`,
    }),
    IsOptional(),
    ArrayMaxSize(200),
    ValidateNested({ each: true }),
    Type(() => TextSpanInput),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
}
import { OutcomeCourse } from './case-outcome.entity.js';

registerEnumType(OutcomeCourse, {
  name: 'OutcomeCourse',
  description: 'How the patient fared after a resolved case, as its author reports it',
  valuesMap: {
    RECOVERED: { description: 'Recovered fully' },
    IMPROVED: { description: 'Better, not fully recovered' },
    UNCHANGED: { description: 'No change' },
    WORSENED: { description: 'Worse' },
    DIED: { description: 'The patient died' },
    TRANSFERRED: { description: 'Transferred to another service; the course after that is unknown' },
    UNKNOWN: { description: 'The author does not know' },
  },
});

@InputType({
  description: 'The outcome of a resolved case, reported by its author (replaces an earlier one)',
})
export class ReportCaseOutcomeInput {
  @Field(() => ID, { description: 'The resolved case' })
  @IsUUID('all', { message: 'caseId must be an id' })
  caseId!: string;

  @Field({ description: 'The final diagnosis (1 to 500 characters; de-identified before it is stored)' })
  @IsString()
  @Length(1, 500, { message: 'finalDiagnosis must be 1 to 500 characters' })
  finalDiagnosis!: string;

  @Field({ description: 'What was done (1 to 2000 characters; de-identified)' })
  @IsString()
  @Length(1, 2000, { message: 'actionsTaken must be 1 to 2000 characters' })
  actionsTaken!: string;

  @Field({ description: 'Whether the consult changed how the patient was managed' })
  @IsBoolean()
  changedManagement!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the outcome bore out the consultants' advice (leave out when unsure)",
  })
  @IsOptional()
  @IsBoolean()
  adviceConfirmed?: boolean | null;

  @Field(() => OutcomeCourse, { description: 'How the patient fared' })
  @IsEnum(OutcomeCourse, { message: 'course must be one of the listed values' })
  course!: OutcomeCourse;

  @Field(() => String, {
    nullable: true,
    description: 'Anything else worth knowing (up to 4000 characters; de-identified)',
  })
  @IsOptional()
  @IsString()
  @Length(0, 4000, { message: 'notes must be at most 4000 characters' })
  notes?: string | null;

  @MarkedSpans('finalDiagnosis')
  finalDiagnosisRedactions?: TextSpanInput[] | null;

  @MarkedSpans('actionsTaken')
  actionsTakenRedactions?: TextSpanInput[] | null;

  @MarkedSpans('notes')
  notesRedactions?: TextSpanInput[] | null;
}

@InputType({ description: 'Cases whose reported outcome matches all of these' })
export class CaseOutcomeFilter {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only cases with a reported outcome; false: only resolved cases still without one',
  })
  @IsOptional()
  @IsBoolean()
  reported?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Cases whose consult did (or did not) change management',
  })
  @IsOptional()
  @IsBoolean()
  changedManagement?: boolean | null;

  @Field(() => [OutcomeCourse], { nullable: true, description: 'Cases with one of these courses' })
  @IsOptional()
  @IsEnum(OutcomeCourse, { each: true, message: 'course must be one of the listed values' })
  @ArrayMaxSize(7)
  courses?: OutcomeCourse[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words to find in the outcome (final diagnosis, what was done, notes); 1 to 200 characters',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'text must be 1 to 200 characters' })
  text?: string | null;
}
