import type { Token } from '../text/tokens.js';

/**
 * Runs a sticky (`y`) pattern only at the given positions instead of scanning the whole text:
 * most patterns can only start at a number or at one of a few words, so this turns a full scan
 * per pattern into a handful of anchored attempts. Matches do not overlap, as with a global scan.
 * `positions` must be ascending.
 */
export function matchesAt(re: RegExp, text: string, positions: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = -1;
  for (const p of positions) {
    if (p < after) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) {
      out.push(m);
      after = p + Math.max(1, m[0].length);
    }
  }
  return out;
}

/** Start offsets of number tokens. */
export function numberStarts(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) if (t.kind === 'number') out.push(t.start);
  return out;
}

/** Start offsets of words (lower-cased) in `words`, and of punctuation in `punct`. */
export function tokenStarts(
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  punct: ReadonlySet<string> = new Set(),
  numbers = false,
): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'word' ? words.has(t.lower) : t.kind === 'punct' ? punct.has(t.text) : numbers)
      out.push(t.start);
  }
  return out;
}
