/** Issuer prefix ISO 7812 assigns to US health identifiers: the NPI check digit is computed over it. */
const NPI_PREFIX = '80840';

/** Luhn sum of a digit string whose last digit is the check digit (valid when the sum is a multiple of 10). */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/**
 * The check digit for the first nine digits of an NPI: Luhn over "80840" followed by those digits.
 * Throws when `base` is not exactly nine digits.
 */
export function npiCheckDigit(base: string): number {
  if (!/^\d{9}$/.test(base)) throw new RangeError('An NPI base is nine digits');
  return (10 - (luhnSum(`${NPI_PREFIX}${base}0`) % 10)) % 10;
}

/** Whether `npi` is a National Provider Identifier: exactly ten digits with a valid check digit. */
export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && luhnSum(`${NPI_PREFIX}${npi}`) % 10 === 0;
}
