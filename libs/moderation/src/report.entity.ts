import type { DeidentifiedText } from '@curbside/anonymizer';
import { CaseEntity, ReplyEntity } from '@curbside/cases';
import { ClinicianEntity } from '@curbside/clinicians';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

export enum ReportReason {
  PHI_SUSPECTED = 'PHI_SUSPECTED',
  UNPROFESSIONAL = 'UNPROFESSIONAL',
  MISINFORMATION = 'MISINFORMATION',
  SPAM = 'SPAM',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  ACTIONED = 'ACTIONED',
}

/** Where an open report stands between the administrators and the content's author. */
export enum ReportStage {
  /** Waiting for an administrator. */
  AWAITING_REVIEW = 'AWAITING_REVIEW',
  /** An administrator sent the content back to its author with a note; it stays hidden. */
  RETURNED_TO_AUTHOR = 'RETURNED_TO_AUTHOR',
  /** The author edited the held content: back with the administrators, with the change. */
  EDITED_BY_AUTHOR = 'EDITED_BY_AUTHOR',
  /** An administrator redacted part of the content since the report. */
  REDACTED = 'REDACTED',
}

/** How a report ended, as the reporter and the author are told. */
export enum ReportOutcome {
  /** Left as it was: nothing to remove (the report counts against an unreliable reporter). */
  DISMISSED = 'DISMISSED',
  /** Shown again, after the author's edit or an administrator's redaction. */
  RESTORED = 'RESTORED',
  /** Removed: a tombstone keeps the thread's shape. */
  DELETED = 'DELETED',
}

@Entity('report')
@Index('ix_report_status_created', ['status', 'createdAt', 'id'])
@Index('ix_report_case', ['caseId'])
@Index('ix_report_reply', ['replyId'])
@Index('ix_report_reporter_created', ['reporterId', 'createdAt'])
@Index('ix_report_content_author', ['contentAuthorId', 'createdAt'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'fk_report_reporter' })
  reporter?: Relation<ClinicianEntity>;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_report_case' })
  case?: Relation<CaseEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  replyId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'fk_report_reply' })
  reply?: Relation<ReplyEntity> | null;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason!: ReportReason;

  @Column({ type: 'text', nullable: true })
  note!: DeidentifiedText | null;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status!: ReportStatus;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  /** Who wrote the reported content (kept so the author's held content and history are one index away). */
  @Column({ type: 'uuid', nullable: true })
  contentAuthorId!: string | null;

  /** Whether this report hid the content (a reporter whose reports keep being dismissed only queues). */
  @Column({ type: 'boolean', default: false })
  hidContent!: boolean;

  @Column({ type: 'enum', enum: ReportStage, enumName: 'report_stage', default: ReportStage.AWAITING_REVIEW })
  stage!: ReportStage;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  stageChangedAt!: Date | null;

  /** An administrator's note to the author when the content is returned to them; de-identified. */
  @Column({ type: 'text', nullable: true })
  returnNote!: DeidentifiedText | null;

  @Column({ type: 'enum', enum: ReportOutcome, enumName: 'report_outcome', nullable: true })
  outcome!: ReportOutcome | null;
}
