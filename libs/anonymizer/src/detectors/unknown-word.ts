import type { Lexicons } from '../lexicon/lexicons.js';
import type { WordInfo } from './word-classes.js';

const LETTERS_ONLY = /^[a-z]+$/;

/** The patterns of this module, for the ReDoS test. */
export const UNKNOWN_WORD_PATTERNS: readonly RegExp[] = [LETTERS_ONLY];

/**
 * A word of three letters or more that no list knows at all (no dictionary, word-frequency,
 * medical, clinical-abbreviation or name entry), written with a capital in a line with casing. Unlike
 * `isUnexplained` it keeps short words and words with a clinical ending ("Oulu", "Watampone",
 * "MTVW"), so it is used only where the context already says a place stands: after "Hospital",
 * before a facility's head, after "from" or "at" in a line without casing.
 */
export function isUnknownWord(w: WordInfo, lex: Lexicons): boolean {
  const lower = w.tok.lower;
  if (lower.length < 3 || w.medical || w.stopWord || w.glued || w.common > 0) return false;
  if (w.firstName || w.surname || w.otherName) return false;
  if (w.mode === 'mixed' && !w.cap) return false;
  if (!LETTERS_ONLY.test(lower)) return false;
  return (
    !lex.dictionary.has(lower) && !lex.clinicalAbbreviations.has(lower) && lex.words.get(lower) === undefined
  );
}
