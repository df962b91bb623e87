import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import { WORD_FLAG, type Lexicons } from '../lexicon/lexicons.js';
import type { Token } from '../text/tokens.js';
import { MONTHS_AND_DAYS, type WordInfo } from './word-classes.js';
import type { VocabularyState } from './vocabulary.detector.js';

/**
 * Phrases clinicians write around a person or a place, read in any casing (a word's casing is one
 * signal among others, never required):
 * - a title or a person's role, then a name: "dr sievers", "Dr. lockman", "DR J. WOLFF", "pt Lenn Martens";
 * - a role or a hand-off, then a name: "report received from joey RN", "report to grace",
 *   "covering MD J. Wolff", "as per j. ahrenberg", "case mgmt (schiller)";
 * - a residence verb, then a town: "lives in Rouen", "moved from vitry-sur-seine";
 * - a saint's name with a possessive is a hospital: "St. Bahringer's", "st. luke's";
 * - an acronym no clinical vocabulary knows, where a facility stands: "PMH per KWCM records",
 *   "transferred from JGFB ED", "referred by … at TJA";
 * - a ward named by a word before its number, after a move: "arrived via stretcher to Wallstab 10";
 * - a town before a facility's word: "follow up in the Grenoble clinic".
 * A word is taken only when it is no stop word, no medical word and, unless the lexicons know it as
 * a name, no ordinary English word: "dr aware", "report to charge nurse", "lives in town" stay.
 */

const TITLES: ReadonlySet<string> = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof']);
/** Words naming the patient or a colleague right before the name: "pt Madelynn Dooley", "therapist Kiara Casper". */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'pt',
  'patient',
  'therapist',
  'resident',
  'intern',
  'fellow',
]);
/** Facility words written in lower case after a town's name: "in the Grenoble clinic". */
const FACILITY_HEADS_LOWER: ReadonlySet<string> = new Set([
  'clinic',
  'hospital',
  'office',
  'practice',
  'center',
  'centre',
  'campus',
  'infirmary',
]);
/** Words after which the next name is a colleague's, in a hand-off. */
const ROLE_CUES: ReadonlySet<string> = new Set(['covering', 'attending', 'charge', 'primary', 'resident']);
const ROLES: ReadonlySet<string> = new Set(['md', 'np', 'rn', 'pa', 'do', 'lpn', 'nurse', 'hospitalist']);
const HANDOFF_VERBS: ReadonlySet<string> = new Set(['report', 'received', 'handoff', 'signout', 'sign-out']);
/** A role named before a parenthesised name: "case mgmt (schiller)", "SW (Jones)". */
const ROLE_BEFORE_PARENTHESIS: ReadonlySet<string> = new Set([
  'mgmt',
  'management',
  'manager',
  'sw',
  'cm',
  'worker',
  'chaplain',
  'nurse',
  'rn',
  'md',
  'np',
  'pa',
  'attending',
  'resident',
  'pcp',
]);
/** "lives in", "moved from": the word before the preposition, and the prepositions. */
const RESIDENCE_VERBS: ReadonlySet<string> = new Set([
  'lives',
  'lived',
  'living',
  'resides',
  'resided',
  'residing',
  'moved',
  'relocated',
  'born',
  'raised',
  'visiting',
  'originally',
  'returned',
  'travelled',
  'traveled',
]);
const RESIDENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'near', 'outside']);
/** Words that follow a facility named by an acronym: "KWCM records", "JGFB ED". */
const FACILITY_AFTER: ReadonlySet<string> = new Set([
  'records',
  'ed',
  'er',
  'icu',
  'hospital',
  'clinic',
  'campus',
  'transfer',
]);
const FACILITY_BEFORE: ReadonlySet<string> = new Set(['at', 'from', 'per', 'via']);
/** Verbs of moving a patient, before "to"/"on" and a ward: "transferred to", "arrived via stretcher to". */
const MOVE_WORDS: ReadonlySet<string> = new Set([
  'transferred',
  'transfer',
  'go',
  'going',
  'moved',
  'stretcher',
  'admitted',
  'admit',
  'arrived',
  'sent',
  'returned',
  'back',
  'bed',
  'upstairs',
]);
/** Words before a number that name no ward: "to room 4", "to grade 2". */
const NOT_WARDS: ReadonlySet<string> = new Set([
  'room',
  'rm',
  'bed',
  'bay',
  'floor',
  'level',
  'grade',
  'stage',
  'step',
  'day',
  'pod',
  'unit',
  'class',
  'type',
  'score',
  'page',
  'line',
  'tube',
  'size',
]);

