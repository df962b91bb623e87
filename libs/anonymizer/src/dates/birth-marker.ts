import type { DateParts } from '../engine/candidate.js';
import { ageRange, type YearMonth } from './calendar.js';

export interface BirthMarker {
  /** "[age 67]", "[age 90+]", or "[DATE]" when no age can be told. */
  text: string;
  /** The person may be over 89: every date element of theirs must go, the year included. */
  over89: boolean;
}

/**
 * What stands for a date of birth: the age in whole years at the case's reference date (its first
 * clinical date), "90+" when the person may be 90 or older; with no reference or no birth year,
 * "[DATE]": never a date, never a distance in days.
 */
export function birthMarker(birth: DateParts, reference: YearMonth | undefined): BirthMarker {
  if (birth.year === undefined || reference === undefined) return { text: '[DATE]', over89: false };
  // a two-digit year ("DOB 3/4/25") read in the wrong century: a birth cannot follow the visit
  const year = birth.year > reference.year ? birth.year - 100 : birth.year;
  const { min, max } = ageRange({ ...birth, year }, reference);
  if (max >= 90) return { text: '[age 90+]', over89: true };
  if (min < 0) return { text: '[DATE]', over89: false };
  return { text: `[age ${min}]`, over89: false };
}
