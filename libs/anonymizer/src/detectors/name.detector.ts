import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';
import {
  MONTHS_AND_DAYS,
  RELATIONS,
  STATE_CODES,
  STATE_NAMES,
  TOKEN,
  inNameLexicon,
  isSpecialist,
  wordClassBit,
  type WordInfo,
} from './word-classes.js';

/** Words that make the eponym before them a disease, sign or device rather than a person. */
const EPONYM_FOLLOWERS: ReadonlySet<string> = new Set([
  'disease',
  'syndrome',
  'fracture',
  'sign',
  'test',
  'score',
  'scale',
  'catheter',
  'palsy',
  'reflex',
  'procedure',
]);

/** Titles and honorifics: the words after them are a person's name. */
const TITLES = new Set([
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'officer',
  'deputy',
  'sheriff',
  'sgt',
  'sergeant',
  'rev',
  'reverend',
  'pastor',
  'father',
  'fr',
  'brother',
  'sister',
  'coach',
  'judge',
  'nurse',
  'chaplain',
  'attorney',
  'trooper',
  'detective',
  'capt',
  'captain',
  'lt',
  'dds',
  'cna',
  'attn',
]);

/** Credentials written after a name ("Priya Raman, DO"). */
const CREDENTIALS = new Set([
  'md',
  'do',
  'rn',
  'np',
  'pa',
  'pa-c',
  'lpn',
  'lvn',
  'cnm',
  'crna',
  'dvm',
  'mph',
  'phd',
  'pharmd',
  'lmsw',
  'lcsw',
  'msw',
  'chc',
  'fnp',
  'fnp-c',
  'aprn',
  'dnp',
  'dpm',
  'od',
  'dds',
  'dmd',
  'pt',
  'ot',
  'rd',
  'bsn',
  'msn',
  'cna',
  'emt',
  'facp',
  'faap',
  'facs',
  'mba',
  'ms',
  'ma',
  'mfm',
  'ibclc',
  'cdces',
  'cde',
  'rrt',
  'slp',
  'ccc-slp',
  'mbbs',
  'frcpc',
  'cm',
  'acnp',
  'agacnp',
  'pnp',
  'whnp',
  'anp',
  'lmft',
  'lpc',
  'psyd',
  'edd',
  'ccrn',
]);

/** Labels whose value is a name ("Pt: Harriet Volk"). */
const LABELS = new Set([
  'pt',
  'patient',
  'resident',
  'name',
  'client',
  'attn',
  'cc',
  'from',
  'signed',
  'provider',
  'pcp',
  'referring',
  'attending',
  'guardian',
  'contact',
  'rn',
  'md',
  'np',
  'cna',
  'lpn',
  'author',
  'by',
  'to',
]);

const LABELS_NEED_COLON = new Set([
  'to',
  'by',
  'from',
  'cc',
  'author',
  'signed',
  'name',
  'contact',
  'provider',
  'attending',
  'referring',
  'md',
  'np',
  'lpn',
  'cna',
]);

const ALL_CAPITALS = /^[A-Z]+$/;
const NON_ASCII_LETTER = /[\u00C0-\u024F]/;
const STATE_LIKE_TITLE = /^(?:MS|MD|PA|ME)$/;
const AGE_UNIT = /^(?:[MF]|yo|y|yr|yrs|years?|months?|mo|mos|weeks?|wks?|days?|d|and|\)|,)$/;
const ARTICLE_OR_NUMBER = /^(?:a|an|\d+)$/;
const CAPITALISED = /^[A-Z][a-z]/;
const QUOTED_NICKNAME = /["“]([A-Z][a-z]{1,20})["”]/;
const QUOTED_NICKNAME_CASELESS = /["“]([a-z]{2,20}|[A-Z]{2,20})["”]/;

/** The patterns the name detector runs, for the ReDoS test. */
export const NAME_PATTERNS: readonly RegExp[] = [
  ALL_CAPITALS,
  NON_ASCII_LETTER,
  STATE_LIKE_TITLE,
  AGE_UNIT,
  ARTICLE_OR_NUMBER,
  CAPITALISED,
  QUOTED_NICKNAME,
  QUOTED_NICKNAME_CASELESS,
];

/** Nouns that follow an eponym: a capitalised word before one is not a person here. */
const EPONYM_NOUNS = new Set([
  'syndrome',
  'disease',
  'sign',
  'criteria',
  'score',
  'scale',
  'reflex',
  'palsy',
  'test',
  'maneuver',
  'manoeuvre',
  'fracture',
  'procedure',
  'classification',
  'stage',
  'catheter',
  'tube',
  'shunt',
  'virus',
  'fever',
  'cells',
  'cell',
  'nodes',
  'nodules',
  'ulcer',
  'lesion',
  'phenomenon',
  'triad',
  'law',
  'equation',
  'formula',
  'index',
  'needle',
  'forceps',
  'retractor',
  'incision',
  'position',
  'method',
  'technique',
  'repair',
  'operation',
  'tumor',
  'tumour',
  'anomaly',
  'malformation',
  'dystrophy',
  'ataxia',
  'chorea',
  'lymphoma',
  'sarcoma',
  'nosology',
]);

/** Dotted letter pairs that are abbreviations, not someone's initials. */
const NOT_INITIALS = new Set([
  'US',
  'PO',
  'AM',
  'PM',
  'DC',
  'MD',
  'DO',
  'RN',
  'NP',
  'ER',
  'OR',
  'IV',
  'BP',
  'HS',
  'QD',
  'BID',
  'TID',
  'QID',
  'PRN',
  'NPO',
  'SP',
  'AKA',
  'EG',
  'IE',
  'UK',
  'UN',
  'OB',
  'ID',
  'PT',
  'OT',
  'ST',
  'LA',
  'NY',
  'NJ',
  'GI',
  'ED',
  'OD',
  'OS',
  'OU',
  'PR',
  'PV',
  'SC',
  'SL',
  'IM',
  'TB',
  'HIV',
  'VA',
  'AD',
  'BC',
  'CE',
  'RSVP',
  'USA',
  'DDS',
  'PHD',
  'VAC',
  'AKA',
  'ASAP',
  'DNR',
  'DNI',
  'POA',
]);

