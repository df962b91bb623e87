import type { Candidate } from '../engine/candidate.js';
import type { Lexicons } from '../lexicon/lexicons.js';

/** Last words of a hospital's service or department: with only ordinary words before them, no place. */
const SERVICE_HEADS: ReadonlySet<string> = new Set([
  'care',
  'therapy',
  'services',
  'service',
  'medicine',
  'unit',
  'team',
]);
const SPACES = /\s+/;
/** Last words of a clinic's or department's name: clinical content only after specialty words. */
const DEPARTMENT_HEADS: ReadonlySet<string> = new Set([
  'clinic',
  'clinics',
  'center',
  'centre',
  'department',
  'dept',
  'division',
  'program',
]);
/** Words of a department's kind that are no specialty's name ("Outpatient", "Surgical"). */
const DEPARTMENT_KINDS: ReadonlySet<string> = new Set([
  'medical',
  'surgical',
  'outpatient',
  'inpatient',
  'specialty',
  'medicine',
  'surgery',
  'pediatric',
  'adult',
]);
/** A specialty's name: "Rheumatology", "Psychiatry", "Pediatric", "Orthopedics", "Bariatric". */
const SPECIALTY_ENDING = /(?:ology|iatry|iatrics?|ics?)$/;

/** The patterns of the service filter, for the ReDoS test. */
export const CLINICAL_SERVICE_PATTERNS: readonly RegExp[] = [SPACES, SPECIALTY_ENDING];

function named(w: string, lex: Lexicons): boolean {
  return lex.firstNames.has(w) || lex.surnames.has(w) || lex.otherNames.has(w) || lex.cities.has(w);
}

/**
 * "Pulmonary Medicine Clinic", "Pediatric Rheumatology Clinic", "Bariatric Surgical Center": a clinic
 * or department named by its specialty only (medical vocabulary or a specialty's ending, no name, no
 * town) is clinical content. "Sunrise Clinic" or "Mayo Clinic" is not.
 */
function isSpecialtyDepartment(words: readonly string[], lex: Lexicons): boolean {
  if (words.length < 2 || words.length > 4 || !DEPARTMENT_HEADS.has(words[words.length - 1] ?? ''))
    return false;
  return words.slice(0, -1).every((w) => {
    if (DEPARTMENT_KINDS.has(w) || lex.medical.has(w)) return true;
    if (named(w, lex)) return false;
    return lex.dictionary.has(w) && w.length > 5 && SPECIALTY_ENDING.test(w);
  });
}

/**
 * "Respiratory Care", "Intensive Care Unit", "Physical Therapy": a service named by dictionary
 * words only (no person's name, no town) is clinical content, not a facility's name.
 */
export function isClinicalService(phrase: string, lex: Lexicons): boolean {
  const words = phrase.toLowerCase().split(SPACES);
  if (isSpecialtyDepartment(words, lex)) return true;
  if (words.length < 2 || words.length > 3 || !SERVICE_HEADS.has(words[words.length - 1] ?? '')) return false;
  return words.slice(0, -1).every((w) => {
    if (SERVICE_HEADS.has(w)) return true;
    const known = lex.dictionary.has(w) || lex.medical.has(w);
    const named = lex.firstNames.has(w) || lex.surnames.has(w) || lex.otherNames.has(w) || lex.cities.has(w);
    return known && !named;
  });
}

/** Drops the LOCATION candidates that only name a clinical service. */
export function withoutClinicalServices(candidates: Candidate[], text: string, lex: Lexicons): Candidate[] {
  return candidates.filter(
    (c) => c.category !== 'LOCATION' || !isClinicalService(text.slice(c.start, c.end), lex),
  );
}
