import { matchesAt, numbersBetween, numbersFollowedBy } from '../engine/anchors.js';
import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

/**
 * Ages of 90 and over in the shorthand of triage, hand-off and sign-out lines, which the prose
 * rules of `age.detector.ts` do not read:
 * - the sex glued to the unit: "92yom", "92 YOF", "93yF", "92 yow", "92 y/o/f", "92 y.o.f.", "92-y-o", "92 y." (end of a
 *   clause), "92 yoa" (years of age);
 * - age and sex against each other: "92/F", "Age/Sex: 92/F", "F/92", "M 94", "(F, 92)";
 * - a label with other punctuation: "age=92", "Age - 92";
 * - a clause that ends on the unit: "she is 91 years.";
 * - the patient named by role: "Patient, 92, with CHF", "pt: 93", and "he's 91".
 * Only 90 to 125 is an age here; a unit of measure or a percent after the number keeps it.
 */
const UNIT_SHORT =
  /(?<![\w.+/])(\d{2,3})(\s?-?\s?)(yo[mfwa]|y[mf]|y\/o\/[mfw]|y\.o\.[mf]\.?|y-o(?:-[mf])?|years?(?=[.,;:)]|$)|y(?=[.;:]|$))(?![\w/])/iy;
const AGE_SLASH_SEX = /(?<![\w.+/-])(\d{2,3})\s?\/\s?[MFmf](?![\w/])/y;
/** "F/92", "M 94", "F, 92": not after a number ("101 F, 92" is a temperature and a pulse). */
const SEX_AGE = /(?<![\w.+/])(?<!\d\s?)[MFmf]\s?[/,]?\s?(\d{2,3})(?![\w/%]|[.,]\d)/y;
/** The end of the text before a number: an age label, a role of the patient, or "he's". */
const LABEL_BEFORE = /(?:\bage\s?[-–=]|\b(?:patient|pt)\s?[,:]|\b(?:he|she)['’]s)\s?$/i;
const MEASURE_AFTER =
  /^(?:[.,]\d|\s?(?:%|mg|mcg|mm|cm|bpm|kg|lb|ml|min|hours?|days?|weeks?|months?|°|units?|percent|\/))/i;

const LEADING_DIGITS = /^\d{1,4}/;
const WORD_OR_SLASH = /[\w/]/;

export const AGE_SHORTHAND_PATTERNS: readonly RegExp[] = [
  LEADING_DIGITS,
  WORD_OR_SLASH,
  UNIT_SHORT,
  AGE_SLASH_SEX,
  SEX_AGE,
  LABEL_BEFORE,
  MEASURE_AFTER,
];

function isOld(n: number): boolean {
  return n >= 90 && n <= 125;
}

/** Starts of the one-letter words "M" and "F" (either case), where a sex-then-age can start. */
function sexLetters(ctx: DetectionContext): number[] {
  const out: number[] = [];
  for (const t of ctx.tokenized.tokens) {
    if (t.kind === 'word' && t.text.length === 1 && (t.lower === 'm' || t.lower === 'f')) out.push(t.start);
  }
  return out;
}

/** The age shorthand detector: see the module comment. */
export function detectAgeShorthand(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  const add = (start: number, end: number, replacement: string): void => {
    out.push({ start, end, category: 'AGE_OVER_89', priority: PRIORITY.age, replacement });
  };
  for (const m of matchesAt(UNIT_SHORT, text, numbersFollowedBy(tokens, ' -yY'))) {
    if (isOld(Number(m[1]))) add(m.index, m.index + m[0].length, `90+${m[2] ?? ''}${m[3] ?? ''}`);
  }
  for (const m of matchesAt(AGE_SLASH_SEX, text, numbersFollowedBy(tokens, ' /'))) {
    const digits = m[1] ?? '';
    if (isOld(Number(digits))) add(m.index, m.index + digits.length, '90+');
  }
  for (const m of matchesAt(SEX_AGE, text, sexLetters(ctx))) {
    const digits = m[1] ?? '';
    const end = m.index + m[0].length;
    if (isOld(Number(digits))) add(end - digits.length, end, '90+');
  }
  for (const start of numbersBetween(tokens, 90, 125)) {
    const digits = LEADING_DIGITS.exec(text.slice(start, start + 4))?.[0] ?? '';
    if (digits.length > 3 || !isOld(Number(digits))) continue;
    const end = start + digits.length;
    if (WORD_OR_SLASH.test(text[end] ?? '') || MEASURE_AFTER.test(text.slice(end, end + 9))) continue;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) add(start, end, '90+');
  }
  return out;
}
