import type { Candidate } from './candidate.js';

/**
 * Placeholders that transcribed notes use where a name or a facility was left out ("Dr. XYZ",
 * "ABCD General Hospital", "seen by XXX"): a run of letters from the start of the alphabet ("ABC",
 * "ABCD"), one ending at its end ("XYZ", "WXYZ"), or X repeated ("XX", "XXX"), three letters or
 * more ("XX" too). They identify no one, so a name or place made only of them and of generic facility
 * words is not removed. Words are read by character codes, on the candidate's span only.
 */
const GENERIC_FACILITY_WORDS: ReadonlySet<string> = new Set([
  'general',
  'hospital',
  'medical',
  'center',
  'centre',
  'clinic',
  'emergency',
  'room',
  'department',
  'the',
  'of',
  'and',
]);

/** True for "ABC", "abcd", "XYZ", "wxyz", "XX", "xxx" (one casing throughout), and "X", "Y", "Z". */
export function isPlaceholderWord(word: string): boolean {
  const n = word.length;
  // "Dr. X", "Dr. Y": a capital X, Y or Z alone stands for a left-out name
  if (n === 1) return word === 'X' || word === 'Y' || word === 'Z';
  if (n > 8) return false;
  const lower = word.toLowerCase();
  if (word !== lower && word !== word.toUpperCase()) return false;
  let allX = true;
  let ascending = true;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) return false;
    if (c !== 120) allX = false;
    if (i > 0 && c !== lower.charCodeAt(i - 1) + 1) ascending = false;
  }
  if (allX) return true;
  return n >= 3 && ascending && (lower.charCodeAt(0) === 97 || lower.charCodeAt(n - 1) === 122);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The words of a country's name of several words ("the United States", "United Kingdom"). */
const COUNTRY_WORDS: ReadonlySet<string> = new Set([
  'united',
  'states',
  'kingdom',
  'arab',
  'emirates',
  'of',
  'america',
]);

/** A name or place that is "United States" or another country of several words: a country stays. */
function isCountrySpan(text: string, c: Candidate): boolean {
  // it must start with "united " (no letter but "U" lower-cases to "u"): most spans are ruled out
  // here without slicing and lower-casing them
  if (c.end - c.start < 8 || (text.charCodeAt(c.start) | 32) !== 117) return false;
  const words = text.slice(c.start, c.end).toLowerCase().split(' ');
  return words.length >= 2 && words[0] === 'united' && words.every((w) => COUNTRY_WORDS.has(w));
}

/**
 * A NAME or LOCATION that identifies no one: its words are all placeholders or generic facility
 * words (one placeholder at least), or it is a country of several words.
 */
export function isPlaceholderSpan(c: Candidate, text: string): boolean {
  if (c.category !== 'NAME' && c.category !== 'LOCATION') return false;
  if (isCountrySpan(text, c)) return true;
  let placeholder = false;
  let i = c.start;
  while (i < c.end) {
    const code = text.charCodeAt(i);
    if (!isLetter(code)) {
      // anything but letters, spaces and light punctuation (a digit, an apostrophe) keeps the span
      if (code >= 48 && code <= 57) return false;
      i++;
      continue;
    }
    let j = i;
    while (j < c.end && isLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    if (isPlaceholderWord(word)) placeholder = true;
    else if (!GENERIC_FACILITY_WORDS.has(word.toLowerCase())) return false;
    i = j;
  }
  return placeholder;
}
