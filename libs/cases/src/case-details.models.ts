import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PatientSex } from './case.entity.js';
import type { CaseDetailsEntity } from './case-details.entity.js';
import {
  AgeBand,
  DOSE_UNITS,
  LAB_UNITS,
  LocalCapability,
  TransferOption,
} from './case-details.vocabulary.js';

@ObjectType({ description: 'One dated event of the case history.' })
export class TimelineEntry {
  @Field(() => Int, { description: 'Days from day 0 (the first clinical date); negative before it.' })
  dayOffset!: number;

  @Field({ description: 'De-identified' })
  event!: string;
}

@ObjectType({ description: 'Vital signs; each one is null when not given.' })
export class Vitals {
  @Field(() => Int, { nullable: true, description: 'Heart rate, beats per minute.' })
  heartRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Systolic blood pressure, mmHg.' })
  systolicBp!: number | null;

  @Field(() => Int, { nullable: true, description: 'Diastolic blood pressure, mmHg.' })
  diastolicBp!: number | null;

  @Field(() => Int, { nullable: true, description: 'Breaths per minute.' })
  respiratoryRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Body temperature, degrees Celsius.' })
  temperatureC!: number | null;

  @Field(() => Int, { nullable: true, description: 'Peripheral oxygen saturation, percent.' })
  oxygenSaturation!: number | null;

  @Field(() => Float, { nullable: true, description: 'Body weight, kilograms.' })
  weightKg!: number | null;
}

@ObjectType({ description: 'One laboratory result.' })
export class LabResult {
  @Field({ description: 'De-identified' })
  name!: string;

  @Field(() => Float, { description: 'The measured value, in `unit`.' })
  value!: number;

  @Field({ description: 'The unit of `value` (from a fixed list, e.g. mg/dL).' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'Day of the result relative to day 0, if given.' })
  dayOffset!: number | null;
}

@ObjectType({ description: 'One medication the patient takes or took.' })
export class Medication {
  @Field({ description: 'De-identified' })
  name!: string;

  @Field(() => Float, { description: 'Dose per administration, in `unit`.' })
  dose!: number;

  @Field({ description: 'The unit of `dose` (from a fixed list, e.g. mg).' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  frequency!: string | null;
}

/** The units the template accepts: the one list, read by the web app's unit choices. */
@ObjectType({
  description:
    "The units the structured template accepts, each compared exactly as written: the only values `SaveCaseDetailsInput` takes for a lab's or a medication's unit.",
})
export class CaseDetailUnits {
  @Field(() => [String], {
    description: 'Units a lab value may be given in (LabResultInput.unit), in display order.',
  })
  lab!: string[];

  @Field(() => [String], {
    description: 'Units a medication dose may be given in (MedicationInput.unit), in display order.',
  })
  dose!: string[];
}

/** The accepted units, as the API returns them. */
export function caseDetailUnits(): CaseDetailUnits {
  return { lab: [...LAB_UNITS], dose: [...DOSE_UNITS] };
}

/** The structured template of a case. Free text is de-identified; values were validated. */
@ObjectType({
  description:
    "The structured template of a case: question, history, vitals, labs, medications and the clinic's situation. Free text is de-identified; values were range-checked. Visible to whoever may read the case.",
})
export class CaseDetails {
  @Field({ description: 'De-identified' })
  clinicalQuestion!: string;

  @Field(() => AgeBand, { nullable: true, description: "The patient's age band." })
  ageBand!: AgeBand | null;

  @Field(() => PatientSex, { nullable: true, description: "The patient's sex." })
  sex!: PatientSex | null;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  presentingProblem!: string | null;

  @Field(() => [TimelineEntry], { description: 'Dated events of the history, in the order they were saved.' })
  timeline!: TimelineEntry[];

  @Field(() => Vitals, { description: 'The latest vital signs.' })
  vitals!: Vitals;

  @Field(() => [LabResult], { description: 'Laboratory results.' })
  labs!: LabResult[];

  @Field(() => [Medication], { description: 'Medications.' })
  medications!: Medication[];

  @Field(() => String, { nullable: true, description: 'What has been tried; de-identified' })
  tried!: string | null;

  @Field(() => Int, { nullable: true, description: 'Distance to the nearest specialist, kilometres.' })
  nearestSpecialistKm!: number | null;

  @Field(() => Int, { nullable: true, description: 'Travel time to the nearest specialist, minutes.' })
  travelMinutes!: number | null;

  @Field(() => [TransferOption], { description: 'How the patient could reach a specialist.' })
  transferOptions!: TransferOption[];

  @Field(() => [LocalCapability], { description: 'What the clinic can do on site.' })
  localCapabilities!: LocalCapability[];

  @Field({ description: 'When the details were last saved (ISO 8601, UTC).' })
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
