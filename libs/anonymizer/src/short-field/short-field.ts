import type { Anonymizer } from '../anonymizer.js';
import { lockTags } from '../engine/tags.js';
import { lexicons } from '../lexicon/lexicons.js';
import type { DeidentificationResult, DeidentifiedText, PhiFinding } from '../phi-category.js';
import { tokenize, type Token } from '../text/tokens.js';
import { UNITS, isEponymHead, isKnownSafeWord } from './safe-vocabulary.js';

/** What a short field became, and how many of its tokens were no known safe word. */
export interface ShortFieldResult extends DeidentificationResult {
  /** Findings added by the short-field policy (already in `findings`). */
  unknownTokens: number;
}

/** Longest number a short field keeps without a unit: "3 days", "type 2", not "555-0143". */
const MAX_BARE_DIGITS = 3;

const DIGIT = /\d/;
/** What may stand between two removed tokens that are one identifier: "555-0143", "617- 555". */
const JOINER = /^ ?[-.]? ?$/;

/** The patterns this unit runs, for the ReDoS test. */
export const SHORT_FIELD_PATTERNS: readonly RegExp[] = [DIGIT, JOINER];

const unknown = (start: number, end: number): PhiFinding => ({
  category: 'OTHER_ID',
  start,
  end,
  replacement: '[OTHER_ID]',
});

function numberIsSafe(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (next?.kind === 'word' && UNITS.has(next.lower) && next.start - t.end <= 1) return true;
  if (t.text.length > MAX_BARE_DIGITS) return false;
  // a group of a phone, SSN or code, however spaced: "555-0143", "617- 555- 0199", "12.34.56"
  return !joinedTo(text, t.start - 1, -1) && !joinedTo(text, t.end, 1);
}

/** True when a dash or dot at `i` (spaces skipped, in direction `dir`) joins the number to a digit. */
function joinedTo(text: string, i: number, dir: 1 | -1): boolean {
  while (text[i] === ' ') i += dir;
  if (text[i] !== '-' && text[i] !== '.') return false;
  i += dir;
  while (text[i] === ' ') i += dir;
  return DIGIT.test(text[i] ?? '');
}

function tokenIsSafe(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind === 'punct') return true;
  if (t.kind === 'number') return numberIsSafe(text, tokens, k);
  const prev = tokens[k - 1];
  // a unit or a sex right after a number: "10 mg", "76M"
  if (prev?.kind === 'number' && t.start - prev.end <= 1 && (UNITS.has(t.lower) || t.lower === 'f'))
    return true;
  const next = tokens[k + 1];
  const beforeHead = next?.kind === 'word' && isEponymHead(next.lower);
  return isKnownSafeWord(t.lower, lexicons(), beforeHead);
}

/**
 * The tokens of `text` left by `findings` (sorted) that are no known safe word, as findings;
 * neighbours joined by punctuation alone become one ("555-0143").
 */
export function unknownTokenFindings(text: string, findings: readonly PhiFinding[]): PhiFinding[] {
  const locked = lockTags(text);
  const { tokens } = tokenize(text, locked);
  const out: PhiFinding[] = [];
  let f = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (f < findings.length && findings[f].end <= t.start) f++;
    const covered = f < findings.length && findings[f].start < t.end;
    if (covered || locked[t.start] === 1 || tokenIsSafe(text, tokens, k)) continue;
    const last = out[out.length - 1];
    if (last && JOINER.test(text.slice(last.end, t.start))) last.end = t.end;
    else out.push(unknown(t.start, t.end));
  }
  return out;
}

/**
 * The strict policy for fields that have no context (tags, titles, channel names, report notes):
 * the text is de-identified as any other, then every token that is not a known safe word (English or
 * medical vocabulary, a unit, a number of at most three digits or one with a unit) is removed as
 * `[OTHER_ID]`. Callers refuse the field (tags) or keep the result (titles, notes). Never throws
 * except as `deidentify` does; should the policy fail, the whole field is withheld.
 */
export function deidentifyShortField(anonymizer: Anonymizer, value: string): ShortFieldResult {
  const first = anonymizer.deidentify(value);
  let extra: PhiFinding[];
  try {
    extra = unknownTokenFindings(value, first.findings);
  } catch {
    extra = value.length === 0 ? [] : [unknown(0, value.length)];
    const text = (extra.length === 0 ? '' : '[OTHER_ID]') as DeidentifiedText;
    return { text, findings: extra, unknownTokens: extra.length };
  }
  const findings = [...first.findings, ...extra].sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  for (const f of findings) {
    text += value.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return { text: (text + value.slice(at)) as DeidentifiedText, findings, unknownTokens: extra.length };
}
