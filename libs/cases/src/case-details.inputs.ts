import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PatientSex } from './case.entity.js';
import { CaseOutcomeFilter } from './outcomes/case-outcome.inputs.js';
import {
  AgeBand,
  DOSE_UNITS,
  LAB_UNITS,
  LocalCapability,
  MAX_DAY_OFFSET,
  TransferOption,
  VITAL_RANGES,
} from './case-details.vocabulary.js';

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description:
    "The patient's age as a band, coarse enough not to identify anyone (everyone 90 and over shares one band).",
  valuesMap: {
    NEONATE: { description: 'First 28 days of life.' },
    INFANT: { description: 'From 28 days to 1 year.' },
    CHILD: { description: 'From 1 to 12 years.' },
    ADOLESCENT: { description: 'From 13 to 17 years.' },
    ADULT_18_39: { description: 'From 18 to 39 years.' },
    ADULT_40_64: { description: 'From 40 to 64 years.' },
    ADULT_65_89: { description: 'From 65 to 89 years.' },
    ADULT_90_PLUS: { description: '90 years and over.' },
  },
});
registerEnumType(TransferOption, {
  name: 'TransferOption',
  description: 'A way the patient could reach a specialist from the clinic.',
  valuesMap: {
    GROUND_AMBULANCE: { description: 'Ground ambulance.' },
    AIR_AMBULANCE: { description: 'Helicopter or fixed-wing air ambulance.' },
    PRIVATE_VEHICLE: { description: "The patient's own or a family vehicle." },
    SCHEDULED_REFERRAL: { description: 'A planned outpatient referral, not an urgent transfer.' },
    NONE: { description: 'No transfer is possible.' },
  },
});
registerEnumType(LocalCapability, {
  name: 'LocalCapability',
  description: 'Something the clinic can do on site.',
  valuesMap: {
    XRAY: { description: 'Plain radiography.' },
    ULTRASOUND: { description: 'Ultrasound imaging.' },
    CT: { description: 'Computed tomography.' },
    MRI: { description: 'Magnetic resonance imaging.' },
    ECG: { description: '12-lead electrocardiogram.' },
    ECHOCARDIOGRAPHY: { description: 'Echocardiography.' },
    POINT_OF_CARE_LABS: { description: 'Bedside tests (glucose, troponin, blood gas and the like).' },
    BASIC_LABS: { description: 'A basic laboratory (blood count, chemistry).' },
    FULL_LABS: { description: 'A full hospital laboratory.' },
    DERMOSCOPY: { description: 'Dermoscopy of skin lesions.' },
    TELEHEALTH: { description: 'Live video with a remote clinician.' },
    BLOOD_TRANSFUSION: { description: 'Blood products can be transfused.' },
  },
});

const between = (field: string, [min, max]: readonly [number, number]) => [
  Min(min, { message: `${field} must be at least ${min}` }),
  Max(max, { message: `${field} must be at most ${max}` }),
];

