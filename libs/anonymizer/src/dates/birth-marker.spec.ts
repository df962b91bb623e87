import { birthMarker } from './birth-marker.js';

describe(birthMarker.name, () => {
  const ref = { year: 2026, month: 11, day: 20 };

  it('should give the age in whole years at the reference date', () => {
    expect(birthMarker({ year: 1957, month: 3, day: 14 }, ref)).toEqual({ text: '[age 69]', over89: false });
  });

  it('should give 90+ when the person may be 90 or older', () => {
    expect(birthMarker({ year: 1936 }, ref)).toEqual({ text: '[age 90+]', over89: true });
    expect(birthMarker({ year: 1925, month: 2, day: 9 }, ref).text).toBe('[age 90+]');
  });

  it('should read a two-digit year that would follow the visit in the century before', () => {
    expect(birthMarker({ year: 2057, month: 3, day: 4 }, ref).text).toBe('[age 69]');
  });

  it('should tell no date at all without a reference or a birth year', () => {
    expect(birthMarker({ year: 1957, month: 3, day: 14 }, undefined)).toEqual({
      text: '[DATE]',
      over89: false,
    });
    expect(birthMarker({ month: 6, day: 2 }, ref).text).toBe('[DATE]');
  });
});
