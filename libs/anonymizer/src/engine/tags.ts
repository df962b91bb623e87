import { PHI_CATEGORIES } from '../phi-category.js';

/**
 * A replacement the engine writes: "[NAME]", "[ZIP 526]", "[day +3]", "[month -1]", and "90+"
 * for an age. Matching them lets the engine leave its own output alone (idempotence).
 */
export const TAG_PATTERN = new RegExp(
  `\\[(?:${PHI_CATEGORIES.join('|')}|ZIP \\d{3}|day (?:0|[+-]\\d{1,6})|month (?:0|[+-]\\d{1,5}))\\]|(?<![\\w.])90\\+`,
  'g',
);

export function lockTags(text: string): Uint8Array {
  const locked = new Uint8Array(text.length);
  if (!text.includes('[') && !text.includes('90+')) return locked;
  for (const m of text.matchAll(TAG_PATTERN)) locked.fill(1, m.index, m.index + m[0].length);
  return locked;
}
