import { deidentify } from '../index.js';

const cased = (t: string): string[] => [t, t.toLowerCase(), t.toUpperCase()];
const removed = (t: string): string[] =>
  deidentify(t)
    .findings.filter((f) => f.category === 'AGE_OVER_89')
    .map((f) => t.slice(f.start, f.end));

describe('ages over 89 in triage and hand-off shorthand', () => {
  it('should replace an age with the sex glued to the unit', () => {
    for (const t of cased('ED triage: 93yom w/ CP x2h; bed 4 is a 91 YOF after a fall, 97 y.o.f. from home.'))
      expect(removed(t).map((s) => s.slice(0, 2))).toEqual(['93', '91', '97']);
    expect(deidentify('94yof s/p mechanical fall').text).toBe('90+yof s/p mechanical fall');
  });

  it('should replace an age written against the sex, either way round', () => {
    for (const t of cased('Age/Sex: 95/F. Bed 2: M/102, bed 3: F 96, bed 5 (F, 99) NPO.'))
      expect(removed(t)).toEqual(['95', '102', '96', '99']);
    expect(deidentify('Age/Sex: 95/F').text).toBe('Age/Sex: 90+/F');
  });

  it('should replace an age after a label, a role of the patient or "he\'s"', () => {
    for (const t of cased("age=94; Age - 92; Patient, 98, with CHF; pt: 91; she's 93 and he is 90 years."))
      expect(removed(t).map((s) => s.slice(0, 2))).toEqual(['94', '92', '98', '91', '93', '90']);
    for (const t of cased('92-y-o man, 96 y; seen 3/1.'))
      expect(removed(t).map((s) => s.slice(0, 2))).toEqual(['92', '96']);
  });

  it('should keep temperatures, pulses, weights, pressures and percentages', () => {
    for (const t of cased(
      'Temp 101 F, 92 HR. T 99 F, 92% RA. Spiked to 102 F. Patient, 92 kg. BP 120/92. F 92% sats. Pt 95 mg.',
    ))
      expect(removed(t)).toEqual([]);
    expect(removed('an 89 yom and an F/45 and M 60')).toEqual([]);
  });

  it('should replace an age with the sex after a bare "y"', () => {
    for (const t of cased('quick q: 93yF w/ hyponatraemia, bed 2 is a 97 ym.'))
      expect(removed(t).map((s) => s.slice(0, 2))).toEqual(['93', '97']);
    expect(removed('85yF and 95yx')).toEqual([]);
  });
});
