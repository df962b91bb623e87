import { isBirthDate } from './birth-cue.js';

const at = (text: string, date: string): boolean => isBirthDate(text, text.indexOf(date));

describe(isBirthDate.name, () => {
  it.each([
    ['DOB 03/14/1957', '03/14'],
    ['DOB:3/4/57', '3/4'],
    ['d.o.b. 3/4/57', '3/4'],
    ['Date of birth: 03/14/1957', '03/14'],
    ['born on 4/5/1931', '4/5'],
    ['born 1933', '1933'],
    ['a man (b. 1933)', '1933'],
    ['her birthday is 6/2', '6/2'],
    ['(DOB 3/4/57)', '3/4'],
  ])('should read %p as a date of birth', (text, date) => {
    expect(at(text, date)).toBe(true);
  });

  it.each([
    ['seen 03/14/2024', '03/14'],
    ['D:11/02/84', '11/02'],
    ['vitamin B 12/2', '12/2'],
    ['stillborn fetus delivered 3/4/2024', '3/4'],
    ['DOB 3/4/57 and seen 3/9/2024', '3/9'],
  ])('should not read %p as a date of birth', (text, date) => {
    expect(at(text, date)).toBe(false);
  });
});
