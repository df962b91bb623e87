import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  return (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));
}

/**
 * True for a password found in a list of ~49,000 leaked common passwords (zxcvbn-ts, MIT), also
 * when only a run of digits or symbols is added at either end, and for low-variety strings.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length > 0 && core !== lower && list.has(core)) return true;
  return new Set(lower).size < 5;
}
