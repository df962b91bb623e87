import {
  fakerAF_ZA,
  fakerCY,
  fakerDA,
  fakerDE_AT,
  fakerEN_NP,
  fakerES_MX,
  fakerFR_SN,
  fakerNB_NO,
  fakerSK,
  fakerVI,
  type Faker,
} from '@faker-js/faker';
import type { GoldDocument } from '../gold.js';
import { digits, generateGenreCorpus, int, pick, type Filled, type Random, type Voice } from './compose.js';
import { PlainCast } from './voices.js';

/**
 * Development corpus "community and end-of-life care" (issue #12): EMS run sheets, telehealth and
 * phone consults, pharmacy and medication-reconciliation notes, nursing-home and hospice notes,
 * referral letters from abroad, social-work notes, radiology and pathology requisitions and
 * clinicians' chat messages, written for this corpus. Names and towns come from faker locales no
 * other corpus of the suite uses (de_AT, da, nb_NO, vi, en_NP, af_ZA, es_MX, fr_SN, sk, cy; accents
 * dropped). Ages of 90 and over, common in these settings, are written in many wordings: numbers with
 * every unit and label, spelled-out numbers, "nonagenarian", "in her 90s", ages in table cells.
 */

const GENRES: Readonly<Record<string, readonly string[]>> = {
  ems: [
    'Medic {n} dispatched to {street}, {town} for a fall.',
    'On arrival pt {pf} {pl}, {agephrase}, found sitting on the floor, caregiver {r1} on scene.',
    'PCR: {agephrase}, c/o weakness, BGL 5.2, SpO2 92% RA, HR 96, BP 94/60.',
    'pt transported to {hosp} ED, report given to {rn} RN at 0712.',
    'crew: {first} {last} (EMT), {first} {last} (paramedic).',
    'neighbour {r2} called 911 at 0612, callback {phone}.',
    'refused transport, signed by {pf} {pl}, witnessed by son {r1}.',
    'lift assist only, pt is {agewordphrase} and lives alone in {town}.',
  ],
  telehealth: [
    'Telehealth visit by video with {pf} {pl} ({agephrase}) and daughter {r1}, who joined from {town}.',
    'Phone consult: called pt at {phone}, identity confirmed with DOB {dob}.',
    'pt at home in {town} during the visit; provider at {hosp}.',
    'caller {r1} ({relword}) reports {pf} more short of breath since {date}.',
    'next video call with Dr {md} on {date}.',
    'Pt is {agewordphrase}, hard of hearing, {r1} relayed questions.',
    'connection dropped twice, completed by phone with nurse {rn}.',
  ],
  pharmacy: [
    'Med rec with {pf} {pl} and her {relword} {r1}; list from {pharm}.',
    'last fill at {pharm} on {date}: 90 tablets, 90-day supply.',
    'called {pharm} ({phone}) to confirm warfarin 2.5 mg, spoke with pharmacist {first}.',
    'pt {agephrase}, CrCl 28, apixaban reduced to 2.5 mg BID.',
    'blister packs delivered weekly by {pharm} to {street}.',
    'prescriber Dr {md}, {hosp}; DEA on file.',
    '{agewordphrase}, on 14 meds; deprescribing discussed with Dr {md2}.',
  ],
  hospice: [
    'Resident {pf} {pl}, {agephrase}, room {room}, {fac}.',
    'Hospice admission: {agephrase} with end-stage heart failure, PPS 30%.',
    'Resident is a {agenoun}; family visits on Sundays.',
    'She is in her {decade}, bedbound, eating 25% of meals.',
    'widower in his late {decade}, son {r1} visits daily.',
    'Daughter {r1} and grandson {r2} visited from {town}.',
    'Turned {agewords} on {date}, card from the mayor of {town}.',
    'Age | {age90} | Sex | F | Code status | DNR',
    'RN {rn} notified NP {last} of a fall at 0300.',
    'comfort care, family ({r1}) at bedside, chaplain {first} visited.',
    'Mr {pl} is {agewordphrase} and has outlived both his sons.',
  ],
  abroad: [
    'Dear colleague, I refer {pf} {pl}, {agephrase}, who has moved from {town} to live with her son {r1}.',
    'She was treated at {fac} in {town2}, where Dr {md} followed her for ten years.',
    'Records from {fac} attached; contact {first} {last} at {email}.',
    'His previous GP, Dr {md2}, practises in {town}.',
    'The patient, {agewordphrase}, speaks little English; her grandson {r2} interprets.',
    'With kind regards, Dr {first} {last}, {town2}.',
    'Translated summary: {pl} {pf}, {ageforeign}, from {town}, admitted {date}.',
  ],
  social: [
    'SW note: met with {pf} and niece {r1} re discharge plan; home at {street}, {town} {zip}.',
    'Lives with husband {r2} ({agephrase}) in a second-floor flat in {town}.',
    'APS referral made, case worker {first} {last} ({phone}).',
    'Emergency contact: {r1}, {relword}, {phone}.',
    'POA is her nephew {r3}, who lives in {town2}.',
    'Both spouses are in their {decade}; meals on wheels via {fac}.',
  ],
  requisition: [
    'Patient: {pl}, {pf}  DOB: {dob}  MRN: {mrn}',
    'Age/Sex: {age90}/F  Ordering: Dr {md}  Location: {fac}',
    'Clinical hx: {agephrase}, ?mass RUL, ex-smoker 40 pk-yrs.',
    'Specimen collected {date} at {fac}, courier to {acr} lab.',
    'AGE: {age90}  SEX: M  REFERRING: {md}',
  ],
  chat: [
    '@{rn} can you check on {pf} in 12? she is {agephrase} and pulling at lines',
    'fyi {pf} {pl} son {r1} is on his way from {town}',
    'is dr {md} covering tonight? pager {pager}',
    '{r1} (daughter) on the phone again, {phone}',
    'the {agewords}-yr-old in bay 3 is going to hospice at {fac}',
    'who has {pl}? {agephrase}, sats dropping to 88',
  ],
};

