import { PRIORITY, type Candidate } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';
import { STATE_NAMES, TOKEN, inNameLexicon, type WordInfo } from './word-classes.js';

/** Words before a noun or a verb, never before a person's name. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'my',
  'our',
  'their',
  'your',
  'its',
  'some',
  'any',
  'no',
  'every',
  'each',
  // modal verbs: "will bill as a skilled visit"
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
]);

/**
 * The last two words of a name of three words or more that starts at token `first` and ends at
 * `end`, in a line without casing, when both are surnames ("little wolf" of "raymond little wolf").
 */
function caselessSurnamePair(
  state: { infos: readonly (WordInfo | undefined)[]; tokens: readonly Token[] },
  first: number,
  end: number,
): string | undefined {
  const words: WordInfo[] = [];
  for (let k = first; k < state.tokens.length && (state.tokens[k]?.start ?? Infinity) < end; k++) {
    const w = state.infos[k];
    if (w) words.push(w);
  }
  if (words.length < 3 || words[0]?.mode === 'mixed') return undefined;
  const a = words[words.length - 2];
  const b = words[words.length - 1];
  if (!a || !b || !(a.surname && b.surname) || a.medical || b.medical || a.stopWord) return undefined;
  return `${a.tok.lower} ${b.tok.lower}`;
}

/** The token at `k` opens a line or follows a sentence's end. */
function startsSentence(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  if (t === undefined || p === undefined || t.newlineBefore || p.line !== t.line) return true;
  return p.text === '.' || p.text === '!' || p.text === '?';
}

/** A word no dictionary or word-frequency list knows: written in any casing, it is still the name. */
function unusualWord(w: WordInfo, dictionary: ReadonlySet<string> | undefined): boolean {
  return dictionary !== undefined && w.common === 0 && !w.medical && !dictionary.has(w.tok.lower);
}

/**
 * Once a word is known to be part of a name in this text ("Dr. Quintero"), its other
 * occurrences are names too ("Quintero's letter"), unless the word is protected vocabulary or an
 * ordinary word.
 */
export function propagateNames(
  state: { infos: readonly (WordInfo | undefined)[]; tokens: readonly Token[]; flags: readonly number[] },
  names: readonly Candidate[],
  dictionary?: ReadonlySet<string>,
): Candidate[] {
  const known = new Set<string>();
  // how often each known name is an ordinary word, as read where it was found with its casing
  const knownCommon = new Map<string, number>();
  const { tokens, infos } = state;
  // without casing, a surname of two ordinary words ("raymond little wolf"): the pair is a name elsewhere
  const knownPairs = new Set<string>();
  let ti = 0;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    while (ti < tokens.length && (tokens[ti]?.end ?? 0) <= c.start) ti++;
    const pair = caselessSurnamePair(state, ti, c.end);
    if (pair !== undefined) knownPairs.add(pair);
    for (let k = ti; k < tokens.length && (tokens[k]?.start ?? Infinity) < c.end; k++) {
      const w = infos[k];
      if (
        !w ||
        w.tok.text.length < 3 ||
        w.medical ||
        w.stopWord ||
        w.common >= 1000 ||
        STATE_NAMES.has(w.tok.lower)
      )
        continue;
      known.add(w.tok.lower);
      knownCommon.set(w.tok.lower, w.common);
    }
  }
  const out: Candidate[] = [];
  const { flags } = state;
  if (knownPairs.size > 0) {
    for (let k = 0; k + 1 < tokens.length; k++) {
      const a = tokens[k];
      const b = tokens[k + 1];
      if (!a || !b || a.kind !== 'word' || b.kind !== 'word' || !knownPairs.has(`${a.lower} ${b.lower}`))
        continue;
      if (infos[k]?.mode === 'mixed' || a.line !== b.line) continue;
      if (tokens[k - 1]?.line === a.line && DETERMINERS.has(tokens[k - 1]?.lower ?? '')) continue;
      out.push({ start: a.start, end: b.end, category: 'NAME', priority: PRIORITY.nameLexicon - 1 });
    }
  }
  if (known.size === 0) return out;
  // the lengths (modulo 32) of the known words: most words are ruled out without hashing them
  let lengths = 0;
  for (const word of known) lengths |= 1 << (word.length & 31);
  for (let k = 0; k < infos.length; k++) {
    // (a lower-case word in a line with casing is skipped below: test that first, it is cheaper)
    const f = flags[k] ?? 0;
    if ((f & TOKEN.word) === 0 || ((f & (TOKEN.caseless | TOKEN.cap)) === 0 && dictionary === undefined))
      continue;
    const w = infos[k];
    if (!w || (lengths & (1 << (w.tok.lower.length & 31))) === 0 || !known.has(w.tok.lower)) continue;
    // without casing, "a grace period", "crp rose from 12": after a determiner or an abbreviation no
    // lexicon knows, the word is the ordinary one
    if (w.mode !== 'mixed' && k > 0 && tokens[k - 1]?.kind === 'word' && tokens[k - 1]?.line === w.tok.line) {
      const p = infos[k - 1];
      if (p && (DETERMINERS.has(p.tok.lower) || (p.common === 0 && !p.stopWord && !inNameLexicon(p))))
        continue;
    }
    // in a line with casing, a name written in lower case or in capitals ("pt asking for zara",
    // "per BECKER") is the same name, unless the word is also an ordinary one
    // a lower-case sentence start is how such a writer writes the name found before ("Patient:
    // Martin grecu. martin is a frail 103 yo"), unless the word is a frequent ordinary one
    const lowerStart =
      !w.cap && !w.acronym && (knownCommon.get(w.tok.lower) ?? 1000) < 300 && startsSentence(tokens, k);
    if (w.mode === 'mixed' && (!w.cap || w.acronym) && !unusualWord(w, dictionary) && !lowerStart) continue;
    if (w.common >= 20 && (w.sentenceStart || w.mode !== 'mixed') && w.common >= 300) continue;
    out.push({ start: w.tok.start, end: w.tok.end, category: 'NAME', priority: PRIORITY.nameLexicon - 1 });
  }
  return out;
}