/** Titles, relatives and roles, labels and credentials: the words a name cue can start at. */
const CUE_WORDS: ReadonlySet<string> = new Set([...TITLES, ...RELATIONS, ...LABELS, ...CREDENTIALS]);
const CUE_WORD = wordClassBit(CUE_WORDS);

/**
 * Clinical shorthand that is also a given name or surname ("ED doc", "IPAP max", "PERRL, MAE"): in a
 * line without casing these are read as the shorthand, unless a title or label cues a name.
 */
const CASELESS_NOT_NAMES: ReadonlySet<string> = new Set([
  'ed',
  'er',
  'or',
  'id',
  'doc',
  'max',
  'min',
  'mae',
  'art',
  'mic',
  'sat',
  'sats',
  'les',
  'ward',
]);

/** Titles that name a person whatever word follows ("mr. smith", "dr. wilson"), as opposed to roles. */
const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'professor',
  'rev',
  'reverend',
  'fr',
  'sgt',
  'capt',
  'lt',
  'attn',
]);

const STATE_CODE_WORDS = new Set([...STATE_CODES].map((c) => c.toLowerCase()));

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'da',
  'di',
  'la',
  'le',
  'du',
  'mac',
  'bin',
  'al',
  'ben',
  'ter',
  'den',
  'der',
  'st',
]);

interface Span {
  first: number;
  last: number;
}

export interface NameDetectorState {
  infos: readonly (WordInfo | undefined)[];
  tokens: readonly Token[];
  /** {@link WordClasses.flags} */
  flags: readonly number[];
}

function info(state: NameDetectorState, i: number): WordInfo | undefined {
  return state.infos[i];
}

function isInitial(state: NameDetectorState, i: number): boolean {
  const w = info(state, i);
  if (!w || w.tok.text.length !== 1) return false;
  const ch = w.tok.text;
  if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) return true;
  // no casing to go by: a single letter with its dot right after it ("k. doyle", "r.k.")
  const dot = tokenAt(state, i + 1);
  return w.mode !== 'mixed' && ch !== ch.toUpperCase() && dot?.text === '.' && dot.start === w.tok.end;
}

function tokenAt(state: NameDetectorState, i: number): Token | undefined {
  return state.tokens[i];
}

/** Same line and at most one space or a hyphen between two tokens. */
function adjacent(state: NameDetectorState, a: number, b: number): boolean {
  const x = tokenAt(state, a);
  const y = tokenAt(state, b);
  if (!x || !y || x.line !== y.line) return false;
  return y.start - x.end <= 2;
}

/**
 * Whether a word may be part of a name. `cued` relaxes the test after a title, relation or label,
 * where any capitalised word that is not a stop word is taken.
 */
function nameWord(w: WordInfo | undefined, cued: boolean): boolean {
  if (!w || w.glued) return false;
  if (w.stopWord || TITLES.has(w.tok.lower)) return false;
  if ((MONTHS_AND_DAYS.has(w.tok.lower) || STATE_NAMES.has(w.tok.lower)) && !(cued && w.firstName))
    return false;
  if (w.mode === 'mixed') {
    if (!w.cap) return false;
    if (w.acronym)
      return (
        cued && inNameLexicon(w) && !w.medical && w.tok.text.length >= 3 && ALL_CAPITALS.test(w.tok.text)
      );
    if (cued) return true;
    if (w.medical) return false;
    if (w.common >= 1000 && !w.firstName) return false;
    return inNameLexicon(w) || w.common < 20;
  }
  // no casing to go by: lexicon or an unknown word, never a cue word ("uncle", "dietitian", "rn")
  if (w.medical || caselessCueWord(w.tok.lower)) return false;
  if (cued) {
    const hyphenatedSurname = w.surname && w.tok.text.includes('-');
    return (
      (w.common === 0 && (inNameLexicon(w) || caselessUnknownName(w.tok.lower))) ||
      hyphenatedSurname ||
      (w.firstName && w.common < 300) ||
      (w.surname && w.common < 2000) ||
      (inNameLexicon(w) && w.common < 10)
    );
  }
  // an unknown word ("crp", "ipap") is no name without a cue where the line has no casing
  return inNameLexicon(w) && w.common < 10;
}

/**
 * A word no lexicon knows that may still be a name after a cue where the line has no casing: not a
 * short abbreviation ("mri", "bmi") and not shaped like a verb or a plural ("hosed", "verbalized", "walking", "states").
 */
function caselessUnknownName(lower: string): boolean {
  return lower.length >= 4 && !lower.endsWith('ed') && !lower.endsWith('ing') && !lower.endsWith('s');
}

/** Titles, relatives, roles, labels and credentials: in a line without casing, never part of a name. */
function caselessCueWord(lower: string): boolean {
  return CUE_WORDS.has(lower) || isSpecialist(lower) || CASELESS_NOT_NAMES.has(lower);
}

