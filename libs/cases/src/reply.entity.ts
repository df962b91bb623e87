import type { DeidentifiedText } from '@curbside/anonymizer';
import { ClinicianEntity } from '@curbside/clinicians';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseEntity } from './case.entity.js';

/** A reply in a case thread (`parentId` for a reply to a reply). */
@Entity('reply')
@Index('ix_reply_case_created', ['caseId', 'createdAt', 'id'])
@Index('ix_reply_author', ['authorId'])
export class ReplyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_reply_case' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => ReplyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_reply_parent' })
  parent?: Relation<ReplyEntity> | null;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_reply_author' })
  author?: Relation<ClinicianEntity>;

  @Column({ type: 'text' })
  body!: DeidentifiedText;

  @Column({ type: 'boolean', default: false })
  isConsultAnswer!: boolean;

  @Column({ type: 'int', default: 0 })
  deidFindingCount!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deidCategories!: string[];

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
