import { RegistryMatch } from '../license.entity.js';
import type { RegistryLicense } from '../registry-provider.entity.js';

/** What a clinician submitted. */
export interface RegistryMatchInput {
  npi: string;
  jurisdiction: string;
  licenseNumber: string;
  clinicianName: string;
}

/** The registry row found for the submitted NPI (null when there is none). */
export interface RegistryMatchRow {
  npi: string;
  firstName: string;
  lastName: string;
  licenses: readonly RegistryLicense[];
  deactivatedOn: string | null;
}

/** Lower-case words without accents: "Dr. José O'Neil-Núñez" -> ["dr", "jose", "oneil", "nunez"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Licence numbers compare upper-cased, without spaces or dashes ("md-01234" equals "MD 01234"). */
function licenseKey(number: string): string {
  return number.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * Compares a submitted licence with the registry row of its NPI.
 * - FULL: the NPI is active in the registry, every word of the registry's first and last names
 *   appears in the clinician's name (case, accents and titles such as "Dr." do not matter), and the
 *   registry lists the jurisdiction and licence number.
 * - PARTIAL: the NPI is active in the registry but the name or the licence differs.
 * - NONE: the NPI is not in the registry, or it is deactivated.
 * Pure: the caller looks the row up.
 */
export function matchRegistry(input: RegistryMatchInput, row: RegistryMatchRow | null): RegistryMatch {
  if (!row || row.npi.trim() !== input.npi.trim() || row.deactivatedOn !== null) return RegistryMatch.NONE;
  const clinician = new Set(nameWords(input.clinicianName));
  const registryName = [...nameWords(row.firstName), ...nameWords(row.lastName)];
  const nameMatches = nameWords(row.lastName).length > 0 && registryName.every((word) => clinician.has(word));
  const jurisdiction = input.jurisdiction.trim().toUpperCase();
  const number = licenseKey(input.licenseNumber.trim());
  const licenseMatches =
    number !== '' &&
    row.licenses.some(
      (l) => l.state.trim().toUpperCase() === jurisdiction && licenseKey(l.number.trim()) === number,
    );
  return nameMatches && licenseMatches ? RegistryMatch.FULL : RegistryMatch.PARTIAL;
}
