import type { RegistryLicense } from '../registry-provider.entity.js';
import { isValidNpi } from './npi.js';

/** Header names of the NPPES NPI dissemination file that the importer reads (all others are ignored). */
export const NPPES_COLUMNS = {
  npi: 'NPI',
  entityType: 'Entity Type Code',
  lastName: 'Provider Last Name (Legal Name)',
  firstName: 'Provider First Name',
  deactivationDate: 'NPI Deactivation Date',
  reactivationDate: 'NPI Reactivation Date',
  licenseNumber: (slot: number) => `Provider License Number_${slot}`,
  licenseState: (slot: number) => `Provider License Number State Code_${slot}`,
  taxonomyCode: (slot: number) => `Healthcare Provider Taxonomy Code_${slot}`,
} as const;

/** The file numbers its licence and taxonomy slots 1 to 15. */
export const NPPES_SLOTS = 15;

/** Why a row was not imported. Reported with its line number only, never its contents. */
export enum MalformedReason {
  INVALID_NPI = 'INVALID_NPI',
  MISSING_LAST_NAME = 'MISSING_LAST_NAME',
  NAME_TOO_LONG = 'NAME_TOO_LONG',
  INVALID_DATE = 'INVALID_DATE',
  UNKNOWN_ENTITY_TYPE = 'UNKNOWN_ENTITY_TYPE',
  FIELD_COUNT = 'FIELD_COUNT',
  BAD_QUOTING = 'BAD_QUOTING',
  RECORD_TOO_LONG = 'RECORD_TOO_LONG',
}

export const MALFORMED_REASON_TEXT: Record<MalformedReason, string> = {
  [MalformedReason.INVALID_NPI]: 'NPI is not 10 digits with a valid check digit',
  [MalformedReason.MISSING_LAST_NAME]: 'individual without a last name',
  [MalformedReason.NAME_TOO_LONG]: 'name longer than 100 characters',
  [MalformedReason.INVALID_DATE]: 'unparseable deactivation or reactivation date',
  [MalformedReason.UNKNOWN_ENTITY_TYPE]: 'entity type code is neither 1 nor 2',
  [MalformedReason.FIELD_COUNT]: 'number of fields differs from the header',
  [MalformedReason.BAD_QUOTING]: 'broken quoting',
  [MalformedReason.RECORD_TOO_LONG]: 'record too long',
};

/** A provider as stored in `registry_provider`. */
export interface RegistryRow {
  npi: string;
  firstName: string;
  lastName: string;
  licenses: RegistryLicense[];
  taxonomyCodes: string[];
  deactivatedOn: string | null;
}

export type NppesRecord =
  | { kind: 'individual'; row: RegistryRow }
  | { kind: 'organisation' }
  /** A deactivated NPI: the file blanks every field but the NPI and the deactivation date. */
  | { kind: 'deactivation'; npi: string; deactivatedOn: string }
  | { kind: 'malformed'; reason: MalformedReason };

/** Positions of the columns the importer reads, found by header name. */
export interface NppesLayout {
  width: number;
  npi: number;
  entityType: number;
  lastName: number;
  firstName: number;
  deactivationDate: number;
  /** -1 when the file has no such column. */
  reactivationDate: number;
  licenses: { number: number; state: number }[];
  taxonomyCodes: number[];
}

/** The file is not in the NPPES format at all (a fatal error, unlike a malformed row). */
export class RegistryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryFormatError';
  }
}

const MAX_NAME_LENGTH = 100;

