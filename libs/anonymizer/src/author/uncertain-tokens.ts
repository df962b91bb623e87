import { lockTags } from '../engine/tags.js';
import { WORD_FLAG, lexicons } from '../lexicon/lexicons.js';
import type { PhiFinding } from '../phi-category.js';
import { UNITS, isKnownSafeWord } from '../short-field/safe-vocabulary.js';
import { tokenize, type Token } from '../text/tokens.js';

/** Why the engine kept a token it is not sure of. */
export type UncertaintyReason = 'POSSIBLE_NAME' | 'INITIAL' | 'LONG_NUMBER' | 'UNKNOWN_WORD';

/** A kept token the author should confirm (UTF-16 offsets into the submitted text). */
export interface UncertainToken {
  start: number;
  end: number;
  reason: UncertaintyReason;
}

/** Most tokens returned: the composer asks about a few, not about every word. */
export const MAX_UNCERTAIN = 20;

const NAME_FLAGS = WORD_FLAG.firstName | WORD_FLAG.surname | WORD_FLAG.otherName;
const RANK: Record<UncertaintyReason, number> = {
  POSSIBLE_NAME: 0,
  INITIAL: 1,
  LONG_NUMBER: 2,
  UNKNOWN_WORD: 3,
};
const SENTENCE_END = /[.!?:;\n]/;

export const UNCERTAIN_PATTERNS: readonly RegExp[] = [SENTENCE_END];

function sentenceStart(text: string, t: Token): boolean {
  let i = t.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '(')) i--;
  return i < 0 || SENTENCE_END.test(text[i] ?? '');
}

function reasonFor(text: string, tokens: readonly Token[], k: number): UncertaintyReason | undefined {
  const t = tokens[k];
  if (t.kind === 'number') {
    const next = tokens[k + 1];
    const unit = next?.kind === 'word' && UNITS.has(next.lower) && next.start - t.end <= 1;
    return t.text.length >= 4 && !unit ? 'LONG_NUMBER' : undefined;
  }
  if (t.kind !== 'word') return undefined;
  const capital = t.text[0] !== t.lower[0];
  if (t.text.length === 1) return capital && text[t.end] === '.' ? 'INITIAL' : undefined;
  const entry = lexicons().words.get(t.lower);
  const nameWord = entry !== undefined && (entry.flags & NAME_FLAGS) !== 0;
  if (nameWord && ((capital && !sentenceStart(text, t)) || !isKnownSafeWord(t.lower, lexicons())))
    return 'POSSIBLE_NAME';
  return isKnownSafeWord(t.lower, lexicons()) ? undefined : 'UNKNOWN_WORD';
}

/**
 * The tokens the engine kept but is least sure of, so that the composer can ask the author: words
 * that are also names (capitalised mid-sentence, or no everyday word), initials, long numbers
 * without a unit, and words no vocabulary knows. At most {@link MAX_UNCERTAIN}, the likeliest
 * identifiers first by kind, each word once, returned in reading order. `findings` must be sorted.
 */
export function leastSureKept(text: string, findings: readonly PhiFinding[]): UncertainToken[] {
  const locked = lockTags(text);
  const { tokens } = tokenize(text, locked);
  const found: (UncertainToken & { order: number })[] = [];
  const seen = new Set<string>();
  let f = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (f < findings.length && findings[f].end <= t.start) f++;
    if ((f < findings.length && findings[f].start < t.end) || locked[t.start] === 1) continue;
    if (seen.has(t.lower)) continue;
    const reason = reasonFor(text, tokens, k);
    if (!reason) continue;
    seen.add(t.lower);
    found.push({ start: t.start, end: t.end, reason, order: RANK[reason] * tokens.length + k });
  }
  return found
    .sort((a, b) => a.order - b.order)
    .slice(0, MAX_UNCERTAIN)
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, reason }) => ({ start, end, reason }));
}
