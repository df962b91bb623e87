import { Field, ObjectType } from '@nestjs/graphql';
import { OutcomeCourse } from './case-outcome.entity.js';
import type { CaseOutcomeEntity } from './case-outcome.entity.js';

@ObjectType({ description: 'What happened to the patient of a resolved case, reported by its author' })
export class CaseOutcome {
  @Field({ description: 'The final diagnosis (de-identified)' })
  finalDiagnosis!: string;

  @Field({ description: 'What was done (de-identified)' })
  actionsTaken!: string;

  @Field({ description: 'Whether the consult changed how the patient was managed' })
  changedManagement!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the outcome bore out the consultants' advice; null when the author could not say",
  })
  adviceConfirmed!: boolean | null;

  @Field(() => OutcomeCourse, { description: 'How the patient fared' })
  course!: OutcomeCourse;

  @Field(() => String, { nullable: true, description: 'Further notes (de-identified)' })
  notes!: string | null;

  @Field({ description: 'When the outcome was first reported' })
  reportedAt!: Date;

  @Field({ description: 'When it was last reported again' })
  updatedAt!: Date;
}

export function toCaseOutcome(row: CaseOutcomeEntity): CaseOutcome {
  return {
    finalDiagnosis: row.finalDiagnosis,
    actionsTaken: row.actionsTaken,
    changedManagement: row.changedManagement,
    adviceConfirmed: row.adviceConfirmed,
    course: row.course,
    notes: row.notes,
    reportedAt: row.reportedAt,
    updatedAt: row.updatedAt,
  };
}
