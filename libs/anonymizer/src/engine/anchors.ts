import type { Token } from '../text/tokens.js';
import { addWordSet, wordAnchorMasksOf, wordSetBits } from './word-sets.js';

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
}

/** A filter of {@link numbersFollowedBy}: a table for ASCII characters, a list for the others. */
interface CharFilter {
  ascii: Uint8Array;
  other: readonly number[];
}

/** The filters used with {@link numbersFollowedBy}, built once per filter string. */
const charFilters = new Map<string, CharFilter>();

function charFilter(chars: string): CharFilter {
  let filter = charFilters.get(chars);
  if (!filter) {
    const ascii = new Uint8Array(128);
    const other: number[] = [];
    for (const c of chars) {
      const code = c.charCodeAt(0);
      if (code < 128) ascii[code] = 1;
      else other.push(code);
    }
    filter = { ascii, other };
    charFilters.set(chars, filter);
  }
  return filter;
}

/** One index per token list, built on first use by any detector and shared by all of them. */
const indexes = new WeakMap<readonly Token[], TokenIndex>();

function indexOf(tokens: readonly Token[]): TokenIndex {
  let index = indexes.get(tokens);
  if (index) return index;
  index = { numbers: [], numberNext: [], numberValues: [], followed: new Map() };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'number') continue;
    index.numbers.push(t.start);
    const next = tokens[k + 1];
    index.numberNext.push(next && next.start === t.end ? next.text.charCodeAt(0) : 32);
    index.numberValues.push(t.text.length <= 6 ? Number(t.text) : Number.MAX_SAFE_INTEGER);
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
  const { ascii, other } = charFilter(chars);
  for (let k = 0; k < index.numbers.length; k++) {
    const next = index.numberNext[k] ?? 32;
    if (next < 128 ? ascii[next] === 1 : other.includes(next)) list.push(index.numbers[k] ?? 0);
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

const NO_STRINGS: ReadonlySet<string> = new Set();

/** Bit of the number tokens in {@link TokenIndex.masks}; the bits below it belong to anchor sets. */
const NUMBER_BIT = 1 << 29;
const MAX_SET_BITS = 29;

/**
 * Every anchor set ever passed to {@link tokenStarts} gets a bit; each of its words (or marks) is
 * mapped to the bits of the sets holding it. The sets are module constants, so this stays small.
 * Words are kept with the detectors' word classes (word-sets.ts), so that classifying a word finds
 * its anchor bits too.
 */
const punctBits = new Map<string, number>();
const setBit = {
  word: new WeakMap<ReadonlySet<string>, number>(),
  punct: new WeakMap<ReadonlySet<string>, number>(),
};
let setCount = 0;
/** Bumped whenever a set is registered, so that masks computed before it are rebuilt. */
let registryVersion = 0;

/** The bit of `set` among the anchor sets of `kind`, registering it on first use; 0 when out of bits. */
function bitOf(set: ReadonlySet<string>, kind: 'word' | 'punct'): number {
  if (set.size === 0) return 0;
  const known = setBit[kind].get(set);
  if (known !== undefined) return known;
  if (setCount >= MAX_SET_BITS) return 0;
  const bit = 1 << setCount++;
  if (kind === 'word') addWordSet(set, 'anchor', bit);
  else for (const key of set) punctBits.set(key, (punctBits.get(key) ?? 0) | bit);
  setBit[kind].set(set, bit);
  registryVersion++;
  return bit;
}

interface AnchorMasks {
  version: number;
  /**
   * Per token in some anchor set or a number, in text order (the others can match no scan): the
   * bits of the anchor sets holding it, and {@link NUMBER_BIT} for numbers.
   */
  masks: readonly number[];
  /** The start offsets of the same tokens, so that a scan never touches the token objects. */
  starts: readonly number[];
}

const masksByTokens = new WeakMap<readonly Token[], AnchorMasks>();

/** The anchor-set bits of the tokens, one small-map lookup per token, built once per text. */
function anchorMasks(tokens: readonly Token[]): AnchorMasks {
  const cached = masksByTokens.get(tokens);
  if (cached && cached.version === registryVersion) return cached;
  // (plain arrays, filled in token order: cheaper to make than typed arrays for one text)
  const masks: number[] = [];
  const starts: number[] = [];
  // the words' bits, when found while classifying them
  const wordMasks = wordAnchorMasksOf(tokens);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const mask =
      t.kind === 'number'
        ? NUMBER_BIT
        : t.kind === 'word'
          ? wordMasks !== undefined
            ? (wordMasks[k] ?? 0)
            : (wordSetBits(t.lower)?.anchor ?? 0)
          : (punctBits.get(t.text) ?? 0);
    if (mask === 0) continue;
    masks.push(mask);
    starts.push(t.start);
  }
  const built = { version: registryVersion, masks, starts };
  masksByTokens.set(tokens, built);
  return built;
}

/** {@link tokenStarts} without the precomputed bits, for sets past the bit budget. */
function tokenStartsByLookup(
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  punct: ReadonlySet<string>,
  numbers: boolean,
): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (t.kind === 'word' ? words.has(t.lower) : t.kind === 'punct' ? punct.has(t.text) : numbers)
      out.push(t.start);
  }
  return out;
}

/**
 * Start offsets of words (lower-cased) in `words`, of punctuation in `punct`, and of numbers if
 * asked; ascending. Each token carries the bits of the anchor sets that hold it (computed once per
 * text), so each call is a scan of an integer array.
 */
export function tokenStarts(
  tokens: readonly Token[],
  words: ReadonlySet<string>,
  punct: ReadonlySet<string> = NO_STRINGS,
  numbers = false,
): number[] {
  const wordBit = bitOf(words, 'word');
  const punctBit = bitOf(punct, 'punct');
  if ((wordBit === 0 && words.size > 0) || (punctBit === 0 && punct.size > 0))
    return tokenStartsByLookup(tokens, words, punct, numbers);
  const { masks, starts } = anchorMasks(tokens);
  const want = wordBit | punctBit | (numbers ? NUMBER_BIT : 0);
  const out: number[] = [];
  const n = masks.length;
  for (let k = 0; k < n; k++) {
    if (((masks[k] ?? 0) & want) !== 0) out.push(starts[k] ?? 0);
  }
  return out;
}
