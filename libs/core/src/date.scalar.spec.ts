import { Kind } from 'graphql';
import { DateScalar, parseIsoDate } from './date.scalar.js';
import { DomainError } from './domain-error.js';
import { ErrorCode } from './error-code.js';

describe(DateScalar.name, () => {
  const scalar = new DateScalar();

  it.each(['2030-01-31', '2028-02-29', '1999-12-31'])('should accept the calendar date %s', (value) => {
    expect(parseIsoDate(value)).toBe(value);
    expect(scalar.parseValue(value)).toBe(value);
  });

  it.each([
    ['a day that does not exist', '2030-02-30'],
    ['a leap day outside a leap year', '2027-02-29'],
    ['month 13', '2030-13-01'],
    ['a date with a time', '2030-01-01T00:00:00Z'],
    ['a short form', '2030-1-1'],
    ['a number', 20300101],
    ['null', null],
  ])('should refuse %s with BAD_USER_INPUT', (_what, value) => {
    let error: unknown;
    try {
      scalar.parseValue(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect((error as DomainError).message).not.toContain(String(value));
  });

  it('should read a string literal and refuse any other literal', () => {
    expect(scalar.parseLiteral({ kind: Kind.STRING, value: '2030-06-15' })).toBe('2030-06-15');
    expect(() => scalar.parseLiteral({ kind: Kind.INT, value: '20300615' })).toThrow(DomainError);
  });

  it('should serialize a Date as its UTC calendar day and pass a date string through', () => {
    expect(scalar.serialize(new Date('2030-06-15T23:30:00Z'))).toBe('2030-06-15');
    expect(scalar.serialize('2030-06-15')).toBe('2030-06-15');
  });

  it('should refuse to serialize something that is not a date', () => {
    expect(() => scalar.serialize('tomorrow')).toThrow(DomainError);
  });
});
