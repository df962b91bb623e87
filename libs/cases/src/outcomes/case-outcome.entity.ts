import type { DeidentifiedText } from '@curbside/anonymizer';
import { ClinicianEntity } from '@curbside/clinicians';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { CaseEntity } from '../case.entity.js';

/** How the patient fared, as the author reports it at follow-up. */
export enum OutcomeCourse {
  RECOVERED = 'RECOVERED',
  IMPROVED = 'IMPROVED',
  UNCHANGED = 'UNCHANGED',
  WORSENED = 'WORSENED',
  DIED = 'DIED',
  TRANSFERRED = 'TRANSFERRED',
  UNKNOWN = 'UNKNOWN',
}

/**
 * The outcome of a resolved case (one row per case, written by its author, replaced when reported
 * again). Every free-text column is anonymizer output; the structured values were validated first.
 * Its words are copied to `case_post.outcome_vector` by a trigger, where the outcome filter reads them.
 */
@Entity('case_outcome')
@Index('ix_case_outcome_reported_at', ['reportedAt'])
export class CaseOutcomeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_case_outcome' })
  caseId!: string;

  @OneToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_outcome_case' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'uuid' })
  reportedBy!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reported_by', foreignKeyConstraintName: 'fk_case_outcome_reported_by' })
  reporter?: Relation<ClinicianEntity>;

  @Column({ type: 'text' })
  finalDiagnosis!: DeidentifiedText;

  @Column({ type: 'text' })
  actionsTaken!: DeidentifiedText;

  @Column({ type: 'boolean' })
  changedManagement!: boolean;

  /** Whether the outcome bore out the consultants' advice; null when the author cannot say. */
  @Column({ type: 'boolean', nullable: true })
  adviceConfirmed!: boolean | null;

  @Column({ type: 'enum', enum: OutcomeCourse, enumName: 'outcome_course' })
  course!: OutcomeCourse;

  @Column({ type: 'text', nullable: true })
  notes!: DeidentifiedText | null;

  @Column({ type: 'int', default: 0 })
  deidFindingCount!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deidCategories!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  reportedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}

/**
 * One follow-up of a resolved case (its author asked for the outcome `days` after resolution). The
 * key makes the follow-up job idempotent: two runs of one job insert one row, and ask once.
 */
@Entity('case_outcome_request')
export class CaseOutcomeRequestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_case_outcome_request' })
  caseId!: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'pk_case_outcome_request' })
  days!: number;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_outcome_request_case' })
  case?: Relation<CaseEntity>;

  /** False when no question was needed (an outcome was already reported, or the case was closed). */
  @Column({ type: 'boolean' })
  asked!: boolean;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  runAt!: Date;
}