/** Extends a name from token `i`: words, initials with their dots, particles. Returns the span or undefined. */
function nameRun(state: NameDetectorState, i: number, cued: boolean, maxWords = 4): Span | undefined {
  let last = -1;
  let words = 0;
  let k = i;
  while (k < state.tokens.length && words < maxWords) {
    const tok = tokenAt(state, k);
    if (!tok) break;
    if (last >= 0 && !adjacent(state, last, k)) break;
    if (tok.kind === 'word') {
      const w = info(state, k);
      if (isInitial(state, k) && (cued || words > 0 || tokenAt(state, k + 1)?.text === '.')) {
        last = k;
        words++;
        k++;
        if (tokenAt(state, k)?.text === '.' && adjacent(state, k - 1, k)) {
          last = k;
          k++;
        }
        continue;
      }
      if (w && words > 0 && PARTICLES.has(w.tok.lower)) {
        // "van Zee", "van der Vlist", "de la Cruz"
        let j = k + 1;
        while (PARTICLES.has(tokenAt(state, j)?.lower ?? '') && adjacent(state, j - 1, j)) j++;
        if (adjacent(state, j - 1, j) && nameWord(info(state, j), true)) {
          last = j - 1;
          k = j;
          continue;
        }
      }
      const continues =
        words > 0 &&
        w !== undefined &&
        w.cap &&
        !w.acronym &&
        !w.stopWord &&
        !MONTHS_AND_DAYS.has(w.tok.lower) &&
        inNameLexicon(w) &&
        w.mode === 'mixed';
      // "pt: sapp, georgia mae": shorthand that is also a given name, last in a cued name after a given name
      const middle =
        cued &&
        words > 0 &&
        w !== undefined &&
        w.mode !== 'mixed' &&
        w.firstName &&
        CASELESS_NOT_NAMES.has(w.tok.lower) &&
        info(state, k - 1)?.firstName === true &&
        (!adjacent(state, k, k + 1) || tokenAt(state, k + 1)?.kind === 'punct');
      // "pt: kyle b   rm 3": a surname's initial without its dot, last in a cued name after a given name
      const lastInitial =
        cued &&
        words > 0 &&
        w !== undefined &&
        w.mode !== 'mixed' &&
        w.tok.text.length === 1 &&
        !w.stopWord &&
        info(state, k - 1)?.firstName === true &&
        !adjacent(state, k, k + 1);
      if (!nameWord(w, cued) && !continues && !middle && !lastInitial) break;
      last = k;
      words++;
      k++;
      continue;
    }
    if (tok.text === '-' && last >= 0 && adjacent(state, last, k) && nameWord(info(state, k + 1), true)) {
      k++;
      continue;
    }
    break;
  }
  if (last < 0) return undefined;
  // a run of initials alone is only a name when cued or written like "R.K."
  return { first: i, last };
}

function spanText(state: NameDetectorState, s: Span): string {
  const a = tokenAt(state, s.first);
  const b = tokenAt(state, s.last);
  return a && b ? `${a.start}:${b.end}` : '';
}

function prevWordIndex(state: NameDetectorState, i: number, skipPunct: string): number {
  let k = i - 1;
  while (k >= 0) {
    const t = tokenAt(state, k);
    if (!t) return -1;
    if (t.kind === 'punct' && skipPunct.includes(t.text)) {
      k--;
      continue;
    }
    return t.kind === 'word' ? k : -1;
  }
  return -1;
}

/** Strength of a lexicon-only name: how sure a capitalised run is a person without a cue. */
function lexiconName(state: NameDetectorState, s: Span): boolean {
  const words: WordInfo[] = [];
  for (let k = s.first; k <= s.last; k++) {
    const w = info(state, k);
    if (w && w.tok.text.length > 1) words.push(w);
  }
  if (words.length === 0) return false;
  const phrase = words.length === 1 ? (words[0]?.tok.lower ?? '') : words.map((w) => w.tok.lower).join(' ');
  if (STATE_NAMES.has(phrase)) return false;
  // "Löfgren syndrome", "Homan sign": a word after it makes an unlisted eponym of it
  if (EPONYM_NOUNS.has(state.tokens[s.last + 1]?.lower ?? '')) return false;
  const startW = info(state, s.first);
  const mixed = startW?.mode === 'mixed';
  const strong = (w: WordInfo): boolean =>
    inNameLexicon(w) && w.common < 20 && !w.medical && !STATE_NAMES.has(w.tok.lower);
  const firstStrong = (w: WordInfo): boolean => (w.firstName || w.otherName) && strong(w);
  if (!mixed) {
    // all caps or lower case: a given name and another name word, both from the lexicons
    if (words.length < 2) return false;
    return words.some(firstStrong) && words.filter((w) => inNameLexicon(w) || w.common === 0).length >= 2;
  }
  if (words.length >= 2) {
    if (words.some(strong) && words.some((w) => w.firstName || w.otherName || w.common === 0 || w.surname))
      return true;
    // two or more capitalised words that no lexicon knows, one of them foreign-looking: "Krisztián Szöllösy"
    const unknown = (w: WordInfo): boolean =>
      !inNameLexicon(w) && w.common === 0 && !w.medical && !w.city && !w.acronym;
    return words.every(unknown) && words.some((w) => NON_ASCII_LETTER.test(w.tok.text));
  }
  const w = words[0];
  if (!w || w.acronym) return false;
  if (firstStrong(w)) return true;
  if (strong(w) && !w.sentenceStart && !w.city) return true;
  // an unknown foreign-looking word mid-sentence ("Rubija", "Kónya") is more likely a name than anything else
  return (
    !w.sentenceStart &&
    !inNameLexicon(w) &&
    w.common === 0 &&
    !w.medical &&
    !w.city &&
    !STATE_NAMES.has(w.tok.lower) &&
    NON_ASCII_LETTER.test(w.tok.text)
  );
}

/** What follows "name, 49" or "name (49)" when the number is an age in years. */
const STRONG_AGE_UNITS: ReadonlySet<string> = new Set([
  ',',
  ')',
  'm',
  'f',
  'yo',
  'y',
  'yr',
  'yrs',
  'year',
  'years',
  'yom',
  'yof',
]);

/** What may follow "name, 58": a unit in years, a sex, a shorter unit, or more of the sentence. */
const CASELESS_AGE_UNITS: ReadonlySet<string> = new Set([
  ...STRONG_AGE_UNITS,
  ...['month', 'months', 'mo', 'mos', 'week', 'weeks', 'wk', 'wks', 'day', 'days', 'd', 'and', '.'],
]);

/** Relatives after a possessive: "jaxon's mom". */
const FAMILY: ReadonlySet<string> = new Set([
  'mom',
  'mother',
  'dad',
  'father',
  'parents',
  'wife',
  'husband',
  'sister',
  'brother',
  'daughter',
  'son',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'family',
  'partner',
  'aunt',
  'uncle',
  'girlfriend',
  'boyfriend',
]);