/** Applies several property decorators as one. */
function all(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

const DAY_OFFSET = all(
  IsInt({ message: 'dayOffset must be a whole number of days' }),
  ...between('dayOffset', [-MAX_DAY_OFFSET, MAX_DAY_OFFSET]),
);

@InputType({
  description: 'One dated event of the case history, dated relative to day 0 (no calendar dates).',
})
export class TimelineEntryInput {
  @Field(() => Int, { description: 'Days from the first clinical date (day 0)' })
  @DAY_OFFSET
  dayOffset!: number;

  @Field({ description: 'De-identified before it is stored' })
  @IsString()
  @Length(1, 500, { message: 'event must be 1 to 500 characters' })
  event!: string;
}

@InputType({
  description: 'Vital signs; each value must lie in a plausible range or it is refused as a typing error.',
})
export class VitalsInput {
  @Field(() => Int, { nullable: true, description: 'beats per minute' })
  @IsOptional()
  @all(
    IsInt({ message: 'heartRate must be a whole number' }),
    ...between('heartRate', VITAL_RANGES.heartRate),
  )
  heartRate?: number | null;

  @Field(() => Int, { nullable: true, description: 'mmHg' })
  @IsOptional()
  @all(
    IsInt({ message: 'systolicBp must be a whole number' }),
    ...between('systolicBp', VITAL_RANGES.systolicBp),
  )
  systolicBp?: number | null;

  @Field(() => Int, { nullable: true, description: 'mmHg' })
  @IsOptional()
  @all(
    IsInt({ message: 'diastolicBp must be a whole number' }),
    ...between('diastolicBp', VITAL_RANGES.diastolicBp),
  )
  diastolicBp?: number | null;

  @Field(() => Int, { nullable: true, description: 'breaths per minute' })
  @IsOptional()
  @all(
    IsInt({ message: 'respiratoryRate must be a whole number' }),
    ...between('respiratoryRate', VITAL_RANGES.respiratoryRate),
  )
  respiratoryRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'degrees Celsius' })
  @IsOptional()
  @all(
    IsNumber({}, { message: 'temperatureC must be a number' }),
    ...between('temperatureC', VITAL_RANGES.temperatureC),
  )
  temperatureC?: number | null;

  @Field(() => Int, { nullable: true, description: 'percent' })
  @IsOptional()
  @all(
    IsInt({ message: 'oxygenSaturation must be a whole number' }),
    ...between('oxygenSaturation', VITAL_RANGES.oxygenSaturation),
  )
  oxygenSaturation?: number | null;

  @Field(() => Float, { nullable: true, description: 'kilograms' })
  @IsOptional()
  @all(IsNumber({}, { message: 'weightKg must be a number' }), ...between('weightKg', VITAL_RANGES.weightKg))
  weightKg?: number | null;
}

@InputType({ description: 'One laboratory result.' })
export class LabResultInput {
  @Field({ description: 'The test (troponin, HbA1c); de-identified before it is stored' })
  @IsString()
  @Length(1, 80, { message: 'a lab name must be 1 to 80 characters' })
  name!: string;

