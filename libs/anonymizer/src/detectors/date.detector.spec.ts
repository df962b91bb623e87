import { deidentify } from '../index.js';

describe('dates', () => {
  it('should turn dates into day offsets from the first date mentioned', () => {
    const { text } = deidentify('Admitted 03/14/2024, discharged 3/20/2024, seen before on March 12.');
    expect(text).toBe('Admitted [day 0], discharged [day +6], seen before on [day -2].');
  });

  it('should take the year of a partial date from the dates around it', () => {
    expect(deidentify('Started on 12/30/23. Rash by 1/2/24, better on 1/4.').text).toBe(
      'Started on [day 0]. Rash by [day +3], better on [day +5].',
    );
  });

  it('should handle written months, ordinals and ISO dates', () => {
    const { text } = deidentify('EDD May 28, 2024; seen 14 Mar 2024; delivered 2024-01-18; Oct. 2; Mar 3rd.');
    expect(text).not.toMatch(/May 28|14 Mar|2024-01-18|Oct\. 2|Mar 3rd/);
    expect(text).toContain('[day 0]');
  });

  it('should replace a month alone or with a year by a month offset', () => {
    expect(deidentify('Cr 1.4 in January 2024, 2.1 in March 2024.').text).toBe(
      'Cr 1.4 in [month 0], 2.1 in [month +2].',
    );
  });

  it('should replace holidays and days of the month written alone', () => {
    expect(deidentify('Symptoms since Thanksgiving; off work until Friday the 19th.').text).toBe(
      'Symptoms since [DATE]; off work until Friday the [DATE].',
    );
  });

  it('should keep a bare year, times of day, durations and hospital days', () => {
    const text =
      'Remote bleed in 2019. Seen at 1615 and 10:30. POD 2, day 3 of antibiotics, 6 weeks of symptoms.';
    expect(deidentify(text).findings).toEqual([]);
  });

  it('should keep scores and fractions that look like month/day', () => {
    const text = 'Mini-Cog 5/5, strength 4/5, pain 8/10, BPP 8/10, blood cultures 2/2 bottles, 3/6 SEM.';
    expect(deidentify(text).findings).toEqual([]);
  });

  it('should not reveal an age over 89 through the distance to a birth date', () => {
    const { text } = deidentify('Seen 03/14/2024. DOB 02/09/1925.');
    expect(text).toBe('Seen [day 0]. DOB [DATE].');
  });
});

describe('ordinal days next to a tag', () => {
  it('should decide the same before and after a URL is replaced, whatever the spaces', () => {
    const once = deidentify('the 19th     https://x.io/a').text;
    expect(deidentify(once).text).toBe(once);
  });
});
