import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Token } from '../text/tokens.js';
import { isUnexplained } from './cue-word.detector.js';
import { isUnknownWord } from './unknown-word.js';
import type { VocabularyState } from './vocabulary.detector.js';
import { MONTHS_AND_DAYS, type WordInfo } from './word-classes.js';

/**
 * Facilities named in shapes the head-word rules of the place detector do not read, in any casing:
 * a word no vocabulary knows before a facility's head ("Sumedang Polyclinic", "turku care home",
 * "Usada House"), a head before such a word as many countries write it ("Hospital Kuopio"), and an
 * acronym no list knows after "from" or "at" in a line without casing ("FROM JKHA", "echo at vhn").
 * The word must be unknown to every vocabulary, so "the day hospital", "a care home" and "from
 * ICU" stay.
 */

/** One-word heads after the name. */
const TAIL_HEADS: ReadonlySet<string> = new Set([
  'hospital',
  'clinic',
  'polyclinic',
  'infirmary',
  'hospice',
  'sanatorium',
  'house',
  'lodge',
  'manor',
  'hall',
  'court',
  'surgery',
  // pharmacies and municipalities, as letters and notes from abroad write them
  'pharmacy',
  'chemist',
  'apotek',
  'apotheke',
  'klinik',
  'klinikum',
  'sygehus',
  'sykehus',
  'kommune',
]);
/** Two-word heads after the name: the first word, then the words it may be followed by. */
const TAIL_HEAD_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['care', new Set(['home', 'centre', 'center'])],
  ['nursing', new Set(['home'])],
  ['rest', new Set(['home'])],
  ['retirement', new Set(['home', 'village'])],
  ['health', new Set(['centre', 'center', 'clinic', 'post'])],
  ['medical', new Set(['centre', 'center', 'clinic', 'practice'])],
  ['family', new Set(['practice', 'medicine', 'clinic'])],
  ['day', new Set(['centre', 'center', 'hospital'])],
  ['district', new Set(['hospital'])],
  ['general', new Set(['hospital'])],
  ['community', new Set(['hospital'])],
  ['regional', new Set(['hospital'])],
]);
/** Heads that, written after a town, are mostly a common noun ("the Drancy clinic", "Espoo surgery"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['clinic', 'surgery', 'day', 'hospital', 'practice']);
/** Heads written before the name ("Hospital Kuopio", "Clinica Sao Lucas"). */
const LEADING_HEADS: ReadonlySet<string> = new Set([
  'hospital',
  'hospice',
  'clinica',
  'polyclinic',
  'pflegeheim',
  'krankenhaus',
  'klinikum',
  'hopital',
  'ospedale',
]);
const ACRONYM_BEFORE: ReadonlySet<string> = new Set(['from', 'at']);
const TRANSFER_VERBS: ReadonlySet<string> = new Set([
  'discharged',
  'transferred',
  'moved',
  'sent',
  'admitted',
]);

/** The end of a facility's head that starts at token `k`, or -1. */
function headEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return -1;
  if (TAIL_HEADS.has(t.lower)) return t.end;
  const pair = TAIL_HEAD_PAIRS.get(t.lower);
  const n = tokens[k + 1];
  if (pair && n && n.kind === 'word' && !n.newlineBefore && pair.has(n.lower)) return n.end;
  return -1;
}

function sameLineWord(infos: readonly (WordInfo | undefined)[], k: number, of: Token): WordInfo | undefined {
  const w = infos[k];
  return w && w.tok.line === of.line && !w.tok.newlineBefore ? w : undefined;
}

/** A short word no list knows, standing where a facility does, in a line without casing. */
function isUnknownAcronym(w: WordInfo, ctx: DetectionContext): boolean {
  return w.mode !== 'mixed' && w.tok.lower.length <= 4 && isUnknownWord(w, ctx.lex);
}

/** "from", "at", "discharged to", "care home": where an acronym is a facility. */
function acronymCue(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  const earlier = tokens[k - 2]?.lower ?? '';
  if (ACRONYM_BEFORE.has(before)) return true;
  if (before === 'to') return TRANSFER_VERBS.has(earlier);
  return before === 'home' && (earlier === 'care' || earlier === 'nursing');
}

/** A word some vocabulary knows, or written with a hyphen: not the name before a head. */
function known(x: WordInfo, lex: Lexicons): boolean {
  return x.tok.text.includes('-') || !(isUnexplained(x, lex) || isUnknownWord(x, lex));
}

/** The facility-shape detector: see the module comment. */
export function detectFacilityShapes(ctx: DetectionContext, state: VocabularyState): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, infos } = state;
  const add = (start: number, end: number): void => {
    out.push({ start, end, category: 'LOCATION', priority: PRIORITY.place });
  };
  for (let k = 0; k < tokens.length; k++) {
    const w = infos[k];
    if (!w || w.stopWord) continue;
    const next = sameLineWord(infos, k + 1, w.tok);
    if (
      next &&
      LEADING_HEADS.has(w.tok.lower) &&
      (w.mode !== 'mixed' || (w.cap && next.cap)) &&
      tokens[k + 2]?.text !== '-' &&
      (isUnexplained(next, ctx.lex) || isUnknownWord(next, ctx.lex)) &&
      !next.firstName &&
      !MONTHS_AND_DAYS.has(next.tok.lower)
    ) {
      add(w.tok.start, next.tok.end);
      continue;
    }
    if (acronymCue(tokens, k) && isUnknownAcronym(w, ctx)) {
      add(w.tok.start, w.tok.end);
      continue;
    }
    // (no head one or two words on: nothing to find here, so no vocabulary is asked)
    if (headEnd(tokens, k + 1) < 0 && headEnd(tokens, k + 2) < 0) continue;
    if (known(w, ctx.lex)) continue;
    // one or two words no vocabulary knows, then the head
    const second = next && !known(next, ctx.lex) ? k + 2 : k + 1;
    const end = headEnd(tokens, second);
    if (end < 0 || tokens[second]?.line !== w.tok.line) continue;
    // the head is part of the name when written as one ("Sumedang Polyclinic", "TURKU CARE HOME");
    // a common noun after a town ("the Drancy clinic", "Espoo surgery") leaves the town alone
    const head = infos[second];
    const generic = GENERIC_HEADS.has(tokens[second]?.lower ?? '');
    const named = head !== undefined && (head.mode === 'mixed' ? head.cap : !generic);
    add(w.tok.start, named ? end : (tokens[second - 1]?.end ?? w.tok.end));
  }
  return out;
}
