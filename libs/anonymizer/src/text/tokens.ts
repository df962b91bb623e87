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

/**
 * Splits text into words (letters, with inner hyphens and apostrophes, but not a possessive
 * "'s"), numbers (digit runs) and single punctuation characters. Whitespace is skipped.
 * Positions marked in `locked` (replacement tags) are left out of the casing counts.
 */
export function tokenize(text: string, locked?: Uint8Array): TokenizedText {
  const tokens: Token[] = [];
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
    if (code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 12 || code === 11) {
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isLetterAt(text, i)) {
      kind = 'word';
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isLetterAt(text, i)) {
          i++;
          continue;
        }
        if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n) {
          if (!isLetterAt(text, i + 1)) break;
          // a possessive or contraction stays outside the word: "Harper's", "I'm", "don't"
          if (c !== 45 && CONTRACTION.test(text.slice(i + 1, i + 4))) break;
          i += 2;
          continue;
        }
        break;
      }
    } else if (isDigitCode(code)) {
      kind = 'number';
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    } else {
      kind = 'punct';
      // keep surrogate pairs together so offsets never split a character
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const tokText = text.slice(start, i);
    tokens.push({
      index: tokens.length,
      start,
      end: i,
      text: tokText,
      lower: kind === 'word' ? tokText.toLowerCase() : tokText,
      kind,
      line,
      spaceBefore,
      newlineBefore,
    });
    spaceBefore = false;
    newlineBefore = false;
  }
  const upperCount: number[] = new Array<number>(line + 1).fill(0);
  const lowerCount: number[] = new Array<number>(line + 1).fill(0);
  let upperTotal = 0;
  let lowerTotal = 0;
  for (const t of tokens) {
    // letters of the engine's own tags do not count: they would flip a line's casing on a second pass
    if (t.kind !== 'word' || locked?.[t.start] === 1) continue;
    for (let k = 0; k < t.text.length; k++) {
      const c = t.text.charCodeAt(k);
      if (c >= 65 && c <= 90) {
        upperCount[t.line] = (upperCount[t.line] ?? 0) + 1;
        upperTotal++;
      } else if (c >= 97 && c <= 122) {
        lowerCount[t.line] = (lowerCount[t.line] ?? 0) + 1;
        lowerTotal++;
      }
    }
  }
  // a lower-case document: sentences start in lower case (few capitals alone is ordinary prose)
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
  const lowerDocument =
    lowerTotal > 40 &&
    upperTotal <= lowerTotal * 0.03 &&
    (starts < 2 ? upperTotal === 0 : lowerStarts * 2 > starts);
  const lineCase: LineCase[] = upperCount.map((u, k) => {
    const l = lowerCount[k] ?? 0;
    if (u >= 10 && l <= u * 0.12) return 'upper';
    if (lowerDocument) return 'lower';
    return 'mixed';
  });
  return { text, tokens, lineCase, lowerDocument };
}