const CLINICAL: readonly string[] = [
  'sats 94% on 2L, HR 96, BP 92/58, RR 20.',
  'wt 91 kg, temp 99.1, glucose 102.',
  'SpO2 low 90s on room air overnight.',
  'dispense #90, 90-day supply, 3 refills.',
  'morphine 2.5 mg SC q4h PRN, 100 mL/hr NS.',
  'MMSE 19/30, PPS 40%, FAST 7a.',
  'Na 129, Cr 1.9, INR 2.4.',
  'walked 90 feet with a rollator, one rest.',
  'pressure injury stage 2 on sacrum, 2 x 3 cm.',
  'oxygen concentrator at 3 L/min, BiPAP at night.',
];

/** Ages written with a number: the number is the gold span, the words around it stay. */
const AGE_PHRASES: readonly string[] = [
  'aged {age90}',
  '{age90} yr',
  '{age90}-yo',
  '{age90} y.o.',
  'age: {age90}',
  '{age90}yrs',
  '{age90} years of age',
  'a {age90} y/o',
  'Age {age90}',
  '{age90}yo F',
  '{age90} yom',
  '{age90}yof',
  '{age90}-y-old',
  '{age90} years old',
  'aged {age90} years',
  '{age90}, female',
  'age {age90}y',
  'now {age90}',
  '{age90}-year-old',
  '{age90} yr old',
];

/** Ages written as words: the spelled-out number is the gold span. */
const AGE_WORD_PHRASES: readonly string[] = [
  '{agewords}-year-old',
  '{agewords} years old',
  'aged {agewords}',
  '{agewords} yrs old',
  '{agewords} years of age',
];

/** "Years" in the languages of the letters from abroad: "93 Jahre", "93 anni", "93 lat". */
const FOREIGN_YEARS: readonly string[] = ['Jahre', 'anni', 'años', 'ans', 'lat', 'år', 'jaar', 'let'];

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** An age of 90 to 105 written in words, in several spellings. */
function spelled(rand: Random): string {
  const age = int(rand, 90, 105);
  if (age < 100) {
    const unit = UNITS[age - 90] ?? '';
    return unit === '' ? 'ninety' : `ninety${pick(rand, ['-', ' '])}${unit}`;
  }
  const rest = age - 100;
  const head = pick(rand, ['one hundred', 'a hundred']);
  if (rest === 0) return head;
  return `${head}${pick(rand, [' and ', ' '])}${UNITS[rest] ?? 'one'}`;
}

