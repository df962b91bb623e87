import type { DeidentifiedText } from '@curbside/anonymizer';
import { SpecialtyEntity } from '@curbside/clinicians';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';

@Entity('channel')
@Unique('uq_channel_slug', ['slug'])
export class ChannelEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: DeidentifiedText | null;

  @Column({ type: 'uuid', nullable: true })
  specialtyId!: string | null;

  @ManyToOne(() => SpecialtyEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'specialty_id', foreignKeyConstraintName: 'fk_channel_specialty' })
  specialty?: Relation<SpecialtyEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
