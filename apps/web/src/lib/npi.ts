/** The state of an NPI as it is being typed: what to tell the clinician. */
export type NpiCheck = 'empty' | 'incomplete' | 'not-digits' | 'bad-check-digit' | 'valid';

/**
 * Checks a National Provider Identifier: 10 digits whose last is the Luhn check digit computed over
 * the prefix 80840 followed by the first nine digits (CMS's published rule).
 */
export function checkNpi(value: string): NpiCheck {
  const npi = value.trim();
  if (npi === '') return 'empty';
  if (!/^\d+$/.test(npi)) return 'not-digits';
  if (npi.length < 10) return 'incomplete';
  if (npi.length > 10) return 'not-digits';
  const digits = `80840${npi.slice(0, 9)}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(npi[9]) ? 'valid' : 'bad-check-digit';
}

export const NPI_MESSAGES: Record<NpiCheck, string> = {
  empty: 'Your 10-digit National Provider Identifier.',
  incomplete: 'Keep typing: an NPI has 10 digits.',
  'not-digits': 'An NPI is exactly 10 digits, with no letters or spaces.',
  'bad-check-digit': 'This NPI’s last digit does not match: please check it for a typo.',
  valid: 'This NPI looks right.',
};