/** A word of a name found by context (an age, a possessive relative) in a line without casing. */
function caselessContextWord(w: WordInfo | undefined): boolean {
  if (!w || w.mode === 'mixed' || w.glued || w.stopWord || caselessCueWord(w.tok.lower)) return false;
  if (MONTHS_AND_DAYS.has(w.tok.lower) || STATE_NAMES.has(w.tok.lower) || w.tok.text.length < 2) return false;
  return inNameLexicon(w) || (w.common === 0 && !w.medical && w.tok.text.length >= 3);
}

/**
 * The name ending at token `end` in a line without casing, found by its context: up to three name
 * words, the first one a given name (or a single given name or surname that is no ordinary word).
 */
function caselessRunBefore(
  state: NameDetectorState,
  end: number,
  credential = false,
  strongAge = false,
): Span | undefined {
  let first = end;
  while (
    first > 0 &&
    end - first < 2 &&
    adjacent(state, first - 1, first) &&
    caselessContextWord(info(state, first - 1))
  )
    first--;
  // drop leading words until the run starts with a given name (or a word that is no ordinary word:
  // "kwame tran", "juniper whitfield"), or is one name word
  while (first < end) {
    const w = info(state, first);
    if (w && (w.firstName || w.otherName || w.common === 0) && !w.medical) break;
    first++;
  }
  const words: WordInfo[] = [];
  for (let k = first; k <= end; k++) {
    const w = info(state, k);
    if (!w || !caselessContextWord(w)) return undefined;
    words.push(w);
  }
  const head = words[0];
  // "oksana petrenko (55)": before an age, two or more words that no lexicon knows, shaped like names
  if (head && strongAge && words.length >= 2 && words.every(caselessUnknownNameWord))
    return { first, last: end };
  if (!head || !words.some(inNameLexicon)) return undefined;
  // "crystal lamb, 49, ra on infliximab", "ray don hollis, 54": at the start of a sentence and before an
  // age, a given name and a surname from the lexicons, even ordinary words
  const lastWord = words[words.length - 1];
  if (
    strongAge &&
    words.length >= 2 &&
    head.firstName &&
    (head.sentenceStart || tokenAt(state, first - 1)?.text === '.') &&
    lastWord !== undefined &&
    (lastWord.surname || lastWord.otherName) &&
    words.every((w) => inNameLexicon(w) && !w.medical)
  )
    return { first, last: end };
  if (words.length === 1) {
    if (!inNameLexicon(head) || (head.medical && !head.firstName)) return undefined;
    if (head.common >= (credential ? 1000 : 20)) return undefined;
    return { first, last: end };
  }
  // a medical eponym is a name here only with a rare name word beside it (a credential is cue enough)
  if (!credential && !words.some((w) => w.common < 20 && !w.medical)) return undefined;
  if (words.slice(1).some((w) => w.common >= 1000)) return undefined;
  return { first, last: end };
}

/** Separators inside a phone number: "207-555-0183", "207.555.0183", "(207) 555-0183". */
const PHONE_SEPARATORS: ReadonlySet<string> = new Set(['-', '.', '(', ')']);

/** Whether a ten-digit phone number (3, 3 and 4 digits) starts at token `i`. */
function phoneAt(state: NameDetectorState, i: number): boolean {
  const groups = [3, 3, 4];
  let g = 0;
  let k = i;
  for (; k < i + 8 && g < groups.length; k++) {
    const t = tokenAt(state, k);
    if (!t || (k > i && !adjacent(state, k - 1, k))) return false;
    if (t.kind === 'punct' && PHONE_SEPARATORS.has(t.text)) continue;
    if (t.kind !== 'number' || t.text.length !== groups[g]) return false;
    g++;
  }
  const after = tokenAt(state, k);
  return g === groups.length && !(after && after.kind === 'number' && adjacent(state, k - 1, k));
}

/** A word that no lexicon knows, shaped like a name: "oksana", "petrenko" (not "mri", "walking", "titers"). */
function caselessUnknownNameWord(w: WordInfo): boolean {
  return (
    !inNameLexicon(w) &&
    w.common === 0 &&
    !w.medical &&
    !w.city &&
    !w.glued &&
    !w.tok.text.includes('-') &&
    caselessUnknownName(w.tok.lower)
  );
}

/** After "will": a verb form that a modal verb never takes, so "will" is a name ("daughter will called"). */
function notAfterModal(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text.length < 3) return false;
  const lower = t.lower;
  if (lower === 'is' || lower === 'was' || lower === 'has' || lower === 'had' || lower === 'says')
    return true;
  if (lower.endsWith('ed')) return !lower.endsWith('eed') && lower.length >= 5;
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is');
}

/** Verbs of speech after a given name that no ordinary word spells ("…, kendra, says"). */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'says',
  'said',
  'called',
  'calls',
  'reports',
  'reported',
  'states',
  'stated',
  'asked',
  'asks',
  'told',
  'tells',
  'texted',
  'wrote',
  'agrees',
  'agreed',
  'thinks',
  'thought',
  'wants',
  'wanted',
  'confirmed',
  'confirms',
  'mentioned',
  'explained',
]);