export const CUE_PHRASE_PATTERNS: readonly RegExp[] = [];

/** What the lexicons say of a lower-case word, whatever the casing of its line. */
function entry(lex: Lexicons, lower: string): { name: boolean; common: number; medical: boolean } {
  const e = lex.words.get(lower);
  const flags = e?.flags ?? 0;
  return {
    name: (flags & (WORD_FLAG.firstName | WORD_FLAG.surname | WORD_FLAG.otherName)) !== 0,
    common: e?.common ?? 0,
    medical: (flags & WORD_FLAG.medical) !== 0,
  };
}

/**
 * A word that may be a name or a place after a strong cue: see the module comment. A name the
 * lexicons know counts even when it is an eponym ("Dr. Wolff"); a word written with a capital
 * inside a line with casing counts when it is rare, even if a dictionary lists it ("Rouen").
 */
function mayBeProper(w: WordInfo | undefined, lex: Lexicons, rareIsEnough = false): w is WordInfo {
  if (!w || w.stopWord || w.glued || w.tok.text.length < 2) return false;
  const lower = w.tok.lower;
  if (MONTHS_AND_DAYS.has(lower) || lex.clinicalAbbreviations.has(lower)) return false;
  const e = entry(lex, lower);
  if (e.name && e.common < 2000) return true;
  if (e.medical || e.common >= 20) return false;
  return rareIsEnough || (w.mode === 'mixed' && w.cap && !w.acronym) || !lex.dictionary.has(lower);
}

function span(a: Token, b: Token, category: Candidate['category'], priority: number): Candidate {
  return { start: a.start, end: b.end, category, priority };
}

/** The word token after `k` on its line, skipping one "." and ":"; -1 when none. */
function nextWord(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (tokens[j]?.kind === 'punct' && (tokens[j]?.text === '.' || tokens[j]?.text === ':') && j <= k + 2)
    j++;
  const t = tokens[j];
  return t && t.kind === 'word' && t.line === tokens[k]?.line ? j : -1;
}

/** Head words after an eponym: "Wilson disease", "Babinski sign" name no person here. */
const EPONYM_HEADS: ReadonlySet<string> = new Set([
  'disease',
  'syndrome',
  'sign',
  'signs',
  'test',
  'maneuver',
  'manoeuvre',
  'reflex',
  'criteria',
  'score',
  'classification',
  'procedure',
  'fracture',
  'palsy',
  'phenomenon',
  'type',
  'stage',
  'scale',
]);

/** A name at `j`: "j. ahrenberg" (an initial, its dot, a word) or one word, then a second name word. */
function nameAt(state: VocabularyState, lex: Lexicons, j: number): Candidate | undefined {
  const { tokens, infos } = state;
  const first = tokens[j];
  if (!first || EPONYM_HEADS.has(tokens[j + 1]?.lower ?? '') || EPONYM_HEADS.has(tokens[j + 2]?.lower ?? ''))
    return undefined;
  if (first.text.length === 1 && tokens[j + 1]?.text === '.' && first.lower !== 'i') {
    const w = infos[j + 2];
    if (!mayBeProper(w, lex) || w.tok.line !== first.line) return undefined;
    return span(first, w.tok, 'NAME', PRIORITY.nameCue);
  }
  const w = infos[j];
  if (!mayBeProper(w, lex)) return undefined;
  const second = infos[j + 1];
  const both = second && second.tok.line === first.line && second.tok.spaceBefore && mayBeProper(second, lex);
  const strong =
    both && (entry(lex, second.tok.lower).name || second.common === 0) && !ROLES.has(second.tok.lower);
  return span(first, strong ? second.tok : first, 'NAME', PRIORITY.nameCue);
}

/**
 * After "pt" or "therapist" most words are verbs ("pt states", "pt resting"): the word must be a
 * name the lexicons know and English rarely uses, or a capitalised word no vocabulary knows.
 */
