import type {
  AgeBand,
  ComposerChannelsQuery,
  LocalCapability,
  SaveCaseDetailsInput,
  TransferOption,
} from '../../gql/graphql';

/** One laboratory result as typed (numbers kept as text until they are checked). */
export interface LabDraft {
  name: string;
  value: string;
  unit: string;
  dayOffset: string;
}

/** One medication as typed. */
export interface MedicationDraft {
  name: string;
  dose: string;
  unit: string;
  frequency: string;
}

/** One dated event of the history, dated in days from day 0. */
export interface TimelineDraft {
  dayOffset: string;
  event: string;
}

/** The structured case template as the author fills it in (numbers kept as typed). */
export interface DetailsDraft {
  clinicalQuestion: string;
  presentingProblem: string;
  tried: string;
  ageBand: AgeBand | '';
  localCapabilities: LocalCapability[];
  transferOptions: TransferOption[];
  travelMinutes: string;
  nearestSpecialistKm: string;
  heartRate: string;
  systolicBp: string;
  diastolicBp: string;
  respiratoryRate: string;
  oxygenSaturation: string;
  temperatureC: string;
  weightKg: string;
  labs: LabDraft[];
  medications: MedicationDraft[];
  timeline: TimelineDraft[];
}

export const EMPTY_DETAILS: DetailsDraft = {
  clinicalQuestion: '',
  presentingProblem: '',
  tried: '',
  ageBand: '',
  localCapabilities: [],
  transferOptions: [],
  travelMinutes: '',
  nearestSpecialistKm: '',
  heartRate: '',
  systolicBp: '',
  diastolicBp: '',
  respiratoryRate: '',
  oxygenSaturation: '',
  temperatureC: '',
  weightKg: '',
  labs: [],
  medications: [],
  timeline: [],
};

export const EMPTY_LAB: LabDraft = { name: '', value: '', unit: '', dayOffset: '' };
export const EMPTY_MEDICATION: MedicationDraft = { name: '', dose: '', unit: '', frequency: '' };
export const EMPTY_EVENT: TimelineDraft = { dayOffset: '', event: '' };

/** The units the API accepts for a lab value and for a dose (query `caseDetailUnits`), compared exactly. */
export type DetailUnits = ComposerChannelsQuery['caseDetailUnits'];

/** Ranges as the API checks them: a value outside is taken for a typing error. */
export const MAX_DAY_OFFSET = 3650;
const VITALS = {
  heartRate: { name: 'Heart rate', unit: 'per minute', range: [20, 300], whole: true },
  systolicBp: { name: 'Systolic pressure', unit: 'mmHg', range: [40, 300], whole: true },
  diastolicBp: { name: 'Diastolic pressure', unit: 'mmHg', range: [20, 200], whole: true },
  respiratoryRate: { name: 'Respiratory rate', unit: 'per minute', range: [4, 80], whole: true },
  oxygenSaturation: { name: 'Oxygen saturation', unit: '%', range: [40, 100], whole: true },
  temperatureC: { name: 'Temperature', unit: '°C', range: [25, 45], whole: false },
  weightKg: { name: 'Weight', unit: 'kg', range: [0.3, 400], whole: false },
} as const;
export type VitalKey = keyof typeof VITALS;
export const VITAL_KEYS = Object.keys(VITALS) as VitalKey[];

/** Whether the author started the template (then the clinical question is required). */
export function hasDetails(d: DetailsDraft): boolean {
  return Object.values(d).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));
}

