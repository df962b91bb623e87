import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** PENDING: claimed, the write may be under way (or was cut short); DONE: the first answer is kept. */
export type IdempotencyState = 'PENDING' | 'DONE';

/**
 * One idempotency key of one caller. The row is claimed before the write, in its own transaction,
 * and completed after it: a crash in between leaves it PENDING, and a retry is refused rather than
 * written twice.
 */
@Entity('idempotency_key')
@Index('ix_idempotency_key_expires_at', ['expiresAt'])
export class IdempotencyKeyEntity {
  /** `clinician:<id>` for a signed-in caller, `address:<ip>` otherwise. */
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'pk_idempotency_key' })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'pk_idempotency_key' })
  key!: string;

  /** The mutation's field name, e.g. `createCase`. */
  @Column({ type: 'varchar', length: 64 })
  operation!: string;

  /** HMAC of the operation and its arguments: the same key with another body is refused. */
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 16 })
  state!: IdempotencyState;

  /** The first answer, encrypted (it may hold tokens); null while PENDING. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
