import { deidentify } from '../anonymizer.js';
import { isPlaceholderWord } from './placeholders.js';

describe('placeholders and countries', () => {
  it('should read the placeholders of transcribed notes as such', () => {
    for (const w of ['ABC', 'ABCD', 'XYZ', 'wxyz', 'XX', 'XXX', 'X', 'Y'])
      expect(isPlaceholderWord(w)).toBe(true);
    for (const w of ['ABD', 'XYA', 'Abc', 'A', 'BCD', 'xy', 'Xyz']) expect(isPlaceholderWord(w)).toBe(false);
  });

  it('should keep a placeholder name or facility, and remove a real one next to it', () => {
    expect(deidentify('He presents to ABCD General Hospital today.').findings).toEqual([]);
    expect(deidentify('a patient of Dr. XYZ, seen by Dr. X').findings).toEqual([]);
    expect(deidentify('seen by Dr. Okafor and Dr. XYZ').text).toBe('seen by Dr. [NAME] and Dr. XYZ');
    expect(deidentify('air lifted to XYZ Hospital, then to Tacoma General Hospital').text).toContain(
      'XYZ Hospital, then to [LOCATION]',
    );
  });

  it('should keep "the United States" (a country stays)', () => {
    expect(deidentify('She came to the United States in 1973.').text).toBe(
      'She came to the United States in 1973.',
    );
  });
});