/** Whether `b` is a surname after the given name `a` in a line without casing. */
function caselessPair(
  a: WordInfo,
  b: WordInfo | undefined,
  next: Token | undefined,
  labelled: boolean,
): boolean {
  if (!b || b.mode === 'mixed' || b.tok.line !== a.tok.line) return false;
  if (b.stopWord || (a.stopWord && a.tok.lower !== 'will')) return false;
  // one eponym beside a plain name is a person ("gilbert nez", "destiny alvarado"), unless a disease
  // word follows ("bell palsy" has no given name before it anyway)
  if (a.medical && b.medical) return false;
  if ((a.medical || b.medical) && EPONYM_NOUNS.has(next?.lower ?? '')) return false;
  if (caselessCueWord(a.tok.lower) || caselessCueWord(b.tok.lower)) return false;
  if (MONTHS_AND_DAYS.has(a.tok.lower) || MONTHS_AND_DAYS.has(b.tok.lower) || STATE_NAMES.has(b.tok.lower))
    return false;
  if (a.tok.text.length < 2 || b.tok.text.length < 2) return false;
  // a rare given name and a word no lexicon knows: "tina roelink", "david fülöp"
  const unknownB =
    !inNameLexicon(b) && b.common === 0 && !b.city && !b.medical && caselessUnknownName(b.tok.lower);
  if (unknownB) return (a.firstName || a.otherName) && a.common < 20 && !a.medical;
  if (!(b.surname || b.otherName)) return false;
  // "will bill as a skilled visit": after the verb "will", a surname that is no given name
  if ((a.stopWord || a.common >= 1000) && b.firstName && !labelled) return false;
  // one of the two must be no ordinary word, and the other not a very common one
  const rareA = a.common < 20;
  const rareB = b.common < 20;
  // after a label ("pt: hope moody") a given name and a surname that is no very common word
  if (labelled && a.firstName && b.surname && !b.firstName && b.common < 1000) return true;
  return (rareB && (a.common < 200_000 || a.tok.lower === 'will')) || (rareA && b.common < 1000);
}

/** Index of the token starting at `offset` (binary search; tokens are in text order), or -1. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]?.start ?? 0;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function detectNames(ctx: DetectionContext, state: NameDetectorState): Candidate[] {
  const out: Candidate[] = [];
  // (one function per rule: V8 compiles, and after a deoptimisation recompiles, each one alone)
  const scope = nameScope(state, out);
  detectCuedNames(scope);
  detectCaselessPairs(scope);
  detectCaselessBeforeCue(scope);
  detectCaselessBeforeSpeech(scope);
  detectCapitalisedRuns(scope);
  detectInitials(scope);
  detectLastCommaFirst(scope);
  widenToGivenNames(scope);
  addQuotedNicknames(ctx, scope);
  return out;
}

/** What the name rules share for one text. */
type NameScope = ReturnType<typeof nameScope>;

function nameScope(state: NameDetectorState, out: Candidate[]) {
  const seen = new Set<string>();
  const { tokens, flags } = state;
  const n = tokens.length;
  const emit = (s: Span, priority: number): void => {
    const key = spanText(state, s);
    if (seen.has(key)) return;
    seen.add(key);
    const a = tokenAt(state, s.first);
    const b = tokenAt(state, s.last);
    if (!a || !b) return;
    let end = b.end;
    // a trailing dot belongs to the name only after an initial
    if (b.text === '.' && tokenAt(state, s.last - 1)?.text.length !== 1) end = b.start;
    out.push({ start: a.start, end, category: 'NAME', priority });
  };
  const emitWithComma = (s: Span, priority: number, labelled = false): void => {
    emit(s, priority);
    // "WHITFIELD, JONAS" / "Nez, Gilbert": a given name after the comma completes it
    const comma = tokenAt(state, s.last + 1);
    if (comma?.text === ',' && adjacent(state, s.last, s.last + 1)) {
      const next = info(state, s.last + 2);
      const given =
        next !== undefined && (next.firstName || next.otherName || (labelled && nameWord(next, true)));
      if (next && given && !STATE_NAMES.has(next.tok.lower)) {
        const run = nameRun(state, s.last + 2, true, 3);
        if (run) emit(run, priority);
      }
    }
  };
  return { state, tokens, flags, n, out, emit, emitWithComma };
}

