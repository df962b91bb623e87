import { CaseEntity } from '@curbside/cases';
import { ClinicianEntity, SpecialtyEntity } from '@curbside/clinicians';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

export enum ConsultUrgency {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
}

export enum ConsultStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}

/**
 * Who an URGENT consult pages while nobody has claimed it: the named specialist, the specialty's
 * specialists on call now, the whole specialty, then the administrators (see ConsultPagingService).
 */
export enum ConsultPagingLevel {
  NAMED = 'NAMED',
  ON_CALL = 'ON_CALL',
  SPECIALTY = 'SPECIALTY',
  ADMINS = 'ADMINS',
}

/** A consult request on a case, to a specialty or to one named specialist of it. */
@Entity('consult')
@Index('ix_consult_queue', ['status', 'specialtyId', 'urgency', 'createdAt'])
@Index('ix_consult_case', ['caseId'])
@Index('ix_consult_due', ['status', 'dueAt'])
@Index('ix_consult_consultant', ['consultantId'])
@Index('ix_consult_answer_due', ['status', 'answerDueAt'])
@Index('ix_consult_requester', ['requestedBy', 'createdAt'])
@Index('ix_consult_answered', ['answeredAt'])
export class ConsultEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_consult_case' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'uuid' })
  specialtyId!: string;

  @ManyToOne(() => SpecialtyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialty_id', foreignKeyConstraintName: 'fk_consult_specialty' })
  specialty?: Relation<SpecialtyEntity>;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'fk_consult_requested_by' })
  requester?: Relation<ClinicianEntity>;

  /** The named specialist asked, or whoever claimed it. */
  @Column({ type: 'uuid', nullable: true })
  consultantId!: string | null;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'consultant_id', foreignKeyConstraintName: 'fk_consult_consultant' })
  consultant?: Relation<ClinicianEntity> | null;

  /** True while the consult is reserved for the named specialist (until it escalates). */
  @Column({ type: 'boolean', default: false })
  named!: boolean;

  @Column({
    type: 'enum',
    enum: ConsultUrgency,
    enumName: 'consult_urgency',
    default: ConsultUrgency.ROUTINE,
  })
  urgency!: ConsultUrgency;

  @Column({ type: 'enum', enum: ConsultStatus, enumName: 'consult_status', default: ConsultStatus.OPEN })
  status!: ConsultStatus;

  @Column({ type: 'timestamptz', precision: 3 })
  dueAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  answerReplyId!: string | null;

  @Column({ type: 'boolean', nullable: true })
  helpful!: boolean | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /** Set at claim: unanswered by then, the consult returns to the queue (see ConsultReturnService). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answerDueAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** Minutes the consultant says the answer took (their credit log); null when not given. */
  @Column({ type: 'int', nullable: true })
  answerMinutes!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** URGENT only: who is paged now (null for a ROUTINE consult). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  pagingLevel!: ConsultPagingLevel | null;

  /** When paging last widened (null until it does). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pagingWidenedAt!: Date | null;
}
