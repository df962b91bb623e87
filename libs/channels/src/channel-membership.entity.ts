import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { ChannelEntity } from './channel.entity.js';

@Entity('channel_membership')
@Index('ix_channel_membership_clinician', ['clinicianId'])
export class ChannelMembershipEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_channel_membership' })
  channelId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_channel_membership' })
  clinicianId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'fk_channel_membership_channel' })
  channel?: Relation<ChannelEntity>;

  @ManyToOne('ClinicianEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_channel_membership_clinician' })
  clinician?: unknown;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt!: Date;
}