/** Rules 1-4 of {@link detectNames}: a name after a title, relative, role or label, or before a credential. */
function detectCuedNames(scope: NameScope): void {
  const { state, tokens, flags, n, emit, emitWithComma } = scope;
  for (let i = 0; i < n; i++) {
    // every cue below starts at a title, relative, role, label or credential: skip other words at once
    if (((flags[i] ?? 0) & (CUE_WORD | TOKEN.specialist)) === 0) continue;
    const tok = tokens[i];
    if (!tok || tok.kind !== 'word') continue;
    const w = info(state, i);
    if (!w) continue;
    const lower = tok.lower;

    // 1. titles: "Dr. Wilson", "MRS. OPAL WAMSLEY", "dr raman"
    const titleForm =
      w.mode !== 'mixed' || (!w.acronym && (w.cap || lower === 'dr')) || tokenAt(state, i + 1)?.text === '.';
    // "Vicksburg, MS." / "vicksburg, ms. part heads-up": a state code, not a title
    const stateAbbrev =
      STATE_LIKE_TITLE.test(w.mode === 'mixed' ? tok.text : tok.text.toUpperCase()) &&
      tokenAt(state, i - 1)?.text === ',';
    if (TITLES.has(lower) && titleForm && !stateAbbrev) {
      let k = i + 1;
      if (tokenAt(state, k)?.text === '.') k++;
      const next = info(state, k);
      if (next && adjacent(state, k - 1, k) && !RELATIONS.has(next.tok.lower)) {
        let run = nameRun(state, k, true);
        // Without casing to go by, a title is cue enough even for a name that is also a word ("mr. smith").
        // An eponym after a title is a person ("dr. jones"), unless a disease word follows it.
        const eponymUse = next.medical && EPONYM_FOLLOWERS.has(tokenAt(state, k + 1)?.lower ?? '');
        const personal = PERSONAL_TITLES.has(lower) || tokenAt(state, i + 1)?.text === '.';
        if (
          !run &&
          personal &&
          next.mode !== 'mixed' &&
          !next.stopWord &&
          !eponymUse &&
          !caselessCueWord(next.tok.lower)
        ) {
          run = { first: k, last: k };
        }
        if (run && !(w.mode === 'mixed' && !w.cap && lower !== 'dr' && lower !== 'attn')) {
          emitWithComma(run, PRIORITY.nameCue + 2);
        }
      }
    }

    // 2. relatives and roles: "his daughter Kayleigh", "mom (Shayla)", "her husband, Derek,"
    // (without casing, a role title before a comma too: "our night nurse, shannon.")
    const roleComma =
      w.mode !== 'mixed' &&
      TITLES.has(lower) &&
      !PERSONAL_TITLES.has(lower) &&
      lower.length >= 4 &&
      tokenAt(state, i + 1)?.text === ',';
    if (RELATIONS.has(lower) || isSpecialist(lower) || roleComma) {
      let k = i + 1;
      while (
        tokenAt(state, k)?.text === ',' ||
        tokenAt(state, k)?.text === '(' ||
        tokenAt(state, k)?.text === ':'
      )
        k++;
      const t = tokenAt(state, k);
      if (t && t.kind === 'word' && (t.lower === 'is' || t.lower === 'was') && k === i + 1) k++;
      const next = info(state, k);
      if (next && tokenAt(state, k)?.line === tok.line && k - i <= 3) {
        const initial = isInitial(state, k) && tokenAt(state, k + 1)?.text === '.';
        const cuedOk =
          initial ||
          ((lower === 'pt' || lower === 'patient') && next.mode !== 'mixed' && !next.firstName
            ? false
            : next.mode === 'mixed'
              ? (next.cap &&
                  !next.acronym &&
                  (!next.medical || next.firstName) &&
                  (next.common < 20 || next.firstName)) ||
                (!next.cap && next.firstName && next.common < 2000 && !next.stopWord)
              : nameWord(next, true) ||
                (next.firstName && !next.stopWord && next.common < (FAMILY.has(lower) ? 20_000 : 2000)) ||
                (next.tok.lower === 'will' && RELATIONS.has(lower) && notAfterModal(tokenAt(state, k + 1))));
        if (cuedOk && !next.stopWord && !TITLES.has(next.tok.lower)) {
          const run = nameRun(state, k, true, 3) ?? { first: k, last: k };
          emitWithComma(run, PRIORITY.nameCue);
        }
      }
    }

    // 3. labels: "Pt: Harriet Volk", "PT WHITFIELD, JONAS", "RN: L. Begay"
    const colon = tokenAt(state, i + 1)?.text === ':';
    if (LABELS.has(lower) && (colon || !LABELS_NEED_COLON.has(lower))) {
      let k = i + 1;
      if (colon) k++;
      const next = info(state, k);
      if (next && tokenAt(state, k)?.line === tok.line) {
        const run = nameRun(state, k, next.mode !== 'mixed' || tokenAt(state, i + 1)?.text === ':', 4);
        const nonMixedOk = next.mode !== 'mixed' && (colon || next.firstName);
        if (run && (colon || lexiconName(state, run) || nonMixedOk)) {
          emitWithComma(run, PRIORITY.nameCue, colon);
        }
      }
    }

    // 4. credentials after a name: "Priya Raman, DO", "— rose tillman, lpn", "K. DOYLE, RN"
    if (CREDENTIALS.has(lower) && tokenAt(state, i - 1)?.text === ',') {
      const end = i - 2;
      const endTok = info(state, end);
      if (endTok) {
        let start = end;
        for (let k = end - 1; k >= Math.max(0, end - 6); k--) {
          const t = tokenAt(state, k);
          if (!t || t.line !== tok.line) break;
          if (t.text === '.' || t.text === '-' || nameWord(info(state, k), true) || isInitial(state, k)) {
            if (info(state, k) && (TITLES.has(t.lower) || RELATIONS.has(t.lower))) break;
            start = k;
            continue;
          }
          break;
        }
        while (tokenAt(state, start)?.kind === 'punct' && start < end) start++;
        const run = nameRun(state, start, true, 5);
        if (run && run.last >= end - 1)
          emit({ first: run.first, last: Math.max(run.last, end) }, PRIORITY.nameCue + 1);
      }
    }
    // "— hope moody, do": no casing to go by, the name words before the credential
    if (CREDENTIALS.has(lower) && tokenAt(state, i - 1)?.text === ',' && w.mode !== 'mixed') {
      const endWord = info(state, i - 2);
      if (endWord && adjacent(state, i - 2, i - 1) && !isInitial(state, i - 2)) {
        const run = caselessRunBefore(state, i - 2, true);
        if (run) emit(run, PRIORITY.nameCue);
      }
    }
    // "- k. smith rn": an initial and a surname right before a credential, without a comma
    if (CREDENTIALS.has(lower) && tokenAt(state, i - 1)?.kind === 'word' && adjacent(state, i - 1, i)) {
      const surname = i - 1;
      const dot = tokenAt(state, surname - 1);
      if (dot?.text === '.' && adjacent(state, surname - 2, surname - 1)) {
        const initial = info(state, surname - 2);
        const sur = info(state, surname);
        if (initial && initial.tok.text.length === 1 && sur && (nameWord(sur, true) || sur.surname)) {
          emit({ first: surname - 2, last: surname }, PRIORITY.nameCue);
        }
      }
    }
  }
}

/** Rule 5a of {@link detectNames}. */
function detectCaselessPairs(scope: NameScope): void {
  const { state, tokens, flags, n, emitWithComma } = scope;
  // 5a. no casing to go by: a given name then a surname, one of them no ordinary word ("hope castillo",
  // "megan strand", "virginia pruitt"), and a third name word after it ("ray don hollis")
  for (let i = 0; i + 1 < n; i++) {
    if ((~(flags[i] ?? 0) & (TOKEN.caseless | TOKEN.given)) !== 0) continue;
    const a = info(state, i);
    if (!a) continue;
    // right after a label ("pt: will grady") even a given name that is also a word starts a name
    const labelled = tokens[i - 1]?.text === ':' && LABELS.has(tokens[i - 2]?.lower ?? '');
    if (!adjacent(state, i, i + 1) || !caselessPair(a, info(state, i + 1), tokens[i + 2], labelled)) continue;
    let last = i + 1;
    const c = info(state, i + 2);
    if (
      c &&
      adjacent(state, i + 1, i + 2) &&
      c.mode !== 'mixed' &&
      !c.stopWord &&
      !c.medical &&
      !caselessCueWord(c.tok.lower) &&
      (c.surname || c.otherName) &&
      c.common < 20
    )
      last = i + 2;
    emitWithComma({ first: i, last }, PRIORITY.nameLexicon);
    i = last;
  }
}

