import { matchesAt, numbersBetween } from '../engine/anchors.js';
import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

/**
 * A year written alone ("born 1933", "in 2019"); not a count or a measurement ("1950 mL"), nor a
 * time of day ("1900–0200", "update 1900:").
 */
const BARE_YEAR =
  /(?<![\w\/.:,+-])(1[89]\d{2}|20\d{2})(?![\w\/:]|[.,]\d|\s?[–-]\s?0\d{3}|\s?(?:h\b|hrs?\b|hours|%|mg|mcg|ml|cc|mm|cm|kg|g\b|units?|u\b|cells|copies|x\b|k\b|per\b|\/))/iy;

/** The second year of a range ("1958-1971"), right after a year found. */
const RANGE_END = /[–-](1[89]\d{2}|20\d{2})(?![\w\/:]|[.,]\d)/y;

export const YEAR_PATTERNS: readonly RegExp[] = [BARE_YEAR, RANGE_END];

/**
 * Proposes every year written alone as a date, with the lowest priority, marked `bareYear`: the date
 * policy keeps it only where it must go (a birth year, or any year in the text of a person over 89).
 */
export function detectBareYears(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, year: number): void => {
    out.push({ start, end, category: 'DATE', priority: PRIORITY.bareYear, date: { year }, bareYear: true });
  };
  for (const m of matchesAt(BARE_YEAR, ctx.text, numbersBetween(ctx.tokenized.tokens, 1800, 2099))) {
    const end = m.index + m[0].length;
    add(m.index, end, Number(m[1]));
    const range = matchesAt(RANGE_END, ctx.text, [end])[0];
    if (range) add(end + 1, end + range[0].length, Number(range[1]));
  }
  return out;
}
