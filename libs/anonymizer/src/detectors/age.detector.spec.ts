import { deidentify } from '../index.js';

describe('ages', () => {
  it('should replace an age of 90 or more with 90+', () => {
    expect(deidentify('a frail 94 y/o with new AF').text).toBe('a frail 90+ y/o with new AF');
    expect(deidentify('in a ninety-two-year-old resident').text).toBe('in a 90+-year-old resident');
    expect(deidentify('Pt: Harriet Volk, 96, mechanical valve').text).toBe(
      'Pt: [NAME], 90+, mechanical valve',
    );
  });

  it('should replace a spelled-out age with no unit after an age cue, and keep spelled quantities', () => {
    expect(deidentify('she is ninety-two and lives alone').text).toBe('she is 90+ and lives alone');
    expect(deidentify('Aged one hundred, still driving').text).toBe('Aged 90+, still driving');
    expect(deidentify('sats are ninety percent on room air').findings).toEqual([]);
    expect(deidentify('walked ninety feet with a frame').findings).toEqual([]);
  });

  it('should replace a spelled-out age with no cue, unless a measurement names it', () => {
    for (const t of ['Mrs K, ninety-two, fell at home.', 'MRS K, NINETY TWO, FELL AT HOME.'])
      expect(deidentify(t).findings.map((f) => f.category)).toEqual(['NAME', 'AGE_OVER_89']);
    expect(deidentify('K 3.1, HR ninety two, sats ninety-one.').findings).toEqual([]);
  });

  it('should keep a temperature in Fahrenheit', () => {
    expect(deidentify('Temp 101 F, T 99 F overnight, spiked to 102 F.').findings).toEqual([]);
    expect(deidentify('a 94 F with CHF').text).toBe('a 90+ F with CHF');
  });

  it('should replace a decade of life past 89', () => {
    expect(deidentify('a woman in her 90s with falls').text).toBe('a woman in her 90+ with falls');
    expect(deidentify('a man in his 80s with falls').findings).toEqual([]);
  });

  it('should keep ages of 89 and under', () => {
    expect(deidentify('an 89 yo and a 45-year-old').findings).toEqual([]);
  });

  it('should keep vitals, lab values and distances of 90 and above', () => {
    const text = 'SpO2 95%, HR 118, glucose 104, ALT 118, IR is 90 miles away, sats at 91% on RA.';
    expect(deidentify(text).findings).toEqual([]);
  });
});

describe('an age with the sex written against it', () => {
  it('should cover the whole word ("93F"), writing the letter back, and leave a spaced letter outside', () => {
    const glued = deidentify('93F with CHF, lives alone.');
    expect(glued.text).toBe('90+F with CHF, lives alone.');
    expect(glued.findings).toEqual([{ category: 'AGE_OVER_89', start: 0, end: 3, replacement: '90+F' }]);
    const spaced = deidentify('93 M with CHF.');
    expect(spaced.findings).toEqual([{ category: 'AGE_OVER_89', start: 0, end: 2, replacement: '90+' }]);
    expect(deidentify(glued.text).text).toBe(glued.text);
    expect(deidentify('Temp 101F overnight.').findings).toEqual([]);
  });
});

describe('ages in notes without casing', () => {
  it('should replace an age after a lower-case name and a sex written against it', () => {
    expect(deidentify('jonas van zee, 103, came in on march 2.').text).toContain('[NAME], 90+, came in');
    expect(deidentify('ackerley, f. 96f   mrn cmmc-118830').text).toContain('90+f');
  });

  it('should keep distances, minutes and isotopes in capitals or lower case', () => {
    expect(deidentify('THE PLAN IS TC-99M PYP IMAGING AT 90 MINUTES.').findings).toEqual([]);
    expect(deidentify('he ran 100m in the gym; hr, 96, regular.').findings).toEqual([]);
  });
});

describe('ages repeated or given as a limit', () => {
  const cased = (t: string): string[] => [t, t.toLowerCase(), t.toUpperCase()];

  it('should replace the age already found after "at", though the clause names a dose', () => {
    for (const t of cased('A 90-year-old on lithium. Do we restart at a lower dose at 90, or switch?'))
      expect(deidentify(t).findings.map((f) => t.slice(f.start, f.end).toLowerCase())).toEqual([
        '90-year-old',
        '90',
      ]);
    for (const t of cased('A 90-year-old. HR at 90 today; the dose at 90 mg.'))
      expect(deidentify(t).findings.map((f) => t.slice(f.start, f.end).toLowerCase())).toEqual([
        '90-year-old',
      ]);
  });

  it('should replace an age limit for patients, but not for a measurement or a duration', () => {
    for (const t of cased('I have done this on patients up to 96; when imaging is concordant.'))
      expect(deidentify(t).findings.map((f) => t.slice(f.start, f.end))).toEqual(['96']);
    for (const t of cased('HR up to 96 overnight; patients up to 96 hours post-op.'))
      expect(deidentify(t).findings).toEqual([]);
  });
});
