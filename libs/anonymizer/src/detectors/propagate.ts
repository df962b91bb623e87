import { PRIORITY, type Candidate } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';
import { STATE_NAMES, type WordInfo } from './word-classes.js';

/**
 * Once a word is known to be part of a name in this text ("Dr. Quintero"), its other
 * occurrences are names too ("Quintero's letter"), unless the word is protected vocabulary or an
 * ordinary word.
 */
export function propagateNames(
  state: { infos: readonly (WordInfo | undefined)[]; tokens: readonly Token[] },
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
  for (const w of infos) {
    if (!w || !known.has(w.tok.lower)) continue;
    if (w.mode === 'mixed' && (!w.cap || w.acronym)) continue;
    if (w.common >= 20 && (w.sentenceStart || w.mode !== 'mixed') && w.common >= 300) continue;
    out.push({ start: w.tok.start, end: w.tok.end, category: 'NAME', priority: PRIORITY.nameLexicon - 1 });
  }
  return out;
}