/** Rule 5b of {@link detectNames}. */
function detectCaselessBeforeCue(scope: NameScope): void {
  const { state, tokens, flags, n, emit } = scope;
  // 5b. no casing to go by: the words before an age ("mark delacroix, 58 yo", "aurora, 8 weeks old",
  // "ava (6) and mason (3)"), before a possessive relative ("jaxon's mom") or a phone number
  for (let i = 1; i + 1 < n; i++) {
    // (the word before must be in a line without casing: tested below, first on the flags)
    if (((flags[i] ?? 0) & TOKEN.punct) === 0 || ((flags[i - 1] ?? 0) & TOKEN.caseless) === 0) continue;
    const t = tokens[i];
    if (!t) continue;
    const before = info(state, i - 1);
    if (!before || before.mode === 'mixed' || !adjacent(state, i - 1, i)) continue;
    let cue = false;
    let strongAge = false;
    if (t.text === ',' && phoneAt(state, i + 1)) {
      // "the rep … is nate pelletier, 207-555-0183": a contact's name before the phone number
      cue = true;
    } else if (t.text === ',' || t.text === '(') {
      const n = tokens[i + 1];
      const unit = tokens[i + 2];
      if (!n || n.kind !== 'number' || n.line !== t.line || Number(n.text) >= 125) continue;
      cue =
        t.text === '('
          ? unit?.text === ')'
          : unit === undefined || unit.line !== n.line || CASELESS_AGE_UNITS.has(unit.lower);
      // "crystal lamb, 49, ra…", "oksana petrenko (55)": an age in years, not "30 days"
      strongAge = cue && unit !== undefined && unit.line === n.line && STRONG_AGE_UNITS.has(unit.lower);
    } else if ((t.text === "'" || t.text === '’') && tokens[i + 1]?.lower === 's') {
      const rel = tokens[i + 2];
      cue = rel !== undefined && rel.line === t.line && FAMILY.has(rel.lower);
    }
    if (!cue) continue;
    const run = caselessRunBefore(state, i - 1, false, strongAge);
    if (run) emit(run, PRIORITY.nameCue - 1);
  }
}

/** Rule 5c of {@link detectNames}. */
function detectCaselessBeforeSpeech(scope: NameScope): void {
  const { state, tokens, flags, emit } = scope;
  // 5c. no casing to go by: a given name that is no ordinary word before a verb of speech ("kendra says")
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (a given name in a line without casing: tested first on the flags, it is cheaper)
    const f = flags[i] ?? 0;
    if ((f & TOKEN.caseless) === 0 || (f & TOKEN.given) === 0) continue;
    // (or between commas: "…, kendra, says")
    const verb = tokens[i + 1]?.text === ',' && tokens[i - 1]?.text === ',' ? i + 2 : i + 1;
    const next = tokens[verb];
    if (!next || next.kind !== 'word' || !SPEECH_VERBS.has(next.lower) || !adjacent(state, i, verb)) continue;
    const w = info(state, i);
    if (!w || w.mode === 'mixed' || !(w.firstName || w.otherName) || w.common !== 0) continue;
    if (w.medical || w.city || w.stopWord || w.glued || caselessCueWord(w.tok.lower)) continue;
    if (MONTHS_AND_DAYS.has(w.tok.lower) || STATE_NAMES.has(w.tok.lower) || w.tok.text.length < 3) continue;
    emit({ first: i, last: i }, PRIORITY.nameLexicon);
  }
}

/** Rule 5 of {@link detectNames}. */
function detectCapitalisedRuns(scope: NameScope): void {
  const { state, flags, n, emitWithComma } = scope;
  // 5. capitalised runs: lexicon evidence or an age right after ("Shandiin Begay, 27")
  for (let i = 0; i < n; i++) {
    // a run starts with a capitalised word (any word where the line has no casing)
    if (((flags[i] ?? 0) & TOKEN.cap) === 0) continue;
    const w = info(state, i);
    if (!w) continue;
    const prev = prevWordIndex(state, i, '');
    if (prev >= 0 && prev === i - 1 && nameWord(info(state, prev), false) && adjacent(state, prev, i))
      continue;
    const looseFirst =
      w.cap &&
      w.mode === 'mixed' &&
      !w.acronym &&
      !w.glued &&
      w.firstName &&
      !w.stopWord &&
      !MONTHS_AND_DAYS.has(w.tok.lower) &&
      !STATE_NAMES.has(w.tok.lower);
    const run = nameRun(state, i, false, 4) ?? (looseFirst ? { first: i, last: i } : undefined);
    if (!run) continue;
    const after = tokenAt(state, run.last + 1);
    const after2 = tokenAt(state, run.last + 2);
    const after3 = tokenAt(state, run.last + 3);
    const ageUnit = AGE_UNIT.test(after3?.text ?? '');
    const ageNext =
      (after?.text === ',' &&
        after2?.kind === 'number' &&
        Number(after2.text) < 125 &&
        (ageUnit || after3 === undefined)) ||
      (after?.text === '(' && after2?.kind === 'number' && after3?.text === ')') ||
      (after?.kind === 'word' && after.lower === 'is' && ARTICLE_OR_NUMBER.test(after2?.text ?? ''));
    const startsCap = w.mode === 'mixed' ? w.cap && !w.acronym : false;
    const nameLike =
      w.tok.text.length > 1 && (inNameLexicon(w) || w.common === 0) && (w.common < 20 || w.firstName);
    if (ageNext && startsCap && (!w.medical || w.firstName) && nameLike) {
      emitWithComma(run, PRIORITY.nameCue - 1);
      continue;
    }
    if (lexiconName(state, run)) emitWithComma(run, PRIORITY.nameLexicon);
  }
}

