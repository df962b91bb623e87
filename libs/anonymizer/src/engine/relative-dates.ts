import type { Candidate, DateParts } from './candidate.js';

const MS_PER_DAY = 86_400_000;
/** Offsets past 89 years would reveal an age over 89 (a date of birth next to a visit). */
const MAX_OFFSET_DAYS = 89 * 365;
const DEFAULT_YEAR = 2000; // a leap year, so that 2/29 without a year still has a day

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function signed(n: number): string {
  return n === 0 ? '0' : n > 0 ? `+${n}` : `${n}`;
}

/**
 * Turns the date candidates of one text (in reading order) into markers relative to the first
 * date that has a day: "[day 0]", "[day +6]", "[day -2]". Month-only dates become "[month +1]"
 * relative to the first month mentioned; a day or holiday alone becomes "[DATE]". A missing year
 * is taken from the closest earlier date that had one (or the first one in the text).
 */
export function assignRelativeDates(dates: readonly Candidate[]): Map<Candidate, string> {
  const out = new Map<Candidate, string>();
  const firstYear = dates.find((d) => d.date?.year !== undefined)?.date?.year ?? DEFAULT_YEAR;
  let lastYear = firstYear;
  let anchorDay: number | undefined;
  let anchorMonth: number | undefined;
  for (const c of dates) {
    const parts: DateParts = c.date ?? {};
    const year = parts.year ?? lastYear;
    if (parts.year !== undefined) lastYear = parts.year;
    if (parts.month !== undefined && parts.day !== undefined) {
      const n = dayNumber(year, parts.month, parts.day);
      anchorDay ??= n;
      anchorMonth ??= year * 12 + parts.month - 1;
      const offset = n - anchorDay;
      out.set(c, Math.abs(offset) > MAX_OFFSET_DAYS ? '[DATE]' : `[day ${signed(offset)}]`);
    } else if (parts.month !== undefined) {
      const m = year * 12 + parts.month - 1;
      anchorMonth ??= m;
      const offset = m - anchorMonth;
      out.set(c, Math.abs(offset) > 89 * 12 ? '[DATE]' : `[month ${signed(offset)}]`);
    } else {
      out.set(c, '[DATE]');
    }
  }
  return out;
}
