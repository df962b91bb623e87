import { isValidNpi, npiCheckDigit } from './npi.js';

describe('isValidNpi', () => {
  it('should accept the worked example 1234567893', () => {
    // 80840 + 123456789, doubling every other digit from the right: 24 (prefix) + 43 = 67, so 3.
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
  });

  it('should accept identifiers whose check digit was computed', () => {
    for (const base of ['100000000', '999999999', '198765432', '155555555', '130000001']) {
      expect(isValidNpi(`${base}${npiCheckDigit(base)}`)).toBe(true);
    }
  });

  it('should refuse every other check digit', () => {
    const base = '198765432';
    const good = npiCheckDigit(base);
    for (let d = 0; d <= 9; d++) {
      if (d !== good) expect(isValidNpi(`${base}${d}`)).toBe(false);
    }
  });

  it('should refuse a transposition of two adjacent digits', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('2134567893')).toBe(false);
  });

  it('should refuse anything but exactly ten digits', () => {
    for (const npi of [
      '',
      '123456789',
      '12345678930',
      '123456789X',
      ' 1234567893',
      '1234-67893',
      '１２３４５６７８９３',
    ]) {
      expect(isValidNpi(npi)).toBe(false);
    }
  });

  it('should refuse a base that is not nine digits when computing a check digit', () => {
    expect(() => npiCheckDigit('12345678')).toThrow(RangeError);
  });
});
