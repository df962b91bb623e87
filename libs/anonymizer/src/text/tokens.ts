/** Word and number tokens with UTF-16 offsets, and the casing of the line each sits on. */
export type TokenKind = 'word' | 'number' | 'punct';
export type LineCase = 'mixed' | 'upper' | 'lower';

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Line number (0-based) the token is on. */
  line: number;
  /** Whitespace (of any length) separates it from the previous token. */
  spaceBefore: boolean;
  /** A line break separates it from the previous token. */
  newlineBefore: boolean;
}

export interface TokenizedText {
  text: string;
  tokens: Token[];
  lineCase: LineCase[];
  /** True when the whole text has (almost) no capital letters. */
  lowerDocument: boolean;
}

function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // outside ASCII: a letter or combining mark (a lone surrogate is neither)
  return LETTER.test(text[i] ?? '');
}

const LETTER = /\p{L}|\p{M}/u;

/** What may follow an apostrophe at the end of a word without being part of it. */
const CONTRACTION = /^(?:s|m|d|t|re|ve|ll)(?![\p{L}\p{M}])/iu;

/** The patterns the tokenizer runs, for the ReDoS test. */
export const TOKEN_PATTERNS: readonly RegExp[] = [LETTER, CONTRACTION];

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Per-line and whole-text counts of ASCII capitals and small letters in word tokens. */
interface CaseCounts {
  upper: number[];
  lower: number[];
  upperTotal: number;
  lowerTotal: number;
}

/**
 * Scans the word starting at `start` (a letter): letters, with inner hyphens and apostrophes, but
 * not a possessive or contraction. Returns its end; `caseOut[0]` gets the ASCII capitals,
 * `caseOut[1]` the ASCII small letters, `caseOut[2]` 1 when lower-casing can change the word.
 */
function scanWord(text: string, start: number, caseOut: Int32Array): number {
  const n = text.length;
  let upper = 0;
  let lower = 0;
  let other = 0;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 128 && isLetterAt(text, i)) other = 1;
    else if ((c === 45 || c === 39 || c === 0x2019) && i > start && i + 1 < n) {
      if (!isLetterAt(text, i + 1)) break;
      // a possessive or contraction stays outside the word: "Harper's", "I'm", "don't"
      if (c !== 45 && CONTRACTION.test(text.slice(i + 1, i + 4))) break;
      i++;
      continue;
    } else break;
    i++;
  }
  caseOut[0] = upper;
  caseOut[1] = lower;
  caseOut[2] = upper > 0 || other > 0 ? 1 : 0;
  return i;
}

/** Adds a word's letter counts to its line's, unless it is one of the engine's own tags. */
function countCase(counts: CaseCounts, line: number, upper: number, lower: number): void {
  while (counts.upper.length <= line) {
    counts.upper.push(0);
    counts.lower.push(0);
  }
  counts.upper[line] = (counts.upper[line] ?? 0) + upper;
  counts.lower[line] = (counts.lower[line] ?? 0) + lower;
  counts.upperTotal += upper;
  counts.lowerTotal += lower;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 12 || code === 11;
}

/**
 * Splits text into words (letters, with inner hyphens and apostrophes, but not a possessive
 * "'s"), numbers (digit runs) and single punctuation characters. Whitespace is skipped.
 * Positions marked in `locked` (replacement tags) are left out of the casing counts.
 */
export function tokenize(text: string, locked?: Uint8Array): TokenizedText {
  const tokens: Token[] = [];
  const counts: CaseCounts = { upper: [], lower: [], upperTotal: 0, lowerTotal: 0 };
  const caseOut = new Int32Array(3);
  const n = text.length;
  let i = 0;
  let line = 0;
  let spaceBefore = false;
  let newlineBefore = true;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      spaceBefore = true;
      newlineBefore = true;
      i++;
      continue;
    }
    if (isSpaceCode(code)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let lowered: string | undefined;
    if (isLetterAt(text, i)) {
      kind = 'word';
      i = scanWord(text, start, caseOut);
      // letters of the engine's own tags do not count: they would flip a line's casing on a second pass
      if (locked?.[start] !== 1) countCase(counts, line, caseOut[0] ?? 0, caseOut[1] ?? 0);
      if (caseOut[2] === 0) lowered = text.slice(start, i);
    } else if (isDigitCode(code)) {
      kind = 'number';
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    } else {
      kind = 'punct';
      // keep surrogate pairs together so offsets never split a character
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const tokText = lowered ?? text.slice(start, i);
    tokens.push({
      index: tokens.length,
      start,
      end: i,
      text: tokText,
      lower: kind === 'word' && lowered === undefined ? tokText.toLowerCase() : tokText,
      kind,
      line,
      spaceBefore,
      newlineBefore,
    });
    spaceBefore = false;
    newlineBefore = false;
  }
  countCase(counts, line, 0, 0);
  const lowerDocument = isLowerDocument(tokens, counts, locked);
  const lineCase: LineCase[] = counts.upper.map((u, k) => {
    const l = counts.lower[k] ?? 0;
    if (u >= 10 && l <= u * 0.12) return 'upper';
    if (lowerDocument) return 'lower';
    return 'mixed';
  });
  return { text, tokens, lineCase, lowerDocument };
}

/** A lower-case document: sentences start in lower case (few capitals alone is ordinary prose). */
function isLowerDocument(tokens: readonly Token[], counts: CaseCounts, locked?: Uint8Array): boolean {
  const { upperTotal, lowerTotal } = counts;
  // Not a single capital (a short tag or title typed in lower case): no casing to go by.
  if (upperTotal === 0) return lowerTotal > 0;
  if (!(lowerTotal > 40 && upperTotal <= lowerTotal * 0.03)) return false;
  let starts = 0;
  let lowerStarts = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || locked?.[t.start] === 1) continue;
    const p = tokens[k - 1];
    if (!(k === 0 || t.newlineBefore || (p && (p.text === '.' || p.text === '!' || p.text === '?'))))
      continue;
    starts++;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerStarts++;
  }
  return starts < 2 ? upperTotal === 0 : lowerStarts * 2 > starts;
}
