export { isValidNpi, npiCheckDigit } from './npi.js';
export { matchRegistry, nameWords } from './registry-match.js';
export type { RegistryMatchInput, RegistryMatchRow } from './registry-match.js';
export { importRegistry } from './registry-importer.js';
export type { ImportOptions, ImportProgress, ImportSummary, MalformedRow } from './registry-importer.js';
export { ImportProgressReporter, formatImportSummary } from './import-progress.js';
export {
  MALFORMED_REASON_TEXT,
  MalformedReason,
  NPPES_COLUMNS,
  NPPES_SLOTS,
  RegistryFormatError,
} from './nppes-record.mapper.js';
export type { RegistryRow } from './nppes-record.mapper.js';
export { FieldMatch, compareWithRegistry } from './registry-compare.js';
export type { RegistryComparison } from './registry-compare.js';
