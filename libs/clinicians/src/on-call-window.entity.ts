import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ClinicianEntity } from './clinician.entity.js';

/** A time a clinician said they are on call for consults; set by the clinician themself. */
@Entity('on_call_window')
@Index('ix_on_call_window_clinician_ends', ['clinicianId', 'endsAt'])
@Check('ck_on_call_window_order', '"ends_at" > "starts_at"')
export class OnCallWindowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clinicianId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_on_call_window_clinician' })
  clinician?: Relation<ClinicianEntity>;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