function personAfterNoun(w: WordInfo, lex: Lexicons): boolean {
  if (w.stopWord || w.glued || MONTHS_AND_DAYS.has(w.tok.lower)) return false;
  const e = entry(lex, w.tok.lower);
  const written = w.mode === 'mixed' && w.cap && !w.acronym;
  if (e.name) return e.common < 100 && !e.medical && (written || !lex.dictionary.has(w.tok.lower));
  return written && e.common === 0 && !lex.dictionary.has(w.tok.lower);
}

/** The word before `k` (lower case), skipping "/", ":" and ","; '' when none. */
function wordBefore(tokens: readonly Token[], k: number, skip = 1): string {
  let j = k - 1;
  let seen = 0;
  while (j >= 0 && tokens[j]?.line === tokens[k]?.line) {
    const t = tokens[j];
    if (t?.kind === 'word') {
      if (++seen === skip) return t.lower;
    } else if (t?.text !== '/' && t?.text !== ':' && t?.text !== ',' && t?.text !== '.') return '';
    j--;
  }
  return '';
}

/** Names after titles, roles and hand-off phrases, and a name in parentheses after a role. */
function names(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens } = state;
  const t = tokens[k];
  if (!t) return;
  const lower = t.lower;
  const prev = wordBefore(tokens, k);
  const handoff =
    (lower === 'from' || lower === 'to') &&
    (HANDOFF_VERBS.has(prev) || HANDOFF_VERBS.has(wordBefore(tokens, k, 2)));
  if (PERSON_NOUNS.has(lower) && t.text !== 'PT') {
    const j = nextWord(tokens, k);
    const w = state.infos[j];
    if (j >= 0 && w && personAfterNoun(w, lex)) {
      const c = nameAt(state, lex, j);
      if (c) out.push(c);
    }
  }
  const cued =
    TITLES.has(lower) ||
    handoff ||
    (lower === 'per' && prev === 'as') ||
    (ROLE_CUES.has(prev) && ROLES.has(lower));
  if (cued) {
    const j = nextWord(tokens, k);
    const c = j >= 0 ? nameAt(state, lex, j) : undefined;
    if (c) out.push(c);
  }
  if (t.text === '(' && ROLE_BEFORE_PARENTHESIS.has(tokens[k - 1]?.lower ?? '')) {
    const w = state.infos[k + 1];
    if (tokens[k + 2]?.text === ')' && mayBeProper(w, lex))
      out.push(span(w.tok, w.tok, 'NAME', PRIORITY.nameCue));
  }
}

/** A town after a residence verb and its preposition: "lives in Rouen", "moved from aulnay-sous-bois". */
function residence(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens, infos } = state;
  const t = tokens[k];
  if (!t || !RESIDENCE_PREPOSITIONS.has(t.lower) || !RESIDENCE_VERBS.has(wordBefore(tokens, k))) return;
  let last: Token | undefined;
  for (let j = k + 1; j <= k + 7; j++) {
    const w = infos[j];
    const tok = tokens[j];
    if (!tok || tok.line !== t.line) break;
    if (tok.kind === 'punct' && tok.text === '-' && !tok.spaceBefore && last) continue;
    // (after "lives in" a rare word is the town even if some dictionary lists it: "rouen")
    if (!w || (w.mode === 'mixed' && !w.cap) || !mayBeProper(w, lex, true)) break;
    last = w.tok;
    if (j - k >= 3 && !(tokens[j + 1]?.text === '-')) break;
  }
  const first = tokens[k + 1];
  if (last && first) out.push(span(first, last, 'LOCATION', PRIORITY.place));
}

/** "St. Bahringer's": a saint's name with a possessive names a hospital. */
function saint(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens, infos } = state;
  const t = tokens[k];
  if (!t || (t.lower !== 'st' && t.lower !== 'saint')) return;
  const j = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
  const w = infos[j];
  const apostrophe = tokens[j + 1];
  const s = tokens[j + 2];
  if (!w || (w.mode === 'mixed' && !w.cap) || w.stopWord || w.medical) return;
  if (!apostrophe || (apostrophe.text !== "'" && apostrophe.text !== '’') || s?.lower !== 's') return;
  if (apostrophe.spaceBefore || s.spaceBefore) return;
  void lex;
  out.push(span(t, s, 'LOCATION', PRIORITY.facility));
}

function allCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** An acronym no clinical vocabulary knows where a facility stands: "per KWCM records", "at TJA". */
function facilityAcronym(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens, infos } = state;
  const w = infos[k];
  if (!w || w.stopWord || w.glued) return;
  const text = w.tok.text;
  if (text.length < 2 || text.length > (w.mode === 'mixed' ? 6 : 5)) return;
  if (w.mode === 'mixed' && !(w.acronym && allCapitals(text))) return;
  const after = tokens[k + 1];
  const headAfter = after?.kind === 'word' && after.line === w.tok.line && FACILITY_AFTER.has(after.lower);
  const before = k > 0 ? tokens[k - 1] : undefined;
  const cueBefore =
    before?.kind === 'word' && before.line === w.tok.line && FACILITY_BEFORE.has(before.lower);
  // without casing, a short unknown word is often shorthand: a facility's word must follow it
  // (the context is tested first: two small sets cost less than the large vocabularies below)
  if (!(w.mode === 'mixed' ? headAfter || cueBefore : headAfter)) return;
  const lower = w.tok.lower;
  if (lex.clinicalAbbreviations.has(lower) || lex.dictionary.has(lower) || MONTHS_AND_DAYS.has(lower)) return;
  const e = entry(lex, lower);
  if (e.medical || e.common >= 20) return;
  out.push(span(w.tok, w.tok, 'LOCATION', PRIORITY.place));
}

/** "to Wallstab 10", "on West 12": a ward's name before its number, after a move of the patient. */
function ward(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens, infos } = state;
  const t = tokens[k];
  if (!t || (t.lower !== 'to' && t.lower !== 'on')) return;
  if (!MOVE_WORDS.has(wordBefore(tokens, k)) && !MOVE_WORDS.has(wordBefore(tokens, k, 2))) return;
  const w = infos[k + 1];
  const n = tokens[k + 2];
  if (!w || !n || n.kind !== 'number' || n.text.length > 2 || n.line !== t.line || !n.spaceBefore) return;
  const after = tokens[k + 3];
  if (after && after.kind !== 'punct' && !after.spaceBefore) return;
  const direction = ['west', 'east', 'north', 'south'].includes(w.tok.lower);
  if (NOT_WARDS.has(w.tok.lower) || (w.mode === 'mixed' && !w.cap)) return;
  if (!direction && !mayBeProper(w, lex, true)) return;
  // (the ward's number alone names no place: only its name goes)
  out.push(span(w.tok, w.tok, 'LOCATION', PRIORITY.place));
}

/** "in the Grenoble clinic": a rare capitalised word between "the" and a facility's word. */
function townBeforeFacility(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens, infos } = state;
  if (tokens[k]?.lower !== 'the') return;
  const w = infos[k + 1];
  const head = tokens[k + 2];
  if (
    !w ||
    !head ||
    head.kind !== 'word' ||
    !FACILITY_HEADS_LOWER.has(head.lower) ||
    head.line !== w.tok.line
  )
    return;
  if ((w.mode === 'mixed' && (!w.cap || w.acronym)) || !mayBeProper(w, lex)) return;
  out.push(span(w.tok, w.tok, 'LOCATION', PRIORITY.place));
}

/** Every token a phrase of this detector (but the facility acronym) can start at. */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...TITLES,
  ...PERSON_NOUNS,
  ...ROLES,
  ...RESIDENCE_PREPOSITIONS,
  'per',
  'st',
  'saint',
  'on',
  'the',
  'at',
]);

/** The cue-phrase detector: see the module comment. */
export function detectByCuePhrases(ctx: DetectionContext, state: VocabularyState): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = state;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind === 'number') continue;
    facilityAcronym(state, ctx.lex, k, out);
    // the other phrases start at a few cue words only: one lookup rules out every other token
    if (!TRIGGERS.has(t.lower) && t.text !== '(') continue;
    names(state, ctx.lex, k, out);
    if (t.kind !== 'word') continue;
    residence(state, ctx.lex, k, out);
    saint(state, ctx.lex, k, out);
    ward(state, ctx.lex, k, out);
    townBeforeFacility(state, ctx.lex, k, out);
  }
  return out;
}
