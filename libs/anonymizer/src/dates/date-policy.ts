import type { Candidate } from '../engine/candidate.js';
import { isBirthDate } from './birth-cue.js';
import { birthMarker } from './birth-marker.js';
import { clinicalMarkers } from './clinical-markers.js';
import { resolveYears } from './resolve-years.js';

export interface DatePolicy {
  /** The replacement of each date finding. */
  markers: Map<Candidate, string>;
  /** Years written alone that may stay (the person is not known to be over 89, and it is no birth year). */
  keep: Set<Candidate>;
}

/**
 * Decides what every date of one text becomes, so that no date can leak:
 * - a date of birth (or a birth year) becomes an age in whole years at the case's first clinical
 *   date ("[age 67]", "[age 90+]"), or "[DATE]" without one;
 * - clinical dates become day offsets from the FIRST clinical date, never from a birth date; a
 *   year-less one takes the year of the nearest clinical date;
 * - when the person is over 89 (an age found in the text or told by a birth date), every year
 *   written alone goes too.
 * `dates` are the DATE findings of the text in reading order.
 */
export function applyDatePolicy(dates: readonly Candidate[], text: string, ageOver89: boolean): DatePolicy {
  const births: Candidate[] = [];
  const years: Candidate[] = [];
  const clinical: Candidate[] = [];
  for (const c of dates) {
    if (isBirthDate(text, c.start)) births.push(c);
    else if (c.bareYear) years.push(c);
    else clinical.push(c);
  }
  const { markers, reference } = clinicalMarkers(resolveYears(clinical));
  let over89 = ageOver89;
  for (const c of births) {
    const birth = birthMarker(c.date ?? {}, reference);
    markers.set(c, birth.text);
    over89 ||= birth.over89;
  }
  const keep = new Set<Candidate>();
  for (const c of years) {
    if (over89) markers.set(c, '[DATE]');
    else keep.add(c);
  }
  return { markers, keep };
}
