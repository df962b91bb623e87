import type { Candidate } from '../engine/candidate.js';
import { closestYear, type YearMonth } from './calendar.js';

/** A date candidate with its year filled in where the text leaves it out. */
export interface ResolvedDate {
  candidate: Candidate;
  year?: number;
  month?: number;
  day?: number;
}

/** The year assumed when no date of the text has one (a leap year, so that 2/29 has a day). */
const DEFAULT_YEAR = 2000;

function explicit(c: Candidate): YearMonth | undefined {
  const d = c.date;
  if (d?.year === undefined || d.month === undefined) return undefined;
  return { year: d.year, month: d.month, day: d.day };
}

/**
 * Fills in the year of each year-less date ("seen again on 3/1") from the NEAREST date in the text
 * that has one (by position, the earlier on a tie), choosing the year that puts it closest in time to
 * that date. With no such date at all, each takes the year nearest to the one before it. `dates` are
 * in reading order; linear in their number.
 */
export function resolveYears(dates: readonly Candidate[]): ResolvedDate[] {
  const refs = dates.filter((c) => explicit(c) !== undefined);
  const out: ResolvedDate[] = [];
  let next = 0;
  let chain: YearMonth | undefined;
  for (const c of dates) {
    const d = c.date ?? {};
    while (next < refs.length && (refs[next]?.start ?? 0) <= c.start) next++;
    if (d.year !== undefined || d.month === undefined) {
      out.push({ candidate: c, year: d.year, month: d.month, day: d.day });
      continue;
    }
    const ref = nearest(c, refs[next - 1], refs[next]) ?? chain;
    const year = ref ? closestYear(d.month, d.day, ref) : DEFAULT_YEAR;
    chain = { year, month: d.month, day: d.day };
    out.push({ candidate: c, year, month: d.month, day: d.day });
  }
  return out;
}

function nearest(c: Candidate, before?: Candidate, after?: Candidate): YearMonth | undefined {
  if (!before) return after ? explicit(after) : undefined;
  if (!after) return explicit(before);
  return c.start - before.end <= after.start - c.end ? explicit(before) : explicit(after);
}
