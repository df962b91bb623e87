import type { DateParts } from '../engine/candidate.js';

const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a calendar date (months and days past their range roll over). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Months since year 0 of a year and month, for month offsets. */
export function monthNumber(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The last day of a month (29 for February: a year-less 2/29 must stay a day). */
export function lastDay(month: number): number {
  return DAYS_IN_MONTH[month] ?? 31;
}

/** "+3", "-2", "0": the sign the engine's tags carry. */
export function signed(n: number): string {
  return n === 0 ? '0' : n > 0 ? `+${n}` : `${n}`;
}

/** A date with its year known, its day possibly not. */
export interface YearMonth {
  year: number;
  month: number;
  day?: number;
}

/**
 * The year (one of the reference's year and the two around it) that puts `month`/`day` closest in
 * time to the reference: "3/1" written near 12/30/2023 is 3/1/2024 ("seen again on 3/1").
 */
export function closestYear(month: number, day: number | undefined, ref: YearMonth): number {
  const target = dayNumber(ref.year, ref.month, ref.day ?? 15);
  let best = ref.year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [ref.year, ref.year - 1, ref.year + 1]) {
    const distance = Math.abs(dayNumber(year, month, day ?? 15) - target);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Whole years from a birth date to a reference date, as the youngest and the oldest the person can
 * be when parts of either date are missing (a birth year alone: 66 or 67).
 */
export function ageRange(birth: DateParts & { year: number }, ref: YearMonth): { min: number; max: number } {
  const youngestMonth = birth.month ?? 12;
  const youngest = {
    month: youngestMonth,
    day: birth.day ?? lastDay(youngestMonth),
  };
  const oldest = { month: birth.month ?? 1, day: birth.day ?? 1 };
  const years = (b: { month: number; day: number }, refDay: number): number => {
    const before = ref.month < b.month || (ref.month === b.month && refDay < b.day);
    return ref.year - birth.year - (before ? 1 : 0);
  };
  return { min: years(youngest, ref.day ?? 1), max: years(oldest, ref.day ?? lastDay(ref.month)) };
}
