import type { Token } from '../text/tokens.js';

/**
 * The small word sets that are tested on every word of a text (the detectors' word classes and the
 * anchor sets of `anchors.ts`), merged into one map: a word costs one lookup, which answers for all
 * of them at once.
 */
export interface WordSetBits {
  /** Bits of the word classes holding the word (`wordClassBit` in word-classes.ts). */
  cls: number;
  /** Bits of the anchor sets holding the word (`tokenStarts` in anchors.ts). */
  anchor: number;
}

const byWord = new Map<string, WordSetBits>();
let version = 0;

/**
 * A filter in front of the map: one flag per (length, first letter, last letter), each taken
 * modulo 32, set for every word of a set. Most words of a text are in no set, and most of those
 * are ruled out here without hashing the word; a word in a set is never ruled out.
 */
const shapes = new Uint8Array(1 << 15);

function shapeOf(word: string): number {
  const n = word.length;
  return ((n & 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
}

/** Sets `bit` of `kind` for every word of `set` (lower-case words). */
export function addWordSet(set: ReadonlySet<string>, kind: keyof WordSetBits, bit: number): void {
  for (const word of set) {
    let entry = byWord.get(word);
    if (entry === undefined) {
      entry = { cls: 0, anchor: 0 };
      byWord.set(word, entry);
    }
    entry[kind] |= bit;
    shapes[shapeOf(word)] = 1;
  }
  version++;
}

/** The bits of the sets holding `lower`, or undefined when no set holds it. */
export function wordSetBits(lower: string): WordSetBits | undefined {
  return shapes[shapeOf(lower)] === 1 ? byWord.get(lower) : undefined;
}

/** Bumped by every {@link addWordSet}: bits computed under an older version may be incomplete. */
export function wordSetsVersion(): number {
  return version;
}

interface WordAnchorMasks {
  version: number;
  /** Per token: the anchor bits of a word token, 0 for other tokens. */
  masks: readonly number[];
}

const wordAnchorMasks = new WeakMap<readonly Token[], WordAnchorMasks>();

/** Keeps the anchor bits of a text's words, found while classifying them, for `anchors.ts`. */
export function setWordAnchorMasks(
  tokens: readonly Token[],
  masks: readonly number[],
  atVersion: number,
): void {
  wordAnchorMasks.set(tokens, { version: atVersion, masks });
}

/** The anchor bits of the words of `tokens`, if kept and still complete. */
export function wordAnchorMasksOf(tokens: readonly Token[]): readonly number[] | undefined {
  const kept = wordAnchorMasks.get(tokens);
  return kept !== undefined && kept.version === version ? kept.masks : undefined;
}
