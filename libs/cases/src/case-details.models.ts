import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PatientSex } from './case.entity.js';
import type { CaseDetailsEntity } from './case-details.entity.js';
import { AgeBand, LocalCapability, TransferOption } from './case-details.vocabulary.js';

@ObjectType()
export class TimelineEntry {
  @Field(() => Int)
  dayOffset!: number;

  @Field({ description: 'De-identified' })
  event!: string;
}

@ObjectType()
export class Vitals {
  @Field(() => Int, { nullable: true })
  heartRate!: number | null;

  @Field(() => Int, { nullable: true })
  systolicBp!: number | null;

  @Field(() => Int, { nullable: true })
  diastolicBp!: number | null;

  @Field(() => Int, { nullable: true })
  respiratoryRate!: number | null;

  @Field(() => Float, { nullable: true })
  temperatureC!: number | null;

  @Field(() => Int, { nullable: true })
  oxygenSaturation!: number | null;

  @Field(() => Float, { nullable: true })
  weightKg!: number | null;
}

@ObjectType()
export class LabResult {
  @Field({ description: 'De-identified' })
  name!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  unit!: string;

  @Field(() => Int, { nullable: true })
  dayOffset!: number | null;
}

@ObjectType()
export class Medication {
  @Field({ description: 'De-identified' })
  name!: string;

  @Field(() => Float)
  dose!: number;

  @Field()
  unit!: string;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  frequency!: string | null;
}

/** The structured template of a case. Free text is de-identified; values were validated. */
@ObjectType()
export class CaseDetails {
  @Field({ description: 'De-identified' })
  clinicalQuestion!: string;

  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;

  @Field(() => PatientSex, { nullable: true })
  sex!: PatientSex | null;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  presentingProblem!: string | null;

  @Field(() => [TimelineEntry])
  timeline!: TimelineEntry[];

  @Field(() => Vitals)
  vitals!: Vitals;

  @Field(() => [LabResult])
  labs!: LabResult[];

  @Field(() => [Medication])
  medications!: Medication[];

  @Field(() => String, { nullable: true, description: 'What has been tried; de-identified' })
  tried!: string | null;

  @Field(() => Int, { nullable: true })
  nearestSpecialistKm!: number | null;

  @Field(() => Int, { nullable: true })
  travelMinutes!: number | null;

  @Field(() => [TransferOption])
  transferOptions!: TransferOption[];

  @Field(() => [LocalCapability])
  localCapabilities!: LocalCapability[];

  @Field()
  updatedAt!: Date;
}

export function toCaseDetails(row: CaseDetailsEntity): CaseDetails {
  const v = row.vitals;
  return {
    clinicalQuestion: row.clinicalQuestion,
    ageBand: row.ageBand,
    sex: row.sex,
    presentingProblem: row.presentingProblem,
    timeline: row.timeline.map((e) => ({ dayOffset: e.dayOffset, event: e.event })),
    vitals: {
      heartRate: v.heartRate ?? null,
      systolicBp: v.systolicBp ?? null,
      diastolicBp: v.diastolicBp ?? null,
      respiratoryRate: v.respiratoryRate ?? null,
      temperatureC: v.temperatureC ?? null,
      oxygenSaturation: v.oxygenSaturation ?? null,
      weightKg: v.weightKg ?? null,
    },
    labs: row.labs.map((l) => ({ name: l.name, value: l.value, unit: l.unit, dayOffset: l.dayOffset })),
    medications: row.medications.map((m) => ({
      name: m.name,
      dose: m.dose,
      unit: m.unit,
      frequency: m.frequency,
    })),
    tried: row.tried,
    nearestSpecialistKm: row.nearestSpecialistKm,
    travelMinutes: row.travelMinutes,
    transferOptions: row.transferOptions as TransferOption[],
    localCapabilities: row.localCapabilities as LocalCapability[],
    updatedAt: row.updatedAt,
  };
}
