import { fakerEN_CA, fakerEN_US, fakerFR, type Faker } from '@faker-js/faker';
import type { GoldDocument, GoldSpan } from '../gold.js';
import { Cast } from './cast.js';
import { NoteWriter, int, pick, seededRandom, type Random } from './compose.js';

/**
 * Development corpora: surrogate identifiers injected into real clinical text that has (almost) none,
 * the MTS-Dialog sections and the ACI-BENCH visit notes of shared/data/deid. Sentences in the voice
 * of a dictated report are inserted at sentence boundaries; the host text is kept as it is, and its
 * own spans (silver, in ACI-BENCH) are carried over with shifted offsets.
 */
export const REPORT_PHI: readonly string[] = [
  'She was seen by Dr. {md} at {hosp} on {date}.',
  'His daughter, {r1}, can be reached at {phone}.',
  'The patient, {pf} {pl}, lives in {town} with her husband {r2}.',
  'Records from {hosp} dated {date} were reviewed.',
  'Mr. {pl} was last admitted on {date} for a COPD exacerbation.',
  'Discussed with {init} from cardiology, who agrees with the plan.',
  'Per his wife {r1}, he has been more confused since {date}.',
  'Follow up with Dr. {md2} in the {town} clinic in 3 months.',
  'MRN: {mrn}. Room {room}.',
  'He is a {age90}-year-old retired farmer from {town}.',
  'Call {phone} with any questions.',
  'She had a colonoscopy in {my} that was normal.',
  '{pf} was accompanied by her son {r3}.',
  'Referred by {first} {last}, NP, at {acr}.',
  'Address: {street}, {town} {zip}.',
];

const LOCALES: readonly Faker[] = [fakerEN_US, fakerEN_CA, fakerFR];
const SENTENCE_END = /[.!?]\s+(?=[A-Z])/g;

/** Offsets just after each sentence end of `text`, plus its end. */
function boundaries(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) out.push(m.index + m[0].length);
  out.push(text.length);
  return out;
}

/** Inserts `inserts` (sorted by offset) into `host`, shifting its spans. */
function splice(host: GoldDocument, inserts: { at: number; doc: GoldDocument }[], id: string): GoldDocument {
  let text = '';
  let from = 0;
  let shift = 0;
  const spans: GoldSpan[] = [];
  const hostSpans = [...host.spans].sort((a, b) => a.start - b.start);
  let hi = 0;
  for (const { at, doc } of [...inserts, { at: host.text.length, doc: undefined }]) {
    while (hi < hostSpans.length && (hostSpans[hi]?.start ?? Infinity) < at) {
      const s = hostSpans[hi++];
      if (s) spans.push({ ...s, start: s.start + shift, end: s.end + shift });
    }
    text += host.text.slice(from, at);
    from = at;
    if (doc === undefined) break;
    const sep = at > 0 && !text.endsWith(' ') && !text.endsWith('\n') ? ' ' : '';
    const piece = `${sep}${doc.text} `;
    for (const s of doc.spans)
      spans.push({ ...s, start: text.length + sep.length + s.start, end: text.length + sep.length + s.end });
    text += piece;
    shift += piece.length;
  }
  return { id, text, spans };
}

function injectOne(rand: Random, host: GoldDocument, faker: Faker): GoldDocument {
  const cast = new Cast(faker, rand, int(rand, 2012, 2026));
  const bounds = boundaries(host.text);
  const count = Math.min(bounds.length, int(rand, 1, 3) + Math.floor(host.text.length / 1500));
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(pick(rand, bounds));
  const inserts = [...chosen]
    .sort((a, b) => a - b)
    .map((at) => {
      const writer = new NoteWriter('mixed', rand, (key) => cast.resolve(key) ?? { value: key });
      return { at, doc: writer.write(pick(rand, REPORT_PHI)).done('') };
    });
  return splice(host, inserts, `${host.id}+inj`);
}

/** Injects surrogate identifiers into every host text; the same seed always gives the same corpus. */
export function injectIdentifiers(hosts: readonly GoldDocument[], seed: number): GoldDocument[] {
  const rand = seededRandom(seed);
  return hosts.map((host) => {
    const faker = pick(rand, LOCALES);
    faker.seed(int(rand, 1, 2 ** 30));
    return injectOne(rand, host, faker);
  });
}

/** The regular expressions of the injector, for the ReDoS test. */
export const INJECT_PATTERNS: readonly RegExp[] = [SENTENCE_END];
