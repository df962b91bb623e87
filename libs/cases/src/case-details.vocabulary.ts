/** Age bands of a structured case: coarse enough to stay out of Safe Harbor's way (90+ is one band). */
export enum AgeBand {
  NEONATE = 'NEONATE',
  INFANT = 'INFANT',
  CHILD = 'CHILD',
  ADOLESCENT = 'ADOLESCENT',
  ADULT_18_39 = 'ADULT_18_39',
  ADULT_40_64 = 'ADULT_40_64',
  ADULT_65_89 = 'ADULT_65_89',
  ADULT_90_PLUS = 'ADULT_90_PLUS',
}

/** How a patient could reach a specialist from the clinic. */
export enum TransferOption {
  GROUND_AMBULANCE = 'GROUND_AMBULANCE',
  AIR_AMBULANCE = 'AIR_AMBULANCE',
  PRIVATE_VEHICLE = 'PRIVATE_VEHICLE',
  SCHEDULED_REFERRAL = 'SCHEDULED_REFERRAL',
  NONE = 'NONE',
}

/** What the clinic can do locally. */
export enum LocalCapability {
  XRAY = 'XRAY',
  ULTRASOUND = 'ULTRASOUND',
  CT = 'CT',
  MRI = 'MRI',
  ECG = 'ECG',
  ECHOCARDIOGRAPHY = 'ECHOCARDIOGRAPHY',
  POINT_OF_CARE_LABS = 'POINT_OF_CARE_LABS',
  BASIC_LABS = 'BASIC_LABS',
  FULL_LABS = 'FULL_LABS',
  DERMOSCOPY = 'DERMOSCOPY',
  TELEHEALTH = 'TELEHEALTH',
  BLOOD_TRANSFUSION = 'BLOOD_TRANSFUSION',
}

/** Units a lab value may be given in (as written by clinicians; compared exactly). */
export const LAB_UNITS = [
  'mg/dL',
  'g/dL',
  'g/L',
  'mg/L',
  'ug/L',
  'ng/mL',
  'ng/L',
  'pg/mL',
  'mmol/L',
  'umol/L',
  'nmol/L',
  'pmol/L',
  'mEq/L',
  'U/L',
  'IU/L',
  'mIU/L',
  'uIU/mL',
  '%',
  'x10^9/L',
  'x10^12/L',
  '/uL',
  'fL',
  'pg',
  'mm/h',
  's',
  'ratio',
  'mL/min/1.73m2',
  'mmHg',
  'pH',
] as const;

/** Units a medication dose may be given in. */
export const DOSE_UNITS = [
  'mg',
  'mcg',
  'g',
  'mL',
  'units',
  'IU',
  'mg/kg',
  'mcg/kg',
  'mg/kg/day',
  'mcg/min',
  'mg/h',
  'units/h',
  'mL/h',
  'puffs',
  'drops',
  'tablets',
  'patch',
  '%',
] as const;

/** Plausible ranges of each vital sign: a value outside is a typing error, refused. */
export const VITAL_RANGES = {
  heartRate: [20, 300],
  systolicBp: [40, 300],
  diastolicBp: [20, 200],
  respiratoryRate: [4, 80],
  temperatureC: [25, 45],
  oxygenSaturation: [40, 100],
  weightKg: [0.3, 400],
} as const;

/** Day offsets in a timeline are relative to the first clinical date (day 0); ten years either way. */
export const MAX_DAY_OFFSET = 3_650;
