import {
  fakerCS_CZ,
  fakerEN_GH,
  fakerFI,
  fakerHR,
  fakerHU,
  fakerID_ID,
  fakerPT_BR,
  fakerRO,
  fakerSV,
  fakerTR,
  type Faker,
} from '@faker-js/faker';
import type { GoldDocument } from '../gold.js';
import { Cast } from './cast.js';
import { digits, generateGenreCorpus, int, pick, type Filled, type Random, type Voice } from './compose.js';

/**
 * Development corpus "clinicians' voices" (issue #12): SBAR hand-offs, ED triage one-liners,
 * referral letters, discharge summaries, questions about a patient and phone messages, written for
 * this corpus (not copied from any other generator), with names and towns from faker locales that no
 * other corpus of the suite uses (pt_BR, tr, sv, fi, cs_CZ, ro, hu, id_ID, en_GH, hr), facilities in
 * shapes foreign to the lexicons, and ages over 89 in many wordings.
 */

/** One text per genre: a list of sentence templates, a few of which are drawn in order. */
const GENRES: Readonly<Record<string, readonly string[]>> = {
  sbar: [
    'S: {pf} {pl}, {agephrase}, admitted from {town} with fall and hip pain.',
    'SBAR re {pl}, bed {room}. S - new confusion since {date}.',
    'B: lives with daughter {r1} in {town}, independent until last month.',
    'B: transferred from {fac} on {date}, PMH AF, CKD 3.',
    'A: {pf} is drowsy but rousable, BP 98/54, HR 112 irregular.',
    'A: sats 91% on 2L, crackles bibasally, UO 15ml/hr x3h.',
    'R: please review overnight, son {r2} wants a call on {phone}.',
    'R: ask {md} to see before 0800, family ({r1}) aware.',
    'handing over {pf} to {rn}, no acute issues.',
    '{rn} taking over at 1900, {pf} settled.',
    'plan d/w Dr {md} and SpR {md2}.',
  ],
  triage: [
    '{agephrase} from {fac}, SOB x2d.',
    '{agephrase} found on floor at home in {town}, down ?6h.',
    '{agephrase} BIBA from {town}, chest pain 7/10, onset 0400.',
    '{pf} {pl}, {agephrase}, GCS 14, fall, on apixaban.',
    'triage: {agephrase}, fever 38.9, from care home {fac}.',
    'NOK {r1} ({relword}) {phone}.',
    'GP Dr {md}, {town} surgery.',
    'pt {pf} c/o dizziness, BP 84/50, to resus.',
    'EMS from {town} report {pf} was alone since {date}.',
    'allergies: PCN (rash). meds per {fac} MAR.',
  ],
  referral: [
    'Dear Dr {md},',
    'Thank you for seeing {pf} {pl}, a {ageadj} who lives in {town}.',
    'I would be grateful if you could review Mrs {pl}, aged {age90}, regarding her worsening dyspnoea.',
    'She was discharged from {fac} on {date} after a NSTEMI.',
    '{pf} attends the {town} day centre twice a week with her husband {r1}.',
    'Her niece {r2} is her main carer and can be contacted on {phone}.',
    'Echo at {acr} in {my} showed EF 30%.',
    'Kind regards, Dr {first} {last}, {tpractice}.',
    'Yours sincerely, {first} {last}, nurse practitioner.',
    'cc: Dr {md2}, {fac}.',
  ],
  discharge: [
    'DISCHARGE SUMMARY. Patient: {pf} {pl}. DOB {dob}.',
    'Admitted {date} under Dr {md}, discharged {date}.',
    '{pf} is a {ageadj} admitted from {fac} with urosepsis.',
    'Course: treated with IV ceftriaxone, delirium settled by day 3.',
    'Discharged to {fac2} for rehab; follow up in {town} clinic with Dr {md2}.',
    'Daughter {r1} updated by phone ({phone}).',
    'GP: Dr {last}, {town}.',
    'At {age90} she remains independent with a frame.',
    'Creatinine 142 on discharge (baseline 120), Hb 101.',
  ],
  question: [
    'my {agephrase} pt from {town} has new AF, anticoag or not?',
    'Q re a {ageadj}: Cr 180, on ramipril, stop it?',
    'anyone seen this? {pf} (pt) came from {fac} with a rash after cipro.',
    '{pf} has been on our ward since {date}, daughter {r1} asking about hospice in {town}.',
    'pt is {agephrase}, lives alone in {town}, refusing admission. capacity?',
    'quick q: {agephrase} w/ hyponatraemia 118, from {fac}. fluid restrict?',
    'had a lady today, {agephrase}, transferred from {acr}; troponin flat.',
    '{pf} keeps asking for {r1}, her son, who lives in {town}.',
    'would you scope a {ageadj} with melaena?',
  ],
  phone: [
    'Phone msg: {r1} ({relword} of {pf} {pl}) called at 1430, please ring back on {phone}.',
    'tc from {fac} re {pf}, {agephrase}, INR 5.1.',
    'Message from {first} at {fac}: {pf} missed her appointment on {date}.',
    '{r1} rang, says {pf} is more confused, lives in {town}.',
    'returned call to {r2} at {phone}, no answer, left message.',
    'Dr {md} from {acr} called, will fax letter to {fax}.',
    'spoke w/ {rn} on the ward, {pf} ok overnight.',
  ],
  clinical: [
    'BP 132/78, HR 88, RR 18, T 37.2, sats 96% RA.',
    'Na 131, K 5.4, Cr 210, eGFR 24.',
    'on bisoprolol 2.5mg OD, apixaban 2.5mg BD.',
    'CXR: R lower lobe consolidation.',
    'pain 4/10 after paracetamol 1g PO.',
    'weight 92 kg, BMI 31.',
    'sats in the low 90s on room air.',
    'temp 39.1, lactate 2.3, 30ml/kg fluids given.',
    'mobilises with frame, Waterlow 18, skin intact.',
    'ECG: AF rate 110, no acute ST changes.',
  ],
};

