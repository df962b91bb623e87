import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import { WORD_FLAG, type Lexicons } from '../lexicon/lexicons.js';
import type { Token } from '../text/tokens.js';
import { MONTHS_AND_DAYS, RELATION, STATE_NAMES, wordClassBit, type WordInfo } from './word-classes.js';

/**
 * Recall by vocabulary, in any casing: what the lexicons know as a person's name and no English
 * dictionary knows as a word is a name wherever it stands ("NATALIE", "kayleigh"); an initial
 * before such a name, or before a word no vocabulary knows, is a name with it ("R. TANNER",
 * "as per k. moreau"); the names listed after a relative ("daughters anne and lou"); a pager
 * number after its cue ("Beeper #70312", "pgr 3-4412").
 */
export interface VocabularyState {
  infos: readonly (WordInfo | undefined)[];
  tokens: readonly Token[];
}

/** Cue words of a pager number. */
const PAGER_CUES: ReadonlySet<string> = new Set(['pager', 'pgr', 'beeper', 'bpr', 'pg', 'beep', 'bleep']);
/** Plural relatives, which the singular cue list does not hold. */
const RELATIVES_PLURAL: ReadonlySet<string> = new Set([
  'daughters',
  'sons',
  'sisters',
  'brothers',
  'grandsons',
  'granddaughters',
  'nieces',
  'nephews',
  'cousins',
  'parents',
  'children',
  'grandchildren',
  'friends',
  'neighbors',
  'neighbours',
]);
/** The word-class bits of a relative, singular ({@link RELATION}) or plural: one bit test per word. */
const RELATIVE_BITS = RELATION | wordClassBit(RELATIVES_PLURAL);
/** Single letters that are not initials before a dot: a Roman numeral, the pronoun. */
const NOT_INITIALS: ReadonlySet<string> = new Set(['i', 'v', 'x']);
/** Joins the names of a list after a relative. */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', '&', ',', '/']);

/** A word the name lexicons know and no dictionary, word-frequency or medical list does. */
export function isUnambiguousName(w: WordInfo, lex: Lexicons): boolean {
  if (!(w.firstName || w.surname || w.otherName) || w.medical || w.stopWord || w.glued) return false;
  const lower = w.tok.lower;
  if (w.common >= 20 || MONTHS_AND_DAYS.has(lower) || STATE_NAMES.has(lower)) return false;
  // capitals inside a line with casing are shorthand or a test's name ("TIA", "ELISA", "FABER")
  if (w.mode === 'mixed' && w.acronym) return false;
  // three letters count only when written as a name ("Jim"): "MIN", "AST", "cmv" are shorthand
  if (lower.length < 4 && !(w.mode === 'mixed' && w.cap && !w.acronym)) return false;
  return !lex.dictionary.has(lower);
}

/**
 * A capitalised word, in a line with casing, that no vocabulary knows at all (no name, town,
 * ordinary or medical word): a name from outside the lexicons ("Nqobile").
 */
function isUnknownCapitalised(w: WordInfo, lex: Lexicons): boolean {
  if (w.mode !== 'mixed' || !w.cap || w.acronym || w.stopWord || w.medical || w.glued || w.common > 0)
    return false;
  return (
    w.tok.lower.length >= 3 && !lex.dictionary.has(w.tok.lower) && lex.words.get(w.tok.lower) === undefined
  );
}

/**
 * A word, in any casing, that no vocabulary knows at all: after a relative it is a name from
 * outside the lexicons ("DAUGHTERS CHARLOTTA AND TIAGO", "daughters dina and Carolina").
 */
function isUnknownWord(w: WordInfo, lex: Lexicons): boolean {
  if (w.stopWord || w.medical || w.glued || w.common > 0 || (w.mode === 'mixed' && w.acronym)) return false;
  const lower = w.tok.lower;
  return lower.length >= 3 && !lex.dictionary.has(lower) && lex.words.get(lower) === undefined;
}

/** "coli" of "E. coli": an organism written with its genus initial. */
function isOrganism(initial: Token, w: WordInfo, lex: Lexicons): boolean {
  return lex.medical.has(`${initial.lower}. ${w.tok.lower}`) || lex.medical.has(w.tok.lower);
}

function nameAt(w: WordInfo): Candidate {
  return { start: w.tok.start, end: w.tok.end, category: 'NAME', priority: PRIORITY.nameLexicon };
}

