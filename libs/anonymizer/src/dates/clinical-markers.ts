import { dayNumber, monthNumber, signed, type YearMonth } from './calendar.js';
import type { Candidate } from '../engine/candidate.js';
import type { ResolvedDate } from './resolve-years.js';

/** Offsets past 89 years would tell an age over 89. */
const MAX_OFFSET_DAYS = 89 * 365;
const MAX_OFFSET_MONTHS = 89 * 12;
/**
 * A dated item this long before the latest one is history ("CABG 4/12/1998"), or an unlabelled date
 * of birth: it never anchors the day offsets, and it is told to the month only.
 */
const REMOTE_DAYS = 15 * 365;

export interface ClinicalMarkers {
  markers: Map<Candidate, string>;
  /** The case's reference date: its first clinical date (for ages); absent when it has none. */
  reference?: YearMonth;
}

type Full = ResolvedDate & { year: number; month: number; day: number };

function isFull(r: ResolvedDate): r is Full {
  return r.year !== undefined && r.month !== undefined && r.day !== undefined;
}

/**
 * Turns clinical dates (never a birth date) into markers: "[day +6]" from the FIRST clinical date
 * with a day that is not remote history, "[month -2]" for a month alone or for remote history,
 * "[DATE]" for a day or holiday alone and for anything more than 89 years away.
 */
export function clinicalMarkers(dates: readonly ResolvedDate[]): ClinicalMarkers {
  let latest = Number.NEGATIVE_INFINITY;
  for (const r of dates) {
    if (isFull(r) && r.candidate.date?.year !== undefined)
      latest = Math.max(latest, dayNumber(r.year, r.month, r.day));
  }
  const remote = (r: Full): boolean => dayNumber(r.year, r.month, r.day) < latest - REMOTE_DAYS;
  const anchor = dates.find((r): r is Full => isFull(r) && !remote(r));
  const firstMonth = dates.find((r) => r.year !== undefined && r.month !== undefined);
  const anchorMonth = anchor ?? firstMonth;
  const markers = new Map<Candidate, string>();
  for (const r of dates) {
    markers.set(r.candidate, marker(r, anchor, anchorMonth, remote));
  }
  const reference = anchor ?? firstMonth;
  return {
    markers,
    reference:
      reference?.year === undefined || reference.month === undefined
        ? undefined
        : { year: reference.year, month: reference.month, day: reference.day },
  };
}

function marker(
  r: ResolvedDate,
  anchor: Full | undefined,
  anchorMonth: ResolvedDate | undefined,
  remote: (r: Full) => boolean,
): string {
  if (isFull(r) && anchor && !remote(r)) {
    const offset = dayNumber(r.year, r.month, r.day) - dayNumber(anchor.year, anchor.month, anchor.day);
    return Math.abs(offset) > MAX_OFFSET_DAYS ? '[DATE]' : `[day ${signed(offset)}]`;
  }
  if (r.year !== undefined && r.month !== undefined && anchorMonth?.year !== undefined) {
    const offset = monthNumber(r.year, r.month) - monthNumber(anchorMonth.year, anchorMonth.month ?? 1);
    return Math.abs(offset) > MAX_OFFSET_MONTHS ? '[DATE]' : `[month ${signed(offset)}]`;
  }
  return '[DATE]';
}
