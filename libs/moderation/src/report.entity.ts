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

@Entity('report')
@Index('ix_report_status_created', ['status', 'createdAt', 'id'])
@Index('ix_report_case', ['caseId'])
@Index('ix_report_reply', ['replyId'])
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
}
