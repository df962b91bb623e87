/**
 * Words right before a date that make it a date of birth: "DOB 3/4/57", "DOB:3/4/57",
 * "date of birth: 03/14/1957", "born on 4/5/1931", "born 1933", "b. 1933", "(birthday 6/2)".
 */
const BIRTH_CUE =
  /(?:\bdob|\bd\.o\.b\.?|\bd\/o\/b|\bdate\sof\sbirth|\bbirth\s?date|\bbirth\s?day|\bb-?day|\bborn(?:\s(?:on|in))?|(?<![\w.])b\.)(?:\s{0,3}(?:is|was|of))?\s{0,3}[:#=-]?\s{0,3}\(?$/i;

/** How far before a date a cue is looked for; a cue sits right before the date it governs. */
const WINDOW = 32;

export const BIRTH_CUE_PATTERNS: readonly RegExp[] = [BIRTH_CUE];

/** True when the date starting at `start` is written as a date of birth. Looks at a bounded window. */
export function isBirthDate(text: string, start: number): boolean {
  return BIRTH_CUE.test(text.slice(Math.max(0, start - WINDOW), start));
}
