import { deidentify } from '../index.js';

describe('dates', () => {
  it('should turn dates into day offsets from the first date mentioned', () => {
    const { text } = deidentify('Admitted 03/14/2024, discharged 3/20/2024, seen before on March 12.');
    expect(text).toBe('Admitted [day 0], discharged [day +6], seen before on [day -2].');
  });

  it('should read a date written day first when the first number cannot be a month', () => {
    expect(deidentify('DOB 16/2/1957. Admitted 3/4/2024.').text).toBe('DOB [age 67]. Admitted [day 0].');
    expect(deidentify('seen 23/12/2023 and 1/2/2024').text).toBe('seen [day 0] and [day +10]');
    expect(deidentify('ratio 32/12/2023').findings).toEqual([]);
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
    expect(text).toBe('Seen [day 0]. DOB [age 90+].');
  });
});

describe('dates of birth', () => {
  it('should turn a date of birth into an age and anchor the offsets on the first clinical date', () => {
    expect(deidentify('DOB 03/14/1957. Seen 2026-11-20. Seen again on 3/1.').text).toBe(
      'DOB [age 69]. Seen [day 0]. Seen again on [day +101].',
    );
  });

  it('should read a date glued to its label', () => {
    expect(deidentify('DOB:3/4/57. Seen 5/2/2024.').text).toBe('DOB:[age 67]. Seen [day 0].');
  });

  it('should remove a birth date without any exact date when the text has no clinical date', () => {
    expect(deidentify('Date of birth: 03/14/1957.').text).toBe('Date of birth: [DATE].');
    expect(deidentify('a man (b. 1933) with dyspnea').text).toBe('a man (b. [DATE]) with dyspnea');
  });

  it('should remove every year of a person over 89, the birth year included', () => {
    expect(deidentify('A 94-year-old man born 1933, seen 2024-01-02, CABG in 1998.').text).toBe(
      'A 90+-year-old man born [age 90+], seen [day 0], CABG in [DATE].',
    );
  });

  it('should keep a bare year of a younger person', () => {
    expect(deidentify('DOB 3/4/1957, seen 5/2/2024, CABG in 1998.').text).toBe(
      'DOB [age 67], seen [day 0], CABG in 1998.',
    );
  });
});

describe('date shapes of nursing notes', () => {
  it.each([
    ['echo 4/91 showed EF 40%', 'echo [month 0] showed EF 40%'],
    ['CT in 3/2019', 'CT in [month 0]'],
    ['D:11/02/84 note', 'D:[day 0] note'],
    ['Pt seen in sept for CP', 'Pt seen in [month 0] for CP'],
    ['Better on jan 5th.', 'Better on [day 0].'],
    ['MAR 3 visit', '[day 0] visit'],
  ])('should replace the date in %p', (input, output) => {
    expect(deidentify(input).text).toBe(output);
  });

  it('should leave clinical look-alikes alone', () => {
    const text =
      'Percocet 5/325 q6h, BP 120/80, 4/5 strength, 2/2 sets, ANA 1/40 titer, Strength:4/5, May be discharged.';
    expect(deidentify(text).findings).toEqual([]);
  });
});

describe('ordinal days next to a tag', () => {
  it('should decide the same before and after a URL is replaced, whatever the spaces', () => {
    const once = deidentify('the 19th     https://x.io/a').text;
    expect(deidentify(once).text).toBe(once);
  });

  it('should keep a ten-point score with a pain or scale word in its sentence, even after "to"', () => {
    for (const t of [
      'pain increasing to 10/10 at night',
      'and 5/10 for her least level of pain',
      'rated 7/10',
    ])
      expect(deidentify(t).findings).toEqual([]);
    // after a date word, a scale word later in the sentence does not make it a score
    expect(deidentify('seen on 5/10, then pain better').findings.map((f) => f.category)).toEqual(['DATE']);
  });
});