  @Field(() => Float, { description: 'The measured value, from -1,000 to 10,000,000, in `unit`.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'a lab value must be a number' })
  @all(...between('a lab value', [-1_000, 10_000_000]))
  value!: number;

  @Field({ description: `One of: ${LAB_UNITS.join(', ')}` })
  @IsIn(LAB_UNITS, { message: 'a lab unit must be one of the supported units' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'Day of the result relative to day 0, -3,650 to 3,650.' })
  @IsOptional()
  @DAY_OFFSET
  dayOffset?: number | null;
}

@InputType({ description: 'One medication the patient takes or took.' })
export class MedicationInput {
  @Field({ description: 'De-identified before it is stored' })
  @IsString()
  @Length(1, 80, { message: 'a medication name must be 1 to 80 characters' })
  name!: string;

  @Field(() => Float, { description: 'Dose per administration, from 0.0001 to 100,000, in `unit`.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'a dose must be a number' })
  @all(...between('a dose', [0.0001, 100_000]))
  dose!: number;

  @Field({ description: `One of: ${DOSE_UNITS.join(', ')}` })
  @IsIn(DOSE_UNITS, { message: 'a dose unit must be one of the supported units' })
  unit!: string;

  @Field(() => String, { nullable: true, description: 'twice daily, as needed...; de-identified' })
  @IsOptional()
  @IsString()
  @Length(1, 80, { message: 'a frequency must be 1 to 80 characters' })
  frequency?: string | null;
}

/** The structured template of a case; saving replaces the whole of it. */
@InputType({
  description:
    'The structured template of a case you wrote; saving replaces the whole of it. Free text is de-identified; numbers must lie in plausible ranges.',
})
export class SaveCaseDetailsInput {
  @Field(() => ID, { description: 'The case (yours) the details belong to.' })
  @IsUUID('all', { message: 'caseId must be a case id' })
  caseId!: string;

  @Field({ description: 'What you want the specialist to answer; de-identified' })
  @IsString()
  @Length(1, 1_000, { message: 'clinicalQuestion must be 1 to 1000 characters' })
  clinicalQuestion!: string;

  @Field(() => AgeBand, { nullable: true, description: "The patient's age band." })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => PatientSex, { nullable: true, description: "The patient's sex." })
  @IsOptional()
  @IsEnum(PatientSex)
  sex?: PatientSex | null;

  @Field(() => String, { nullable: true, description: 'De-identified' })
  @IsOptional()
  @IsString()
  @Length(1, 4_000, { message: 'presentingProblem must be 1 to 4000 characters' })
  presentingProblem?: string | null;

  @Field(() => [TimelineEntryInput], {
    nullable: true,
    description: 'Dated events of the history, at most 50.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'timeline may hold at most 50 entries' })
  @ValidateNested({ each: true })
  @Type(() => TimelineEntryInput)
  timeline?: TimelineEntryInput[] | null;

  @Field(() => VitalsInput, { nullable: true, description: 'The latest vital signs.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VitalsInput)
  vitals?: VitalsInput | null;

  @Field(() => [LabResultInput], { nullable: true, description: 'Laboratory results, at most 100.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'labs may hold at most 100 results' })
  @ValidateNested({ each: true })
  @Type(() => LabResultInput)
  labs?: LabResultInput[] | null;

  @Field(() => [MedicationInput], { nullable: true, description: 'Medications, at most 50.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'medications may hold at most 50 entries' })
  @ValidateNested({ each: true })
  @Type(() => MedicationInput)
  medications?: MedicationInput[] | null;

  @Field(() => String, { nullable: true, description: 'What has been tried; de-identified' })
  @IsOptional()
  @IsString()
  @Length(1, 4_000, { message: 'tried must be 1 to 4000 characters' })
  tried?: string | null;

  @Field(() => Int, { nullable: true, description: 'Distance to the nearest specialist, km' })
  @IsOptional()
  @all(
    IsInt({ message: 'nearestSpecialistKm must be a whole number' }),
    ...between('nearestSpecialistKm', [0, 5_000]),
  )
  nearestSpecialistKm?: number | null;

  @Field(() => Int, { nullable: true, description: 'Travel time to the nearest specialist, minutes' })
  @IsOptional()
  @all(
    IsInt({ message: 'travelMinutes must be a whole number' }),
    ...between('travelMinutes', [0, 7 * 24 * 60]),
  )
  travelMinutes?: number | null;

  @Field(() => [TransferOption], {
    nullable: true,
    description: 'How the patient could reach a specialist, at most 8.',
  })
  @IsOptional()
  @IsEnum(TransferOption, { each: true })
  transferOptions?: TransferOption[] | null;

  @Field(() => [LocalCapability], {
    nullable: true,
    description: 'What the clinic can do on site, at most 12.',
  })
  @IsOptional()
  @IsEnum(LocalCapability, { each: true })
  localCapabilities?: LocalCapability[] | null;
}

/** What the feed and search may filter on: any of the age bands, all of the local capabilities. */
@InputType({
  description:
    'Filters the feed and search by structured details: any of the age bands, all of the local capabilities, a minimum travel time. Cases without details never match a filter.',
})
export class CaseDetailsFilter {
  @Field(() => [AgeBand], { nullable: true, description: 'Cases in any of these age bands.' })
  @IsOptional()
  @IsEnum(AgeBand, { each: true })
  @ArrayMaxSize(8)
  ageBands?: AgeBand[] | null;

  @Field(() => [LocalCapability], { nullable: true, description: 'Cases whose clinic has all of these' })
  @IsOptional()
  @IsEnum(LocalCapability, { each: true })
  @ArrayMaxSize(12)
  localCapabilities?: LocalCapability[] | null;

  @Field(() => Int, { nullable: true, description: 'Cases at least this many minutes from a specialist' })
  @IsOptional()
  @IsInt()
  @Min(0)
  minTravelMinutes?: number | null;

  @Field(() => CaseOutcomeFilter, {
    nullable: true,
    description: 'Cases whose reported outcome matches this',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseOutcomeFilter)
  outcome?: CaseOutcomeFilter | null;
}