function asNumber(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** A problem with a number, in words (null when it is fine or empty). */
function numberProblem(
  text: string,
  what: string,
  [min, max]: readonly [number, number],
  opts: { whole?: boolean; unit?: string; required?: boolean } = {},
): string | null {
  const n = asNumber(text);
  const unit = opts.unit ? ` ${opts.unit}` : '';
  if (n === null) return opts.required ? `Enter the ${what.toLowerCase()}.` : null;
  if (Number.isNaN(n)) return `${what} must be a number.`;
  if (opts.whole && !Number.isInteger(n))
    return `${what} must be a whole number${unit ? ` (${unit.trim()})` : ''}.`;
  if (n < min || n > max) return `${what} must be between ${fmt(min)} and ${fmt(max)}${unit}.`;
  return null;
}

function dayProblem(text: string, required: boolean): string | null {
  return numberProblem(text, 'Day', [-MAX_DAY_OFFSET, MAX_DAY_OFFSET], { whole: true, required });
}

function lengthProblem(text: string, what: string, max: number, required: boolean): string | null {
  const t = text.trim();
  if (t === '') return required ? `Enter the ${what}.` : null;
  return t.length > max ? `Keep the ${what} to ${fmt(max)} characters (now ${fmt(t.length)}).` : null;
}

/**
 * What to fix before the template can be saved, keyed by the id of the field concerned. The same
 * rules as the API's, in words a clinician reads at a glance, never echoing what was typed.
 */
export function detailsProblems(d: DetailsDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const add = (id: string, problem: string | null) => {
    if (problem) problems[id] = problem;
  };
  if (!hasDetails(d)) return problems;
  add(
    'details-clinicalQuestion',
    d.clinicalQuestion.trim() === ''
      ? 'Write your question for the specialist (it is needed once any detail is filled in).'
      : lengthProblem(d.clinicalQuestion, 'question', 1000, true),
  );
  add('details-presentingProblem', lengthProblem(d.presentingProblem, 'presenting problem', 4000, false));
  add('details-tried', lengthProblem(d.tried, 'description of what was tried', 4000, false));
  for (const key of VITAL_KEYS) {
    const v = VITALS[key];
    add(`details-${key}`, numberProblem(d[key], v.name, v.range, { whole: v.whole, unit: v.unit }));
  }
  const sys = asNumber(d.systolicBp);
  const dia = asNumber(d.diastolicBp);
  if (!problems['details-diastolicBp'] && !problems['details-systolicBp'] && sys !== null && dia !== null) {
    if (dia >= sys) problems['details-diastolicBp'] = 'Diastolic pressure must be lower than systolic.';
  }
  add(
    'details-travelMinutes',
    numberProblem(d.travelMinutes, 'Travel time', [0, 7 * 24 * 60], { whole: true, unit: 'minutes' }),
  );
  add(
    'details-nearestSpecialistKm',
    numberProblem(d.nearestSpecialistKm, 'Distance', [0, 5000], { whole: true, unit: 'km' }),
  );
  d.labs.forEach((lab, i) => {
    const id = `details-lab-${i}`;
    add(`${id}-name`, lengthProblem(lab.name, 'test name', 80, true));
    add(`${id}-value`, numberProblem(lab.value, 'Result', [-1000, 10_000_000], { required: true }));
    add(`${id}-unit`, lab.unit === '' ? 'Choose the unit the result is in.' : null);
    add(`${id}-day`, dayProblem(lab.dayOffset, false));
  });
  d.medications.forEach((m, i) => {
    const id = `details-med-${i}`;
    add(`${id}-name`, lengthProblem(m.name, 'medication name', 80, true));
    const dose = asNumber(m.dose);
    add(
      `${id}-dose`,
      dose !== null && !Number.isNaN(dose) && dose <= 0
        ? 'Dose must be more than 0.'
        : numberProblem(m.dose, 'Dose', [0.0001, 100_000], { required: true }),
    );
    add(`${id}-unit`, m.unit === '' ? 'Choose the unit of the dose.' : null);
    add(`${id}-frequency`, lengthProblem(m.frequency, 'frequency', 80, false));
  });
  d.timeline.forEach((e, i) => {
    const id = `details-event-${i}`;
    add(`${id}-day`, dayProblem(e.dayOffset, true));
    add(`${id}-event`, lengthProblem(e.event, 'event', 500, true));
  });
  if (d.labs.length > 100) problems['details-labs'] = 'At most 100 lab results.';
  if (d.medications.length > 50) problems['details-medications'] = 'At most 50 medications.';
  if (d.timeline.length > 50) problems['details-timeline'] = 'At most 50 timeline events.';
  return problems;
}

/**
 * The template's free text, each part as the server saves it (trimmed) under a key naming where it
 * is: each goes through the de-identification preview on its own. Parts not written are left out.
 */
export function detailTexts(d: DetailsDraft): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, text: string) => {
    if (text.trim() !== '') out[key] = text.trim();
  };
  put('clinicalQuestion', d.clinicalQuestion);
  put('presentingProblem', d.presentingProblem);
  put('tried', d.tried);
  d.timeline.forEach((e, i) => put(`timeline.${i}.event`, e.event));
  d.labs.forEach((l, i) => put(`labs.${i}.name`, l.name));
  d.medications.forEach((m, i) => {
    put(`medications.${i}.name`, m.name);
    put(`medications.${i}.frequency`, m.frequency);
  });
  return out;
}

/** The heading of one free-text part in the preview ("Lab 2: test name"). */
export function detailTextName(key: string): string {
  const fixed: Record<string, string> = {
    clinicalQuestion: 'Clinical question',
    presentingProblem: 'Presenting problem',
    tried: 'What has been tried',
  };
  if (fixed[key]) return fixed[key];
  const [list, index, part] = key.split('.');
  const n = Number(index) + 1;
  if (list === 'timeline') return `Timeline event ${n}`;
  if (list === 'labs') return `Lab result ${n}: test`;
  if (list === 'medications') return `Medication ${n}: ${part === 'frequency' ? 'how often' : 'name'}`;
  return key;
}

