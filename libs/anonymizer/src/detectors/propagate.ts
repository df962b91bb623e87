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
 * Once a word is known to be part of a name in this text ("Dr. Quintero"), its other
 * occurrences are names too ("Quintero's letter"), unless the word is protected vocabulary or an
 * ordinary word.
 */
export function propagateNames(
  state: { infos: readonly (WordInfo | undefined)[]; tokens: readonly Token[]; flags: readonly number[] },
  names: readonly Candidate[],
): Candidate[] {
  const known = new Set<string>();
  const { tokens, infos } = state;
  let ti = 0;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (const c of sorted) {
    while (ti < tokens.length && (tokens[ti]?.end ?? 0) <= c.start) ti++;
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
    }
  }
  if (known.size === 0) return [];
  const out: Candidate[] = [];
  const { flags } = state;
  for (let k = 0; k < infos.length; k++) {
    // (a lower-case word in a line with casing is skipped below: test that first, it is cheaper)
    const f = flags[k] ?? 0;
    if ((f & TOKEN.word) === 0 || (f & (TOKEN.caseless | TOKEN.cap)) === 0) continue;
    const w = infos[k];
    if (!w || !known.has(w.tok.lower)) continue;
    // without casing, "a grace period", "crp rose from 12": after a determiner or an abbreviation no
    // lexicon knows, the word is the ordinary one
    if (w.mode !== 'mixed' && k > 0 && tokens[k - 1]?.kind === 'word') {
      const p = infos[k - 1];
      if (p && (DETERMINERS.has(p.tok.lower) || (p.common === 0 && !p.stopWord && !inNameLexicon(p))))
        continue;
    }
    if (w.mode === 'mixed' && (!w.cap || w.acronym)) continue;
    if (w.common >= 20 && (w.sentenceStart || w.mode !== 'mixed') && w.common >= 300) continue;
    out.push({ start: w.tok.start, end: w.tok.end, category: 'NAME', priority: PRIORITY.nameLexicon - 1 });
  }
  return out;
}
