import { fakerEN_IN, fakerEN_NG, fakerEN_ZA, fakerES, fakerIT, fakerPL, type Faker } from '@faker-js/faker';
import type { GoldDocument } from '../gold.js';
import { Cast } from './cast.js';
import { NoteWriter, int, pick, seededRandom, type Random, type Voice } from './compose.js';

/**
 * HELD-OUT corpus: SBAR hand-offs, ED triage notes and clinicians' questions about a patient,
 * written by their own templates, names and places from faker locales used by no development
 * corpus, and their own seed. Its misses are not to be read while tuning the engine: only its
 * figures are reported (the committed file is data/eval/heldout.jsonl).
 */
const HELDOUT_PHI: readonly string[] = [
  'S: {pf} {pl}, {age90}M, brought in by EMS from {hosp} after a fall.',
  'B: lives w/ grandson {r1} in {town}; PCP is Dr {md}.',
  'R: pls call {init} on {phone} if MAP <60.',
  'Any thoughts? My pt (MRN {mrn}) was seen at {acr} on {date} and again {date}.',
  'triage: walked in with neighbour {first}, c/o SOB since {date}.',
  'handoff from {rn} {rnl}: bed {room}, on {ward} {n}, pager {pager}.',
  'Q for ID: {pf} grew MRSA at {hosp} in {my}, now febrile again.',
  'sister {r2} is HCP, number {phone}, she is flying in from {town}.',
  'GP {last} faxed notes, pt discharged from {hosp} {date}.',
  '{pl} family requesting transfer back to {town}.',
  'per {r1} (son) pt was driving until {my}.',
  'ED attending {init} signed out to night team.',
  'A: {pf} improving, will d/w {md} in AM.',
  'lives at {street}, {town}, phone {phone}.',
];

const HELDOUT_CLINICAL: readonly string[] = [
  'A: likely CAP, CURB-65 of 2, started ceftriaxone 1g and azithro 500mg.',
  'vitals T 38.4 HR 122 BP 88/52 RR 28 SpO2 89% RA -> 94% on 4L.',
  'lactate 4.1, 30ml/kg bolus given, repeat in 2h.',
  'troponin 0.04 -> 0.09, ECG with new TWI V2-V4.',
  'Hx of Afib on apixaban 5mg bd, last dose this morning.',
  'BiPAP 12/5 FiO2 50%, tolerating, ABG pending.',
  'NIHSS 4, last known well 0630, CT/CTA negative for LVO.',
  'creatinine 2.3 (baseline 1.1), holding metformin and lisinopril.',
  'R: escalate to ICU if norepi > 0.2 mcg/kg/min.',
  'wound: 3x4cm stage 3 sacral ulcer, yellow slough, no odour.',
  'Do we need to cover for pseudomonas given prior cultures?',
  'output 15-25 ml/hr over last 4h despite 2L crystalloid.',
  'Glasgow 13 (E3V4M6), pupils 3mm equal and reactive.',
  'insulin drip at 6 units/hr, BG 180s-220s.',
];

const VOICES: readonly Voice[] = ['mixed', 'mixed-lower-names', 'caps', 'lower'];
const LOCALES: readonly Faker[] = [fakerEN_ZA, fakerEN_NG, fakerEN_IN, fakerIT, fakerES, fakerPL];

function writeHeldOut(rand: Random, faker: Faker, index: number): GoldDocument {
  const voice = pick(rand, VOICES);
  const cast = new Cast(faker, rand, int(rand, 2010, 2026));
  const writer = new NoteWriter(voice, rand, (key) => cast.resolve(key) ?? { value: key });
  const sentences = int(rand, 4, 10);
  for (let i = 0; i < sentences; i++) {
    writer.write(pick(rand, rand() < 0.5 ? HELDOUT_PHI : HELDOUT_CLINICAL)).write(rand() < 0.5 ? '\n' : ' ');
  }
  return writer.done(`heldout-${index}`);
}

/** Generates the held-out corpus; the committed file uses the default seed and count. */
export function generateHeldOut(count = 300, seed = 990_417): GoldDocument[] {
  const rand = seededRandom(seed);
  const docs: GoldDocument[] = [];
  for (let i = 0; i < count; i++) {
    const faker = pick(rand, LOCALES);
    faker.seed(int(rand, 1, 2 ** 30));
    docs.push(writeHeldOut(rand, faker, i));
  }
  return docs;
}
