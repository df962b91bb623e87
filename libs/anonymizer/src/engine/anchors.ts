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

interface TokenIndex {
  numbers: number[];
  /** For each number token, the character right after it (0 at the end of the text). */
  numberNext: number[];
  numberValues: number[];
  /** Number starts filtered by the character that follows, cached per filter. */
  followed: Map<string, number[]>;
  /** Start offsets of each lower-cased word, and of each punctuation mark. */
  words: Map<string, number[]>;
  punct: Map<string, number[]>;
}

/** Character-code sets of the filters used with {@link numbersFollowedBy}, built once. */
const charCodes = new Map<string, ReadonlySet<number>>();

/** One index per token list, built on first use by any detector and shared by all of them. */
const indexes = new WeakMap<readonly Token[], TokenIndex>();

function indexOf(tokens: readonly Token[]): TokenIndex {
  let index = indexes.get(tokens);
  if (index) return index;
  index = {
    numbers: [],
    numberNext: [],
    numberValues: [],
    followed: new Map(),
    words: new Map(),
    punct: new Map(),
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'number') {
      index.numbers.push(t.start);
      const next = tokens[k + 1];
      index.numberNext.push(next && next.start === t.end ? next.text.charCodeAt(0) : 32);
      index.numberValues.push(t.text.length <= 6 ? Number(t.text) : Number.MAX_SAFE_INTEGER);
      continue;
    }
    const map = t.kind === 'word' ? index.words : index.punct;
    const list = map.get(t.lower);
    if (list) list.push(t.start);
    else map.set(t.lower, [t.start]);
  }
  indexes.set(tokens, index);
  return index;
}

/**
 * Start offsets of number tokens followed directly by one of `chars` (a space stands for any
 * whitespace or the end of the text): "/" for dates, "." for IP addresses. Most numbers in a
 * clinical note are lab values, so this keeps most patterns from being tried at all.
 */
export function numbersFollowedBy(tokens: readonly Token[], chars: string): number[] {
  const index = indexOf(tokens);
  let list = index.followed.get(chars);
  if (list) return list;
  list = [];
  let codes = charCodes.get(chars);
  if (!codes) {
    codes = new Set([...chars].map((c) => c.charCodeAt(0)));
    charCodes.set(chars, codes);
  }
  for (let k = 0; k < index.numbers.length; k++) {
    if (codes.has(index.numberNext[k] ?? 32)) list.push(index.numbers[k] ?? 0);
  }
  index.followed.set(chars, list);
  return list;
}

/** Start offsets of number tokens whose value lies in [min, max]. */
export function numbersBetween(tokens: readonly Token[], min: number, max: number): number[] {
  const index = indexOf(tokens);
  const out: number[] = [];
  for (let k = 0; k < index.numbers.length; k++) {
    const v = index.numberValues[k] ?? 0;
    if (v >= min && v <= max) out.push(index.numbers[k] ?? 0);
  }
  return out;
}

/** Start offsets of number tokens. */
export function numberStarts(tokens: readonly Token[]): number[] {
  return indexOf(tokens).numbers;
}

/** Start offsets of words (lower-cased) in `words`, of punctuation in `punct`, and of numbers if asked; ascending. */
export function tokenStarts(
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  punct: ReadonlySet<string> = new Set(),
  numbers = false,
): number[] {
  const index = indexOf(tokens);
  const out: number[] = numbers ? [...index.numbers] : [];
  const collect = (set: ReadonlySet<string>, map: Map<string, number[]>): void => {
    if (set.size < map.size) {
      for (const key of set) {
        const list = map.get(key);
        if (list) out.push(...list);
      }
    } else {
      for (const [key, list] of map) if (set.has(key)) out.push(...list);
    }
  };
  collect(words, index.words);
  collect(punct, index.punct);
  return out.sort((a, b) => a - b);
}
