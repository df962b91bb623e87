import type { Candidate, DateParts } from '../engine/candidate.js';
import { clinicalMarkers } from './clinical-markers.js';
import { resolveYears } from './resolve-years.js';

function markersOf(...dates: DateParts[]): string[] {
  const candidates: Candidate[] = dates.map((date, i) => ({
    start: i * 20,
    end: i * 20 + 10,
    category: 'DATE',
    priority: 80,
    date,
  }));
  const { markers } = clinicalMarkers(resolveYears(candidates));
  return candidates.map((c) => markers.get(c) ?? '');
}

describe(clinicalMarkers.name, () => {
  it('should count days from the first clinical date', () => {
    expect(
      markersOf({ year: 2024, month: 3, day: 14 }, { year: 2024, month: 3, day: 20 }, { month: 3, day: 12 }),
    ).toEqual(['[day 0]', '[day +6]', '[day -2]']);
  });

  it('should give month offsets to a month alone', () => {
    expect(markersOf({ year: 2024, month: 1 }, { year: 2024, month: 3 })).toEqual([
      '[month 0]',
      '[month +2]',
    ]);
  });

  it('should not anchor on remote history and tell it to the month only', () => {
    expect(markersOf({ year: 1957, month: 3, day: 14 }, { year: 2026, month: 11, day: 20 })).toEqual([
      '[month -836]',
      '[day 0]',
    ]);
  });

  it('should remove anything more than 89 years away', () => {
    expect(markersOf({ year: 1925, month: 2, day: 9 }, { year: 2024, month: 3, day: 14 })[0]).toBe('[DATE]');
  });

  it('should give a day or a holiday alone no offset', () => {
    expect(markersOf({})).toEqual(['[DATE]']);
  });

  it('should report the first clinical date as the reference', () => {
    const candidates: Candidate[] = [
      { start: 0, end: 5, category: 'DATE', priority: 80, date: { year: 2024, month: 5, day: 2 } },
    ];
    expect(clinicalMarkers(resolveYears(candidates)).reference).toEqual({ year: 2024, month: 5, day: 2 });
  });
});
