import type { Candidate, DateParts } from '../engine/candidate.js';
import { resolveYears } from './resolve-years.js';

function at(start: number, date: DateParts): Candidate {
  return { start, end: start + 5, category: 'DATE', priority: 80, date };
}

describe(resolveYears.name, () => {
  it('should take the year from the nearest dated item, before or after', () => {
    const dates = [
      at(0, { year: 1957, month: 3, day: 14 }),
      at(100, { year: 2026, month: 11, day: 20 }),
      at(110, { month: 3, day: 1 }),
    ];
    expect(resolveYears(dates).map((d) => d.year)).toEqual([1957, 2026, 2027]);
  });

  it('should prefer the closer date in the text over the earlier one', () => {
    const dates = [
      at(0, { year: 2020, month: 1, day: 1 }),
      at(50, { month: 6, day: 1 }),
      at(56, { year: 2024, month: 5, day: 1 }),
    ];
    expect(resolveYears(dates)[1]?.year).toBe(2024);
  });

  it('should cross a year end in the direction that keeps the date close', () => {
    const dates = [at(0, { year: 2023, month: 12, day: 30 }), at(10, { month: 1, day: 2 })];
    expect(resolveYears(dates)[1]?.year).toBe(2024);
  });

  it('should chain year-less dates when no date has a year', () => {
    const dates = [at(0, { month: 12, day: 30 }), at(10, { month: 1, day: 2 })];
    const [a, b] = resolveYears(dates);
    expect([a?.year, b?.year]).toEqual([2000, 2001]);
  });

  it('should leave days and holidays without a month as they are', () => {
    expect(resolveYears([at(0, {})])[0]).toEqual({
      candidate: expect.anything(),
      year: undefined,
      month: undefined,
      day: undefined,
    });
  });
});