/** Rule 6 of {@link detectNames}. */
function detectInitials(scope: NameScope): void {
  const { state, tokens, flags, n, emit } = scope;
  // 6. initials written as "R.K." or "E.M.", and "LAST, FIRST" ("Harper, William", "OKAFOR-BELL, SIMONE")
  for (let i = 0; i + 3 < n; i++) {
    if (
      ((flags[i] ?? 0) & TOKEN.single) === 0 ||
      !isInitial(state, i) ||
      tokens[i + 1]?.text !== '.' ||
      !isInitial(state, i + 2) ||
      tokens[i + 3]?.text !== '.'
    )
      continue;
    const a = tokens[i];
    const d = tokens[i + 3];
    if (!a || !d || d.end - a.start !== 4) continue;
    let last = i + 3;
    if (isInitial(state, i + 4) && tokens[i + 5]?.text === '.' && (tokens[i + 5]?.end ?? 0) - d.end === 2)
      last = i + 5;
    const letters = tokens
      .slice(i, last + 1)
      .filter((t) => t.kind === 'word')
      .map((t) => t.text)
      .join('');
    if (NOT_INITIALS.has(letters.toUpperCase())) continue;
    if ((tokens[i - 1]?.text ?? '') === '.' && (tokens[i - 1]?.end ?? -1) === a.start) continue;
    emit({ first: i, last }, PRIORITY.nameCue - 1);
    i = last;
  }
}

/** Rule 6 of {@link detectNames}. */
function detectLastCommaFirst(scope: NameScope): void {
  const { state, tokens, flags, n, emit } = scope;
  for (let i = 0; i + 2 < n; i++) {
    if (((flags[i + 1] ?? 0) & TOKEN.comma) === 0) continue;
    const a = info(state, i);
    const comma = tokens[i + 1];
    const b = info(state, i + 2);
    if (!a || !b || comma?.text !== ',' || comma.start !== a.tok.end || b.tok.line !== a.tok.line) continue;
    if (!a.cap || !b.cap || a.medical || a.stopWord || a.tok.text.length < 2) continue;
    if (a.mode === 'mixed' && (a.common >= 20 || !CAPITALISED.test(a.tok.text))) continue;
    if (a.mode !== 'mixed' && !(a.surname || a.otherName || a.common === 0)) continue;
    // without casing, "perrl, mae" and "hypertrophy, max" are no "LAST, FIRST": the surname must be known
    if (a.mode !== 'mixed' && (caselessCueWord(a.tok.lower) || !(a.surname || a.otherName))) continue;
    if (b.mode !== 'mixed' && caselessCueWord(b.tok.lower)) continue;
    const bInitial = isInitial(state, i + 2) && tokens[i + 3]?.text === '.';
    if (MONTHS_AND_DAYS.has(a.tok.lower) || MONTHS_AND_DAYS.has(b.tok.lower)) continue;
    if ((STATE_NAMES.has(b.tok.lower) || STATE_CODE_WORDS.has(b.tok.lower)) && a.city) continue; // "Abingdon, Virginia"
    if (!bInitial && !(b.firstName && (b.mode === 'mixed' ? CAPITALISED.test(b.tok.text) : b.common < 300)))
      continue;
    if (!(a.surname || a.otherName || a.common === 0)) continue;
    const run = bInitial
      ? { first: i + 2, last: i + 3 }
      : (nameRun(state, i + 2, true, 3) ?? { first: i + 2, last: i + 2 });
    emit({ first: i, last: i }, PRIORITY.nameLexicon + 1);
    emit(run, PRIORITY.nameLexicon + 1);
  }
}

/** Rule 7 of {@link detectNames}. */
function widenToGivenNames(scope: NameScope): void {
  const { state, tokens, out } = scope;
  // 7. a given name right before a found name belongs to it: "Will Harper", "Tanner Loomis", "Gilbert Nez"
  for (const c of [...out]) {
    let startTok = tokenIndexAt(tokens, c.start);
    while (startTok > 0) {
      const p = info(state, startTok - 1);
      if (
        !p ||
        !adjacent(state, startTok - 1, startTok) ||
        !p.firstName ||
        TITLES.has(p.tok.lower) ||
        RELATIONS.has(p.tok.lower)
      )
        break;
      if (p.mode === 'mixed' && !CAPITALISED.test(p.tok.text)) break;
      if (p.mode !== 'mixed' && p.common >= 300) break;
      startTok--;
    }
    const first = tokens[startTok];
    if (first && first.start < c.start) out.push({ ...c, start: first.start, priority: c.priority });
  }
}

/** Rule 8 of {@link detectNames}. */
function addQuotedNicknames(ctx: DetectionContext, scope: NameScope): void {
  const { state, tokens, out } = scope;
  // 8. a quoted nickname next to a name: Gerald Novak ("Gerry"), Ronald "Ronnie" Peebles
  const found = [...out];
  for (const c of found) {
    for (const [from, to] of [
      [c.end, Math.min(ctx.text.length, c.end + 24)],
      [Math.max(0, c.start - 24), c.start],
    ] as const) {
      const slice = ctx.text.slice(from, to);
      const caseless = state.infos[tokenIndexAt(tokens, c.start)]?.mode !== 'mixed';
      const m = QUOTED_NICKNAME.exec(slice) ?? (caseless ? QUOTED_NICKNAME_CASELESS.exec(slice) : null);
      if (m && m[1] !== undefined) {
        const start = from + m.index + 1;
        // without casing, a quoted word is a nickname only if it may be a name ("switched" is not)
        const quoted = info(state, tokenIndexAt(tokens, start));
        if (
          caseless &&
          !QUOTED_NICKNAME.test(m[0]) &&
          !(quoted && !quoted.medical && (inNameLexicon(quoted) || caselessUnknownName(quoted.tok.lower)))
        )
          continue;
        out.push({ start, end: start + m[1].length, category: 'NAME', priority: PRIORITY.nameCue - 1 });
        // ronald "ronnie" peebles: the given name before a nickname that precedes the surname
        const quote = tokenIndexAt(tokens, start - 1);
        const given = info(state, quote - 1);
        if (from < c.start && caseless && given && given.firstName && !given.stopWord && !given.medical) {
          out.push({ ...c, start: given.tok.start, end: given.tok.end, priority: PRIORITY.nameCue - 1 });
        }
      }
    }
  }
}
