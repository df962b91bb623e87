import type { RegistryLicense } from '../registry-provider.entity.js';
import { type RegistryMatchInput, type RegistryMatchRow, nameWords } from './registry-match.js';

/** How one field of a submitted licence compares with the registry. */
export enum FieldMatch {
  MATCH = 'MATCH',
  PARTIAL = 'PARTIAL',
  MISMATCH = 'MISMATCH',
  /** The registry has nothing to compare with. */
  MISSING = 'MISSING',
}

/** A licence compared with its NPI's registry row, field by field, with a score out of 100. */
export interface RegistryComparison {
  npi: FieldMatch;
  name: FieldMatch;
  state: FieldMatch;
  number: FieldMatch;
  /** MATCH: active in the registry; MISMATCH: deactivated there. */
  deactivation: FieldMatch;
  /** The registry's expiry for this licence number against the one typed (MISSING when it has none). */
  expiry: FieldMatch;
  score: number;
  deactivatedOn: string | null;
}

const WEIGHTS = { npi: 30, name: 25, state: 15, number: 25, active: 5 };
/** A deactivated NPI is never a sure match, whatever else agrees. */
const DEACTIVATED_CAP = 20;

const numberKey = (n: string): string => n.toUpperCase().replace(/[\s-]+/g, '');

/** Pure: the caller looks the row up (null when the registry has no such NPI). */
export function compareWithRegistry(
  input: RegistryMatchInput & { expiresOn: string },
  row: (RegistryMatchRow & { licenses: readonly (RegistryLicense & { expiresOn?: string | null })[] }) | null,
): RegistryComparison {
  if (!row || row.npi.trim() !== input.npi.trim()) {
    const missing = FieldMatch.MISSING;
    return {
      npi: FieldMatch.MISMATCH,
      name: missing,
      state: missing,
      number: missing,
      deactivation: missing,
      expiry: missing,
      score: 0,
      deactivatedOn: null,
    };
  }
  const clinician = new Set(nameWords(input.clinicianName));
  const registryWords = [...nameWords(row.firstName), ...nameWords(row.lastName)];
  const found = registryWords.filter((w) => clinician.has(w)).length;
  const name =
    registryWords.length === 0
      ? FieldMatch.MISSING
      : found === registryWords.length
        ? FieldMatch.MATCH
        : found > 0
          ? FieldMatch.PARTIAL
          : FieldMatch.MISMATCH;
  const state = input.jurisdiction.trim().toUpperCase();
  const key = numberKey(input.licenseNumber.trim());
  const inState = row.licenses.filter((l) => l.state.trim().toUpperCase() === state);
  const sameNumber = row.licenses.filter((l) => numberKey(l.number.trim()) === key);
  const exact = inState.find((l) => numberKey(l.number.trim()) === key) ?? null;
  const stateMatch =
    row.licenses.length === 0
      ? FieldMatch.MISSING
      : inState.length > 0
        ? FieldMatch.MATCH
        : FieldMatch.MISMATCH;
  const numberMatch =
    row.licenses.length === 0
      ? FieldMatch.MISSING
      : exact
        ? FieldMatch.MATCH
        : sameNumber.length > 0
          ? FieldMatch.PARTIAL
          : FieldMatch.MISMATCH;
  const registryExpiry = exact?.expiresOn ?? null;
  const expiry = !registryExpiry
    ? FieldMatch.MISSING
    : registryExpiry === input.expiresOn
      ? FieldMatch.MATCH
      : FieldMatch.MISMATCH;
  const active = row.deactivatedOn === null;
  let score = WEIGHTS.npi;
  score += name === FieldMatch.MATCH ? WEIGHTS.name : name === FieldMatch.PARTIAL ? 10 : 0;
  score += stateMatch === FieldMatch.MATCH ? WEIGHTS.state : 0;
  score += numberMatch === FieldMatch.MATCH ? WEIGHTS.number : numberMatch === FieldMatch.PARTIAL ? 10 : 0;
  score += active ? WEIGHTS.active : 0;
  if (!active) score = Math.min(score, DEACTIVATED_CAP);
  return {
    npi: FieldMatch.MATCH,
    name,
    state: stateMatch,
    number: numberMatch,
    deactivation: active ? FieldMatch.MATCH : FieldMatch.MISMATCH,
    expiry,
    score,
    deactivatedOn: row.deactivatedOn,
  };
}
