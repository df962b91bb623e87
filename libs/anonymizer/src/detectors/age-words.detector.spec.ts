import { deidentify } from '../anonymizer.js';

const removed = (t: string): string[] =>
  deidentify(t)
    .findings.filter((f) => f.category === 'AGE_OVER_89')
    .map((f) => t.slice(f.start, f.end));

describe('age words detector', () => {
  it('should replace a word that is an age band past 89', () => {
    expect(deidentify('a nonagenarian with CHF').text).toBe('a 90+-year-old with CHF');
    expect(removed('Lives alone, a centenarian, walks daily.')).toEqual(['centenarian']);
  });

  it('should replace a spelled decade that is someone’s, and keep a measurement’s', () => {
    expect(removed('she is in her nineties and sharp')).toEqual(['nineties']);
    expect(removed('a man in his mid-nineties with AF')).toEqual(['mid-nineties']);
    expect(removed('well into her nineties, still driving')).toEqual(['nineties']);
    expect(removed('sats in the 90s on room air, HR in the 90s')).toEqual([]);
  });

  it('should replace an ordinal before a birthday or a year', () => {
    expect(deidentify('celebrated her 92nd birthday').text).toBe('celebrated her 90+ birthday');
    expect(removed('her 100th bday is next month')).toEqual(['100th']);
    expect(removed('in his 90th year, still farming')).toEqual(['90th']);
    expect(removed('her ninety-fifth birthday on the unit')).toEqual(['ninety-fifth']);
    expect(removed('the 92nd patient of the trial')).toEqual([]);
  });

  it('should replace an age whose label stands a few words before it', () => {
    expect(removed('Age in years: 94  Sex: F')).toEqual(['94']);
    expect(removed('Age at admission: 96, full code')).toEqual(['96']);
    expect(removed('Age (yrs): 93')).toEqual(['93']);
    expect(removed('age ~97, frail')).toEqual(['97']);
    expect(removed('age approx. 97 per EMS')).toEqual(['97']);
  });

  it('should keep a measurement named between the label and the number, or a unit after it', () => {
    expect(removed('Age 45, HR 96, sats 97%')).toEqual([]);
    expect(removed('age at onset of symptoms 40, weight 95 kg')).toEqual([]);
  });

  it('should replace a future or past age, and shorthand with the sex or "of age"', () => {
    expect(removed('she will be 100 next spring')).toEqual(['100']);
    expect(removed('he would have been 91 next week')).toEqual(['91']);
    expect(deidentify('94 yow with fall').text).toBe('90+ yow with fall');
    expect(deidentify('97 yoa with SOB').text).toBe('90+ yoa with SOB');
    expect(deidentify('Pt is a 93 y/o/f with CHF').text).toBe('Pt is a 90+ y/o/f with CHF');
  });

  it('should replace a number before a word for a person or a sex, and keep a measurement’s', () => {
    expect(removed('93 woman with a fall')).toEqual(['93']);
    expect(removed('elderly 94 lady, confused')).toEqual(['94']);
    expect(removed('93, F, sepsis')).toEqual(['93']);
    expect(removed('Hospice admission: 103, female with CHF')).toEqual(['103']);
    expect(removed('HR 96, male, BP 92/60')).toEqual([]);
    expect(removed('moved to bay 4, 93 m from the desk')).toEqual([]);
  });

  it('should replace an age before the word for years of another language, and in a table cell', () => {
    expect(removed('Frau Huber, 93 Jahre, aus Graz')).toEqual(['93']);
    expect(removed('paziente di 95 anni, caduta')).toEqual(['95']);
    expect(removed('Age | 96 | Sex | F')).toEqual(['96']);
  });

  it('should replace a spelled-out age of a hundred or more, and keep other hundreds', () => {
    expect(deidentify('he is one hundred and two years old').text).toBe('he is 90+ years old');
    expect(deidentify('she turned a hundred last week').text).toBe('she turned 90+ last week');
    expect(deidentify('a hundred-year-old woman').text).toBe('a 90+-year-old woman');
    expect(deidentify('the a hundred and five-yr-old in bay').text).toContain('90+-yr-old');
    expect(removed('walked a hundred feet, a hundred and one reasons')).toEqual([]);
  });
});