/** Wordings of an age over 89: the number is the gold span, the words around it stay. */
const AGE_PHRASES: readonly string[] = [
  '{age90}yo',
  '{age90} yo',
  '{age90} y.o.',
  '{age90}F',
  '{age90}M',
  'F {age90}',
  '{age90}-yr-old',
  '{age90} yr old',
  '{age90} yrs',
  'aged {age90}',
  'age {age90}',
  '{age90} years of age',
  '{age90}yo woman',
  '{age90} y/o man',
  'a {age90}yr old',
  '{age90} year old',
  '{age90}yF',
  '{age90}-year-old',
];

const AGE_ADJECTIVES: readonly string[] = [
  '{age90}-year-old woman',
  '{age90} year old gentleman',
  '{age90}yo lady',
  '{age90} y/o male',
  '{age90}-yr-old retired teacher',
  'frail {age90} yo',
];

const RELATION_WORDS: readonly string[] = [
  'daughter',
  'son',
  'wife',
  'husband',
  'niece',
  'neighbour',
  'grandson',
];

const VOICES: readonly Voice[] = ['mixed', 'mixed', 'mixed-lower-names', 'caps', 'lower'];
const LOCALES: readonly Faker[] = [
  fakerPT_BR,
  fakerTR,
  fakerSV,
  fakerFI,
  fakerCS_CZ,
  fakerRO,
  fakerHU,
  fakerID_ID,
  fakerEN_GH,
  fakerHR,
];

const LATIN_WORD = /^[A-Z][a-z'-]+$/;
const MARKS = /\p{M}/gu;

/** A cast whose names and towns drop their accents ("Kalmár" is written "Kalmar", as many notes do). */
export class PlainCast extends Cast {
  constructor(
    private readonly source: Faker,
    rand: Random,
    year: number,
  ) {
    super(source, rand, year);
  }

  private plain(make: () => string, fallback: string): string {
    for (let i = 0; i < 40; i++) {
      const w = make().normalize('NFD').replace(MARKS, '');
      if (LATIN_WORD.test(w)) return w;
    }
    return fallback;
  }

  override first(): string {
    return this.plain(() => this.source.person.firstName(), 'Ilona');
  }

  override last(): string {
    return this.plain(() => this.source.person.lastName(), 'Varga');
  }

  override town(): string {
    return this.plain(() => this.source.location.city(), 'Szeged');
  }
}

/** The regular expressions of this generator, for the ReDoS test. */
export const VOICES_PATTERNS: readonly RegExp[] = [LATIN_WORD, MARKS];

/** Facilities in shapes of other countries and of small practices. */
function facility(cast: Cast, rand: Random): string {
  return pick(rand, [
    () => `Hospital ${cast.town()}`,
    () => `${cast.town()} Health Centre`,
    () => `${cast.town()} Care Home`,
    () => `${cast.last()} House`,
    () => `${cast.town()} Hospice`,
    () => `${cast.town()} District Hospital`,
    () => `${cast.last()} Lodge`,
    () => cast.acronym(),
    () => `${cast.town()} Infirmary`,
    () => `${cast.town()} Polyclinic`,
  ])();
}

function dateOfBirth(rand: Random): string {
  return `${int(rand, 1, 28)}/${int(rand, 1, 12)}/${int(rand, 1920, 1934)}`;
}

const TOWN_FACILITY: Readonly<Record<string, string>> = {
  tpractice: 'Family Practice',
};

/** The keys this corpus adds to the cast's own. */
function fill(cast: Cast, rand: Random, writerFill: (t: string) => string, key: string): Filled {
  switch (key) {
    case 'fac':
      return { value: cast.same('fac', () => facility(cast, rand)), category: 'LOCATION' };
    case 'fac2':
      return { value: cast.same('fac2', () => facility(cast, rand)), category: 'LOCATION' };
    case 'fax':
      return { value: `${int(rand, 201, 989)}-${int(rand, 200, 989)}-${digits(rand, 4)}`, category: 'FAX' };
    case 'dob':
      return { value: dateOfBirth(rand), category: 'DATE' };
    case 'tpractice':
      // a facility named by its town: the whole name is the identifier
      return {
        value: `${cast.same('town', () => cast.town())} ${TOWN_FACILITY[key] ?? 'clinic'}`,
        category: 'LOCATION',
      };
    case 'relword':
      return { value: pick(rand, RELATION_WORDS) };
    case 'agephrase':
      return { value: writerFill(pick(rand, AGE_PHRASES)) };
    case 'ageadj':
      return { value: writerFill(pick(rand, AGE_ADJECTIVES)) };
    default:
      return cast.resolve(key) ?? { value: key };
  }
}

/** Generates `count` texts; the same seed always gives the same corpus. */
export function generateVoices(count: number, seed = 5521): GoldDocument[] {
  return generateGenreCorpus(
    {
      name: 'voices',
      voices: VOICES,
      locales: LOCALES,
      genre: (rand) => pick(rand, ['sbar', 'triage', 'referral', 'discharge', 'question', 'phone']),
      templates: (genre) => GENRES[genre] ?? [],
      keep: 0.45,
      clinical: GENRES['clinical'] ?? [],
      separator: (genre, rand) => (genre === 'triage' ? ' ' : rand() < 0.4 ? '\n' : ' '),
      cast: (faker, rand) => new PlainCast(faker, rand, int(rand, 2016, 2026)),
      fill,
    },
    count,
    seed,
  );
}
