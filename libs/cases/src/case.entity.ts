import type { DeidentifiedText } from '@curbside/anonymizer';
import { ChannelEntity } from '@curbside/channels';
import { ClinicianEntity } from '@curbside/clinicians';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AgeBand } from './case-details.vocabulary.js';

export enum CaseStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

export enum PatientSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  INTERSEX = 'INTERSEX',
  UNKNOWN = 'UNKNOWN',
}

/**
 * A de-identified case post. Every text column holds anonymizer output only; the raw submission is
 * never stored. `search_vector` is kept by a trigger over title, body and tags (see the migration);
 * `outcome_vector`, the words of the case's outcome (NULL while none was reported), by a trigger on
 * `case_outcome`, with partial indexes for the outcome filters (migration CaseOutcomeSearch);
 * `detail_*`, the filterable values of the case's structured details (NULL while it has none), by a
 * trigger on `case_details`, for the detail filters (migration CaseDetailFilters).
 */
@Entity('case_post')
@Index('ix_case_post_channel_created', ['channelId', 'createdAt', 'id'])
@Index('ix_case_post_created', ['createdAt', 'id'])
@Index('ix_case_post_author', ['authorId'])
@Index('ix_case_post_search', { synchronize: false })
@Index('ix_case_post_outcome_text', { synchronize: false })
@Index('ix_case_post_outcome_created', { synchronize: false })
@Index('ix_case_post_channel_outcome', { synchronize: false })
@Index('ix_case_post_awaiting_outcome', { synchronize: false })
@Index('ix_case_post_age_band_created', { synchronize: false })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_case_post_channel' })
  channel?: Relation<ChannelEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_case_post_author' })
  author?: Relation<ClinicianEntity>;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  @Column({ type: 'text' })
  title!: DeidentifiedText;

  @Column({ type: 'text' })
  body!: DeidentifiedText;

  /** Whole years as text ("67"), or "90+" for 90 and over. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  patientAge!: string | null;

  @Column({ type: 'enum', enum: PatientSex, enumName: 'patient_sex', nullable: true })
  patientSex!: PatientSex | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: DeidentifiedText[];

  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.OPEN })
  status!: CaseStatus;

  /** What the anonymizer removed: a count and the categories, never the originals. */
  @Column({ type: 'int', default: 0 })
  deidFindingCount!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deidCategories!: string[];

  @Column({ type: 'uuid', nullable: true })
  acceptedReplyId!: string | null;

  /** Set while a PHI_SUSPECTED report is open: only administrators see the case. */
  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  /** Tombstone: the text is gone, the thread stays. */
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  outcomeVector?: string;

  @Column({
    type: 'enum',
    enum: AgeBand,
    enumName: 'case_age_band',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  detailAgeBand?: AgeBand | null;

  @Column({ type: 'int', nullable: true, select: false, insert: false, update: false })
  detailTravelMinutes?: number | null;

  @Column({ type: 'text', array: true, nullable: true, select: false, insert: false, update: false })
  detailCapabilities?: string[] | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}

/** An earlier de-identified version of a case, kept when the author edits it. */
@Entity('case_revision')
@Index('ix_case_revision_case', ['caseId', 'createdAt'])
export class CaseRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_revision_case' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'text' })
  title!: DeidentifiedText;

  @Column({ type: 'text' })
  body!: DeidentifiedText;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: DeidentifiedText[];

  @Column({ type: 'uuid', nullable: true })
  editedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
