import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One licence a registry row lists: number and issuing state. */
export interface RegistryLicense {
  number: string;
  state: string;
  /** When a registry source gives it (NPPES does not): compared with the expiry the clinician typed. */
  expiresOn?: string | null;
}

/**
 * A provider from the public NPPES NPI dissemination file (individuals only), as imported by
 * `npm run cli -- registry:import FILE`. Public data, used to pre-check submitted licences.
 */
@Entity('registry_provider')
export class RegistryProviderEntity {
  @PrimaryColumn({ type: 'char', length: 10 })
  npi!: string;

  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  /** Licence numbers upper-cased, with their state codes. */
  @Column({ type: 'jsonb' })
  licenses!: RegistryLicense[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  taxonomyCodes!: string[];

  @Column({ type: 'date', nullable: true })
  deactivatedOn!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;
}
