import { ageRange, closestYear, dayNumber, monthNumber, signed } from './calendar.js';

describe('calendar', () => {
  it('should count days across a year end', () => {
    expect(dayNumber(2024, 1, 2) - dayNumber(2023, 12, 30)).toBe(3);
  });

  it('should count months across a year end', () => {
    expect(monthNumber(2024, 2) - monthNumber(2023, 11)).toBe(3);
  });

  it('should sign offsets as the tags write them', () => {
    expect([signed(0), signed(3), signed(-2)]).toEqual(['0', '+3', '-2']);
  });

  it('should put a year-less date in the year closest to its reference', () => {
    expect(closestYear(3, 1, { year: 2023, month: 12, day: 30 })).toBe(2024);
    expect(closestYear(12, 28, { year: 2024, month: 1, day: 3 })).toBe(2023);
    expect(closestYear(6, 1, { year: 2024, month: 5, day: 20 })).toBe(2024);
  });

  it('should give an exact age when both dates are complete', () => {
    expect(ageRange({ year: 1957, month: 3, day: 14 }, { year: 2026, month: 11, day: 20 })).toEqual({
      min: 69,
      max: 69,
    });
    expect(ageRange({ year: 1957, month: 3, day: 14 }, { year: 2026, month: 3, day: 13 })).toEqual({
      min: 68,
      max: 68,
    });
  });

  it('should give the youngest and oldest possible ages when parts are missing', () => {
    expect(ageRange({ year: 1933 }, { year: 2024, month: 1, day: 2 })).toEqual({ min: 90, max: 91 });
    expect(ageRange({ year: 1960, month: 5 }, { year: 2024, month: 5 })).toEqual({ min: 63, max: 64 });
  });
});