/** "R. TANNER", "as per k. moreau": an initial, its dot, then a name or an unknown word. */
function initialBeforeName(state: VocabularyState, lex: Lexicons, k: number): Candidate | undefined {
  const { tokens, infos } = state;
  const initial = tokens[k];
  const dot = tokens[k + 1];
  const w = infos[k + 2];
  if (!initial || initial.kind !== 'word' || initial.text.length !== 1 || dot?.text !== '.') return undefined;
  if (!w || w.tok.line !== initial.line || dot.spaceBefore || !w.tok.spaceBefore) return undefined;
  // an initial stands alone ("q8h." and "kU/L." end in a letter), is no Roman numeral or pronoun,
  // and is a capital where the line has casing
  if (k > 0 && !initial.spaceBefore && !initial.newlineBefore) return undefined;
  if (NOT_INITIALS.has(initial.lower) || (w.mode === 'mixed' && initial.text === initial.lower))
    return undefined;
  if (isOrganism(initial, w, lex) || w.stopWord || w.glued) return undefined;
  // (an initial makes a known name certain, "S. Lambert", and any word no vocabulary knows, "m. zijlstra")
  // ("R. TANNER AWARE": a name in capitals inside a line with casing, four letters or more)
  const knownName =
    w.mode === 'mixed' &&
    w.cap &&
    (!w.acronym || (w.tok.text.length >= 4 && w.surnameRank > 0 && w.surnameRank < 5000)) &&
    (w.surname || w.firstName) &&
    w.common < 1000;
  const name =
    isUnambiguousName(w, lex) ||
    isUnknownCapitalised(w, lex) ||
    (w.surname && w.common === 0) ||
    knownName ||
    // (in a line with casing a lower-case word after an initial is an organism: "H. pylori")
    (isUnknownWord(w, lex) && (w.mode !== 'mixed' || w.cap));
  if (!name) return undefined;
  return { start: initial.start, end: w.tok.end, category: 'NAME', priority: PRIORITY.nameCue };
}

/** "daughters anne and lou", "son Jim": given names listed right after a relative. */
function namesAfterRelative(state: VocabularyState, lex: Lexicons, k: number, out: Candidate[]): void {
  const { tokens, infos } = state;
  const cue = tokens[k];
  if (!cue || ((infos[k]?.cls ?? 0) & RELATIVE_BITS) === 0) return;
  const first = out.length;
  for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
    const w = infos[j];
    const t = tokens[j];
    if (!t || t.line !== cue.line) break;
    if (w === undefined) {
      if (LIST_JOINERS.has(t.text)) continue;
      break;
    }
    if (LIST_JOINERS.has(w.tok.lower) && out.length > first) continue;
    // (a lower-case word in a line with casing is classified without the name lexicons: ask them)
    const e = lex.words.get(w.tok.lower);
    const flags = e?.flags ?? 0;
    const givenFlag =
      w.firstName || w.otherName || (flags & (WORD_FLAG.firstName | WORD_FLAG.otherName)) !== 0;
    const common = w.mode === 'mixed' && !w.cap ? (e?.common ?? 0) : w.common;
    const given = givenFlag && !w.medical && (flags & WORD_FLAG.medical) === 0 && !w.stopWord && common < 500;
    if (!given && !isUnknownCapitalised(w, lex) && !isUnknownWord(w, lex)) break;
    out.push(nameAt(w));
  }
}

/** "Beeper #70312", "pgr 3-4412", "pager: 70312". */
function pagerAfterCue(tokens: readonly Token[], k: number): Candidate | undefined {
  const cue = tokens[k];
  if (!cue) return undefined;
  // "Page #58112", "page: 58112": the verb is a cue only before "#" or ":" ("page 2 of 3" is not)
  const page = cue.lower === 'page' && (tokens[k + 1]?.text === '#' || tokens[k + 1]?.text === ':');
  if (!page && !PAGER_CUES.has(cue.lower)) return undefined;
  let j = k + 1;
  while (tokens[j]?.kind === 'punct' && (tokens[j]?.text === '#' || tokens[j]?.text === ':')) j++;
  const first = tokens[j];
  if (!first || first.kind !== 'number' || first.line !== cue.line) return undefined;
  let end = first.end;
  let digits = first.text.length;
  const dash = tokens[j + 1];
  const second = tokens[j + 2];
  if (dash?.text === '-' && !dash.spaceBefore && second?.kind === 'number' && !second.spaceBefore) {
    end = second.end;
    digits += second.text.length;
  }
  if (digits < 4 || digits > 10) return undefined;
  return { start: first.start, end, category: 'PHONE', priority: PRIORITY.cueId };
}

/** The vocabulary detector: see the module comment. */
export function detectByVocabulary(ctx: DetectionContext, state: VocabularyState): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, infos } = state;
  for (let k = 0; k < tokens.length; k++) {
    const w = infos[k];
    if (w === undefined) continue;
    if (isUnambiguousName(w, ctx.lex)) out.push(nameAt(w));
    if (w.tok.text.length === 1) {
      const c = initialBeforeName(state, ctx.lex, k);
      if (c) out.push(c);
      continue;
    }
    const pager = pagerAfterCue(tokens, k);
    if (pager) out.push(pager);
    namesAfterRelative(state, ctx.lex, k, out);
  }
  return out;
}
