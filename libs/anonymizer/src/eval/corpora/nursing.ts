import { fakerDE, fakerEN_AU, fakerEN_GB, fakerEN_IE, fakerNL, type Faker } from '@faker-js/faker';
import type { GoldDocument } from '../gold.js';
import { Cast } from './cast.js';
import { NoteWriter, int, pick, seededRandom, type Random, type Voice } from './compose.js';

/**
 * Development corpus: nursing and ward notes in several voices (ward shorthand, ICU flowsheet
 * prose, all capitals, lower case, ordinary casing with lower-case names), with identifiers in the
 * shapes that leak (initial + surname with no title, pagers, loosely spaced phones, hospital
 * acronyms, ward names before a number, relatives' first names) beside clinical look-alikes
 * (rates, ranges, ventilator settings, "sats high 90s", drug and device shorthand, fluid colours).
 */

/** Sentences that carry identifiers. */
export const NURSING_PHI: readonly string[] = [
  'report received from {rn} RN, pt {pf} {pl} resting in bed.',
  '{init} aware of K 3.1, repleting per protocol.',
  'as per {init}, hold heparin gtt x1h.',
  'Dr {md} paged re: hypotension, Beeper #{pager}, no callback yet.',
  'dr {md} aware, no new orders.',
  'daughters {r1} and {r2} at bedside, updated on plan.',
  'son {r1} called, wants update, phone {phone}.',
  'wife {r1} ({phone}) to bring in home meds tmrw.',
  'pt transferred from {hosp} ED, arrived via stretcher to {ward} {n}.',
  'pt to go to {ward} {n} when bed available, report to {rn}.',
  'pt from {town}, lives alone, has a niece {r3} who checks in.',
  'PMH per {acr} records: CABG {my}, echo {my} EF 35%.',
  'last seen in clinic {date}, f/u w/ Dr. {md2} in 2 wks.',
  'MRN {mrn}, rm {room}, allergies NKDA.',
  'pt is {age90} yo F, DNR/DNI per MOLST on chart.',
  'case mgmt ({rnl}) working on placement at {hosp}.',
  'resp therapist {first} {last} in to adjust settings.',
  'pt states "{r1} is my daughter, she makes the decisions".',
  'family mtg set for {date} w/ Dr {md} and SW {last}.',
  'home address on file {street}, {town} {zip}.',
  'pt asking for {r1}, reoriented, {r1} to visit after work.',
  'covering MD {init} notified, pgr {pager}.',
  '{pf} tolerating clears, ambulated in hall w/ {rn}.',
  'd/w {md} re: AM labs, plan to recheck lytes.',
];

/** Clinical sentences that must stay: numbers with units, ranges, settings, drugs, devices, colours. */
export const NURSING_CLINICAL: readonly string[] = [
  'vss, afebrile, sats high 90s on 2L NC.',
  'UO 20-60cc/hr via foley, clear yellow urine.',
  'vent AC 500x14x5 FiO2 40%, sxn for thick tan secretions.',
  'levo titrated 0.05-0.1 mcg/kg/min to keep MAP > 65.',
  'aline dampened, re-zeroed and flushed, waveform good.',
  'Respiratory Care in for neb tx, BS coarse bilat.',
  'JP drain w/ 30cc serosanguinous output, dsg c/d/i.',
  'NGT to LIS draining bilious green fluid 150cc this shift.',
  'K 3.2 repleted w/ 40 mEq KCl PO, Mg 1.8.',
  'pain 6/10, given oxycodone 5mg PO w/ relief to 3/10.',
  'BS 212 at 1600, 4 units lispro given per sliding scale.',
  'CT head neg, neuro checks q2h, PERRLA, GCS 15.',
  'turned q2h, sacral skin intact, heels offloaded.',
  'propofol gtt at 20 mcg/kg/min, RASS -1.',
  'chest tube to -20 sxn, no air leak, 50cc serous output.',
  'urine amber and cloudy, UA/UC sent.',
  'stool brown, guaiac neg, rectal tube removed.',
  'IVF NS @ 75cc/hr, PIV L forearm 20g patent.',
  'PICC R arm, flushes easily, +blood return.',
  'lasix 40 IV given at 1400 w/ 800cc UO.',
  'plt 48, hgb 7.1, 1 unit PRBC transfused w/o reaction.',
  'ABG 7.31/48/82 on current settings, MD aware.',
  'CVP 12-14, HR 110s ST, BP 90s/50s.',
  'tolerating TF at goal 60ml/hr via dobhoff.',
  'PT/OT eval done, ambulated 50 ft w/ walker + 1 assist.',
  'pt anxious overnight, ativan 0.5mg IV x1 w/ good effect.',
  'heparin gtt per protocol, PTT due 2200.',
  'wound vac to -125 mmHg, seal intact.',
  'CIWA 8, no tx needed, cont to monitor.',
  'I/O +1.2L, wt up 1.5 kg from yesterday.',
];

const VOICES: readonly Voice[] = ['mixed', 'mixed-lower-names', 'caps', 'lower'];
const LOCALES: readonly Faker[] = [fakerEN_GB, fakerEN_AU, fakerEN_IE, fakerDE, fakerNL];

function writeNote(rand: Random, faker: Faker, index: number): GoldDocument {
  const voice = pick(rand, VOICES);
  const cast = new Cast(faker, rand, int(rand, 2015, 2026));
  const writer = new NoteWriter(voice, rand, (key) => cast.resolve(key) ?? { value: key });
  const hour = String(int(rand, 0, 23)).padStart(2, '0');
  writer.write(pick(rand, [`${hour}00 `, `NSG NOTE ${hour}30\n`, 'shift note: ', '']));
  const sentences = int(rand, 6, 12);
  for (let i = 0; i < sentences; i++) {
    const pool = rand() < 0.45 ? NURSING_PHI : NURSING_CLINICAL;
    writer.write(pick(rand, pool)).write(rand() < 0.3 ? '\n' : ' ');
  }
  return writer.done(`nursing-${index}`);
}

/** Generates `count` nursing notes; the same seed always gives the same corpus. */
export function generateNursingNotes(count: number, seed = 1201): GoldDocument[] {
  const rand = seededRandom(seed);
  const docs: GoldDocument[] = [];
  for (let i = 0; i < count; i++) {
    const faker = pick(rand, LOCALES);
    faker.seed(int(rand, 1, 2 ** 30));
    docs.push(writeNote(rand, faker, i));
  }
  return docs;
}
