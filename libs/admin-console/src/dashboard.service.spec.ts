import { fillWeeks, weekStart } from './dashboard.service.js';
import { likeContains } from './clinician-search.service.js';

describe(weekStart.name, () => {
  it('should give the Monday of the week, a Sunday belonging to the week before', () => {
    expect(weekStart(new Date('2026-12-03T10:00:00Z'))).toBe('2026-11-30');
    expect(weekStart(new Date('2026-12-06T23:59:00Z'))).toBe('2026-11-30');
    expect(weekStart(new Date('2026-11-30T00:00:00Z'))).toBe('2026-11-30');
  });
});

describe(fillWeeks.name, () => {
  it('should list consecutive weeks oldest first with zero where no one signed up', () => {
    const weeks = fillWeeks(new Map([['2026-11-23', 4]]), new Date('2026-12-03T10:00:00Z'), 3);
    expect(weeks).toEqual([
      { weekStart: '2026-11-16', count: 0 },
      { weekStart: '2026-11-23', count: 4 },
      { weekStart: '2026-11-30', count: 0 },
    ]);
  });
});

describe(likeContains.name, () => {
  it('should lower-case the text and take LIKE wildcards literally', () => {
    expect(likeContains('Dr_Ann%')).toBe('%dr\\_ann\\%%');
    expect(likeContains('a\\b')).toBe('%a\\\\b%');
  });
});
