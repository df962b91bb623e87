import type { DeidentifiedText } from '@curbside/anonymizer';
import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CaseEntity, PatientSex } from './case.entity.js';
import { AgeBand } from './case-details.vocabulary.js';

export interface TimelineEntry {
  dayOffset: number;
  event: DeidentifiedText;
}

export interface Vitals {
  heartRate?: number | null;
  systolicBp?: number | null;
  diastolicBp?: number | null;
  respiratoryRate?: number | null;
  temperatureC?: number | null;
  oxygenSaturation?: number | null;
  weightKg?: number | null;
}

export interface LabResult {
  name: DeidentifiedText;
  value: number;
  unit: string;
  dayOffset: number | null;
}

export interface Medication {
  name: DeidentifiedText;
  dose: number;
  unit: string;
  frequency: DeidentifiedText | null;
}

/**
 * The structured template of a case (one row per case, written by its author). Every free-text
 * part is anonymizer output; the structured values were validated (units, ranges) before storage.
 */
@Entity('case_details')
@Index('ix_case_details_age_band', ['ageBand'])
@Index('ix_case_details_capabilities', { synchronize: false })
export class CaseDetailsEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_case_details' })
  caseId!: string;

  @OneToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_details_case' })
  case?: Relation<CaseEntity>;

  @Column({ type: 'text' })
  clinicalQuestion!: DeidentifiedText;

  @Column({ type: 'enum', enum: AgeBand, enumName: 'case_age_band', nullable: true })
  ageBand!: AgeBand | null;

  @Column({ type: 'enum', enum: PatientSex, enumName: 'patient_sex', nullable: true })
  sex!: PatientSex | null;

  @Column({ type: 'text', nullable: true })
  presentingProblem!: DeidentifiedText | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  timeline!: TimelineEntry[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  vitals!: Vitals;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  labs!: LabResult[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  medications!: Medication[];

  @Column({ type: 'text', nullable: true })
  tried!: DeidentifiedText | null;

  @Column({ type: 'int', nullable: true })
  nearestSpecialistKm!: number | null;

  @Column({ type: 'int', nullable: true })
  travelMinutes!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  transferOptions!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  localCapabilities!: string[];

  @Column({ type: 'int', default: 0 })
  deidFindingCount!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  deidCategories!: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
