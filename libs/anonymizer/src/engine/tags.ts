import { PHI_CATEGORIES } from '../phi-category.js';

/**
 * A replacement the engine writes: "[NAME]", "[ZIP 526]", "[day +3]", "[month -1]", and "90+"
 * for an age. Matching them lets the engine leave its own output alone (idempotence).
 */
export const TAG_PATTERN = new RegExp(
  `\\[(?:${PHI_CATEGORIES.join('|')}|ZIP \\d{3}|day (?:0|[+-]\\d{1,6})|month (?:0|[+-]\\d{1,5})|age (?:\\d{1,2}|90\\+))\\]|(?<![\\w.])90\\+`,
  'g',
);

/** What {@link lockTags} gives for a text without tags: no position is 1. */
const NO_LOCKS = new Uint8Array(0);

/**
 * Marks with 1 the positions of `text` inside one of the engine's tags. Test a position with
 * `=== 1`: the array may be shorter than the text (empty when there is no tag at all).
 */
export function lockTags(text: string): Uint8Array {
  if (!text.includes('[') && !text.includes('90+')) return NO_LOCKS;
  const locked = new Uint8Array(text.length);
  for (const m of text.matchAll(TAG_PATTERN)) locked.fill(1, m.index, m.index + m[0].length);
  return locked;
}