const RELATION_WORDS: readonly string[] = ['daughter', 'son', 'niece', 'neighbour', 'grandson', 'carer'];
const VOICES: readonly Voice[] = ['mixed', 'mixed', 'mixed-lower-names', 'caps', 'lower'];
const LOCALES: readonly Faker[] = [
  fakerDE_AT,
  fakerDA,
  fakerNB_NO,
  fakerVI,
  fakerEN_NP,
  fakerAF_ZA,
  fakerES_MX,
  fakerFR_SN,
  fakerSK,
  fakerCY,
];

function facility(cast: PlainCast, rand: Random): string {
  return pick(rand, [
    () => `${cast.town()} Hospice`,
    () => `${cast.last()} Manor`,
    () => `${cast.town()} Nursing Home`,
    () => `${cast.town()} Care Centre`,
    () => `Pflegeheim ${cast.town()}`,
    () => `${cast.last()} Court`,
    () => cast.acronym(),
    () => `${cast.town()} Kommune`,
  ])();
}

/** The keys this corpus adds to the cast's own. */
function fill(cast: PlainCast, rand: Random, nested: (t: string) => string, key: string): Filled {
  switch (key) {
    case 'fac':
      return { value: cast.same('fac', () => facility(cast, rand)), category: 'LOCATION' };
    case 'pharm':
      return {
        value: cast.same('pharm', () =>
          pick(rand, [
            () => `${cast.last()} Pharmacy`,
            () => `${cast.town()} Apotek`,
            () => `${cast.last()}'s Chemist`,
          ])(),
        ),
        category: 'LOCATION',
      };
    case 'town2':
      return { value: cast.same('town2', () => cast.town()), category: 'LOCATION' };
    case 'email':
      return {
        value: `${cast.first().toLowerCase()}.${cast.last().toLowerCase()}@${cast.town().toLowerCase()}-health.org`,
        category: 'EMAIL',
      };
    case 'dob':
      return { value: `${int(rand, 1, 28)}/${int(rand, 1, 12)}/${int(rand, 1918, 1936)}`, category: 'DATE' };
    case 'relword':
      return { value: pick(rand, RELATION_WORDS) };
    case 'agephrase':
      return { value: nested(pick(rand, AGE_PHRASES)) };
    case 'ageforeign':
      return { value: nested(`{age90} ${pick(rand, FOREIGN_YEARS)}`) };
    case 'agewordphrase':
      return { value: nested(pick(rand, AGE_WORD_PHRASES)) };
    case 'agewords':
      return { value: spelled(rand), category: 'AGE_OVER_89' };
    case 'agenoun':
      return { value: pick(rand, ['nonagenarian', 'centenarian']), category: 'AGE_OVER_89' };
    case 'decade':
      return { value: pick(rand, ['90s', 'nineties', 'mid-nineties']), category: 'AGE_OVER_89' };
    case 'room':
      return { value: `${int(rand, 1, 3)}${digits(rand, 2)}`, category: 'OTHER_ID' };
    default:
      return cast.resolve(key) ?? { value: key };
  }
}

/** Generates `count` texts; the same seed always gives the same corpus. */
export function generateCommunity(count: number, seed = 7717): GoldDocument[] {
  return generateGenreCorpus(
    {
      name: 'community',
      voices: VOICES,
      locales: LOCALES,
      genre: (rand) => pick(rand, Object.keys(GENRES)),
      templates: (genre) => GENRES[genre] ?? [],
      keep: 0.5,
      clinical: CLINICAL,
      separator: (genre, rand) => (genre === 'chat' || genre === 'requisition' || rand() < 0.4 ? '\n' : ' '),
      cast: (faker, rand) => new PlainCast(faker, rand, int(rand, 2016, 2026)),
      fill,
    },
    count,
    seed,
  );
}
