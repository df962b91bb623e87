/** The Safe Harbor identifier categories, named as in the API contract's `PhiCategory` enum. */
export const PHI_CATEGORIES = [
  'NAME',
  'LOCATION',
  'DATE',
  'AGE_OVER_89',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN_ID',
  'ACCOUNT_NUMBER',
  'LICENSE_NUMBER',
  'VEHICLE_ID',
  'DEVICE_ID',
  'URL',
  'IP_ADDRESS',
  'BIOMETRIC_ID',
  'OTHER_ID',
] as const;

export type PhiCategory = (typeof PHI_CATEGORIES)[number];

const categorySet: ReadonlySet<string> = new Set(PHI_CATEGORIES);

export function isPhiCategory(value: unknown): value is PhiCategory {
  return typeof value === 'string' && categorySet.has(value);
}

/**
 * One identifier found in the submitted text. `start` and `end` are UTF-16 offsets into the
 * input (end exclusive); `replacement` is the text that stands in its place in the output.
 */
export interface PhiFinding {
  category: PhiCategory;
  start: number;
  end: number;
  replacement: string;
}

/** The brand's key: a unique symbol this library does not export, so no other code can name it. */
declare const deidentified: unique symbol;

/**
 * Text that went through {@link deidentify}. The brand can only be applied inside this library
 * (the lint rule against `as DeidentifiedText` holds the rest of the code to that), so a column or
 * parameter typed `DeidentifiedText` cannot receive raw input by mistake.
 */
export type DeidentifiedText = string & { readonly [deidentified]: true };

export interface DeidentificationResult {
  /** The input with every finding replaced. */
  text: DeidentifiedText;
  /** Sorted by `start`, never overlapping. */
  findings: PhiFinding[];
}

/** What may be stored about a de-identification: counts and categories, never originals. */
export interface DeidentificationSummary {
  findingCount: number;
  /** Sorted, unique. */
  categories: PhiCategory[];
}
