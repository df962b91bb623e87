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

/** The patterns of the service filter, for the ReDoS test. */
export const CLINICAL_SERVICE_PATTERNS: readonly RegExp[] = [SPACES];

/**
 * "Respiratory Care", "Intensive Care Unit", "Physical Therapy": a service named by dictionary
 * words only (no person's name, no town) is clinical content, not a facility's name.
 */
export function isClinicalService(phrase: string, lex: Lexicons): boolean {
  const words = phrase.toLowerCase().split(SPACES);
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