function int(value: string): number | null {
  return value.trim() === '' ? null : Math.round(Number(value));
}

function float(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/** The saveCaseDetails input for a case just posted (the draft has passed `detailsProblems`). */
export function toSaveInput(caseId: string, d: DetailsDraft, sex: string | null): SaveCaseDetailsInput {
  return {
    caseId,
    clinicalQuestion: d.clinicalQuestion.trim(),
    presentingProblem: d.presentingProblem.trim() || null,
    tried: d.tried.trim() || null,
    ageBand: d.ageBand === '' ? null : d.ageBand,
    sex: (sex as SaveCaseDetailsInput['sex']) ?? null,
    localCapabilities: d.localCapabilities,
    transferOptions: d.transferOptions,
    travelMinutes: int(d.travelMinutes),
    nearestSpecialistKm: int(d.nearestSpecialistKm),
    vitals: {
      heartRate: int(d.heartRate),
      systolicBp: int(d.systolicBp),
      diastolicBp: int(d.diastolicBp),
      respiratoryRate: int(d.respiratoryRate),
      oxygenSaturation: int(d.oxygenSaturation),
      temperatureC: float(d.temperatureC),
      weightKg: float(d.weightKg),
    },
    labs: d.labs.map((l) => ({
      name: l.name.trim(),
      value: Number(l.value),
      unit: l.unit,
      dayOffset: int(l.dayOffset),
    })),
    medications: d.medications.map((m) => ({
      name: m.name.trim(),
      dose: Number(m.dose),
      unit: m.unit,
      frequency: m.frequency.trim() || null,
    })),
    timeline: d.timeline.map((e) => ({ dayOffset: Number(e.dayOffset), event: e.event.trim() })),
  };
}

/**
 * The template as it may be kept on this device: every free-text part replaced by its de-identified
 * text (`deidentified`, keyed as `detailTexts` keys them), or emptied when there is none, so nothing
 * the author typed is ever stored as typed. Numbers, units and choices are kept as they are.
 */
export function deidentifiedDetails(
  d: DetailsDraft,
  deidentified: Readonly<Record<string, string>>,
): DetailsDraft {
  const text = (key: string) => deidentified[key] ?? '';
  return {
    ...d,
    clinicalQuestion: text('clinicalQuestion'),
    presentingProblem: text('presentingProblem'),
    tried: text('tried'),
    localCapabilities: [...d.localCapabilities],
    transferOptions: [...d.transferOptions],
    timeline: d.timeline.map((e, i) => ({ ...e, event: text(`timeline.${i}.event`) })),
    labs: d.labs.map((l, i) => ({ ...l, name: text(`labs.${i}.name`) })),
    medications: d.medications.map((m, i) => ({
      ...m,
      name: text(`medications.${i}.name`),
      frequency: text(`medications.${i}.frequency`),
    })),
  };
}

/**
 * A template read back from this device's storage, or null when what is there does not have the
 * template's shape (another version of the app, or edited by hand): every field is checked.
 */
export function restoredDetails(value: unknown): DetailsDraft | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const str = (x: unknown): string => (typeof x === 'string' ? x : '');
  const rows = <T>(x: unknown, row: (r: Record<string, unknown>) => T): T[] =>
    Array.isArray(x)
      ? x.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null).map(row)
      : [];
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s) => typeof s === 'string') : []);
  const details: DetailsDraft = {
    clinicalQuestion: str(v.clinicalQuestion),
    presentingProblem: str(v.presentingProblem),
    tried: str(v.tried),
    ageBand: str(v.ageBand) as AgeBand | '',
    localCapabilities: strings(v.localCapabilities) as LocalCapability[],
    transferOptions: strings(v.transferOptions) as TransferOption[],
    travelMinutes: str(v.travelMinutes),
    nearestSpecialistKm: str(v.nearestSpecialistKm),
    heartRate: str(v.heartRate),
    systolicBp: str(v.systolicBp),
    diastolicBp: str(v.diastolicBp),
    respiratoryRate: str(v.respiratoryRate),
    oxygenSaturation: str(v.oxygenSaturation),
    temperatureC: str(v.temperatureC),
    weightKg: str(v.weightKg),
    labs: rows(v.labs, (r) => ({
      name: str(r.name),
      value: str(r.value),
      unit: str(r.unit),
      dayOffset: str(r.dayOffset),
    })),
    medications: rows(v.medications, (r) => ({
      name: str(r.name),
      dose: str(r.dose),
      unit: str(r.unit),
      frequency: str(r.frequency),
    })),
    timeline: rows(v.timeline, (r) => ({ dayOffset: str(r.dayOffset), event: str(r.event) })),
  };
  return hasDetails(details) ? details : null;
}
