import type { DeidentifiedText } from '@curbside/anonymizer';
import { ClinicianEntity } from '@curbside/clinicians';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ConsultEntity } from './consult.entity.js';

/**
 * A message of a consult's private dialogue between its requester and its specialist. The body is
 * anonymizer output only; what was removed is kept as a count and categories, never the originals.
 */
@Entity('consult_message')
@Index('ix_consult_message_consult_created', ['consultId', 'createdAt', 'id'])
export class ConsultMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  consultId!: string;

  @ManyToOne(() => ConsultEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consult_id', foreignKeyConstraintName: 'fk_consult_message_consult' })
  consult?: Relation<ConsultEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_consult_message_author' })
  author?: Relation<ClinicianEntity>;

  @Column({ type: 'text' })
  body!: DeidentifiedText;

  /** The specialist asks the requester for more information (or images). */
  @Column({ type: 'boolean', default: false })
  requestsInformation!: boolean;

  @Column({ type: 'int', default: 0 })
  deidFindingCount!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deidCategories!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
