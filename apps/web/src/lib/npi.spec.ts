import { describe, expect, it } from '@jest/globals';
import { checkNpi } from './npi';

describe('checkNpi', () => {
  it('should accept an NPI whose last digit is the Luhn check digit over 80840 and the first nine', () => {
    expect(checkNpi('1234567893')).toBe('valid');
  });

  it('should say what is wrong while the clinician types', () => {
    expect(checkNpi('')).toBe('empty');
    expect(checkNpi('12345')).toBe('incomplete');
    expect(checkNpi('12345a')).toBe('not-digits');
    expect(checkNpi('12345678901')).toBe('not-digits');
    expect(checkNpi('1234567890')).toBe('bad-check-digit');
  });
});