/** Locates the columns the importer needs in a header row; throws {@link RegistryFormatError} if any is missing. */
export function nppesLayout(header: readonly string[]): NppesLayout {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const find = (name: string): number => index.get(name.toLowerCase()) ?? -1;
  const required = [
    NPPES_COLUMNS.npi,
    NPPES_COLUMNS.entityType,
    NPPES_COLUMNS.lastName,
    NPPES_COLUMNS.firstName,
    NPPES_COLUMNS.deactivationDate,
    NPPES_COLUMNS.licenseNumber(1),
    NPPES_COLUMNS.licenseState(1),
  ];
  const missing = required.filter((name) => find(name) === -1);
  if (missing.length > 0) {
    throw new RegistryFormatError(
      `Not an NPPES NPI dissemination file: missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }
  const licenses: NppesLayout['licenses'] = [];
  const taxonomyCodes: number[] = [];
  for (let slot = 1; slot <= NPPES_SLOTS; slot++) {
    const number = find(NPPES_COLUMNS.licenseNumber(slot));
    const state = find(NPPES_COLUMNS.licenseState(slot));
    if (number !== -1) licenses.push({ number, state });
    const taxonomy = find(NPPES_COLUMNS.taxonomyCode(slot));
    if (taxonomy !== -1) taxonomyCodes.push(taxonomy);
  }
  return {
    width: header.length,
    npi: find(NPPES_COLUMNS.npi),
    entityType: find(NPPES_COLUMNS.entityType),
    lastName: find(NPPES_COLUMNS.lastName),
    firstName: find(NPPES_COLUMNS.firstName),
    deactivationDate: find(NPPES_COLUMNS.deactivationDate),
    reactivationDate: find(NPPES_COLUMNS.reactivationDate),
    licenses,
    taxonomyCodes,
  };
}

export const INVALID_NPPES_DATE = Symbol('invalid date');

/** MM/DD/YYYY (the file's format) or YYYY-MM-DD to an ISO date; null when empty. */
export function parseNppesDate(text: string): string | null | typeof INVALID_NPPES_DATE {
  const value = text.trim();
  if (value === '') return null;
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = us ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return INVALID_NPPES_DATE;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return INVALID_NPPES_DATE;
  return `${year}-${month}-${day}`;
}

function field(fields: readonly string[], index: number): string {
  return index === -1 ? '' : (fields[index] ?? '');
}

/** Maps one data row of the file, located by `layout`, to what the importer does with it. */
export function mapNppesRecord(fields: readonly string[], layout: NppesLayout): NppesRecord {
  if (fields.length !== layout.width) return { kind: 'malformed', reason: MalformedReason.FIELD_COUNT };
  const npi = field(fields, layout.npi).trim();
  if (!isValidNpi(npi)) return { kind: 'malformed', reason: MalformedReason.INVALID_NPI };
  const entityType = field(fields, layout.entityType).trim();
  if (entityType === '2') return { kind: 'organisation' };

  const deactivated = parseNppesDate(field(fields, layout.deactivationDate));
  const reactivated = parseNppesDate(field(fields, layout.reactivationDate));
  if (deactivated === INVALID_NPPES_DATE || reactivated === INVALID_NPPES_DATE) {
    return { kind: 'malformed', reason: MalformedReason.INVALID_DATE };
  }
  if (entityType === '') {
    return deactivated
      ? { kind: 'deactivation', npi, deactivatedOn: deactivated }
      : { kind: 'malformed', reason: MalformedReason.UNKNOWN_ENTITY_TYPE };
  }
  if (entityType !== '1') return { kind: 'malformed', reason: MalformedReason.UNKNOWN_ENTITY_TYPE };

  const lastName = field(fields, layout.lastName).trim();
  const firstName = field(fields, layout.firstName).trim();
  if (lastName === '') return { kind: 'malformed', reason: MalformedReason.MISSING_LAST_NAME };
  if (lastName.length > MAX_NAME_LENGTH || firstName.length > MAX_NAME_LENGTH) {
    return { kind: 'malformed', reason: MalformedReason.NAME_TOO_LONG };
  }

  const licenses: RegistryLicense[] = [];
  for (const slot of layout.licenses) {
    const number = field(fields, slot.number).trim().toUpperCase();
    if (number === '') continue;
    const state = field(fields, slot.state).trim().toUpperCase();
    if (!licenses.some((l) => l.number === number && l.state === state)) licenses.push({ number, state });
  }
  const taxonomyCodes: string[] = [];
  for (const index of layout.taxonomyCodes) {
    const code = field(fields, index).trim().toUpperCase();
    if (code !== '' && !taxonomyCodes.includes(code)) taxonomyCodes.push(code);
  }
  // A reactivation on or after the last deactivation makes the NPI active again.
  const deactivatedOn = deactivated && !(reactivated && reactivated >= deactivated) ? deactivated : null;
  return { kind: 'individual', row: { npi, firstName, lastName, licenses, taxonomyCodes, deactivatedOn } };
}
