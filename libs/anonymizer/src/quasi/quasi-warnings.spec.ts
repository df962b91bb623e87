import { deidentify } from '../anonymizer.js';
import { quasiIdentifierWarnings } from './quasi-warnings.js';

const rulesOf = (text: string): string[] =>
  quasiIdentifierWarnings(text, deidentify(text).findings).map((w) => w.rule);

describe(quasiIdentifierWarnings.name, () => {
  it('should warn about a rare condition in a small place', () => {
    expect(rulesOf('Suspected tularemia in a rancher from a small town.')).toEqual([
      'RARE_CONDITION_SMALL_PLACE',
    ]);
  });

  it('should warn about an unusual occupation', () => {
    expect(rulesOf('A retired astronaut with new atrial fibrillation.')).toEqual(['UNUSUAL_OCCUPATION']);
  });

  it('should warn about a rare event only when the text also has a date', () => {
    expect(rulesOf('Crush injury in the tornado.')).toEqual([]);
    expect(rulesOf('Crush injury in the tornado on 5/20/2024.')).toEqual(['RARE_EVENT_WITH_DATE']);
  });

  it('should match whole words only and stay quiet on ordinary cases', () => {
    expect(
      rulesOf('Sharks are not here; a ceogram? No: chest pain, troponin rising, in a rural clinic.'),
    ).toEqual([]);
  });
});
