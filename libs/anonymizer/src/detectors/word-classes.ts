import { WORD_FLAG, type Lexicons } from '../lexicon/lexicons.js';
import { addWordSet, setWordAnchorMasks, wordSetBits, wordSetsVersion } from '../engine/word-sets.js';
import type { LineCase, Token, TokenizedText } from '../text/tokens.js';

/** What the lexicons and the casing say about one word token. */
export interface WordInfo {
  tok: Token;
  mode: LineCase;
  /** Starts with a capital letter in a mixed-case line (in an all-caps or lower-case line, always true). */
  cap: boolean;
  /** All capitals inside a mixed-case line: an acronym or a shouted word. */
  acronym: boolean;
  sentenceStart: boolean;
  firstName: boolean;
  surname: boolean;
  otherName: boolean;
  /** Frequency of the word as an ordinary lower-case word (0 when it is not one). */
  common: number;
  medical: boolean;
  city: boolean;
  stopWord: boolean;
  /** Written against a digit ("Val142Ile"): part of a code, not a word. */
  glued: boolean;
  /** First word of a known town or health system, and the census surname rank (0 when none). */
  cityFirstWord: boolean;
  healthSystemFirstWord: boolean;
  surnameRank: number;
  /** Bits of the small word sets holding the lower-cased word (see {@link wordClassBit}). */
  cls: number;
}

/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATION = /^(?:dr|mr|mrs|ms|st|prof|mt|ft|jr|sr|vs|no|approx|e\.g|i\.e)$/i;

export const WORD_CLASS_PATTERNS: readonly RegExp[] = [ABBREVIATION];

export const MONTHS_AND_DAYS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
]);

/** Relatives, household members, and roles whose holder is named right after. */
export const RELATIONS = new Set([
  'daughter',
  'son',
  'wife',
  'husband',
  'mother',
  'mom',
  'mum',
  'mama',
  'momma',
  'father',
  'dad',
  'papa',
  'sister',
  'brother',
  'sibling',
  'grandson',
  'granddaughter',
  'grandmother',
  'grandma',
  'grandfather',
  'grandpa',
  'granny',
  'nana',
  'uncle',
  'aunt',
  'auntie',
  'niece',
  'nephew',
  'cousin',
  'partner',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
  'spouse',
  'neighbor',
  'neighbour',
  'friend',
  'roommate',
  'caregiver',
  'guardian',
  'dtr',
  'stepdaughter',
  'stepson',
  'stepmother',
  'stepfather',
  'daughter-in-law',
  'son-in-law',
  'mother-in-law',
  'father-in-law',
  'sister-in-law',
  'brother-in-law',
  'half-sibling',
  'half-brother',
  'half-sister',
  'kids',
  'children',
  'child',
  'baby',
  'infant',
  'twin',
  'twins',
  'coworker',
  'co-worker',
  'boss',
  'employer',
  'supervisor',
  'manager',
  'coordinator',
  'pharmacist',
  'dietitian',
  'nutritionist',
  'therapist',
  'counselor',
  'counsellor',
  'interpreter',
  'translator',
  'aide',
  'chaplain',
  'skipper',
  'buddy',
  'landlord',
  'foreman',
  'teacher',
  'principal',
  'officer',
  'patient',
  'pt',
  'resident',
  'attending',
  'surgeon',
  'colleague',
  'fellow',
  'intern',
  'midwife',
  'doula',
  'paramedic',
  'medic',
  'boy',
  'girl',
  'husband’s',
  'contact',
  'cna',
  'rn',
  'lpn',
  'np',
  'sw',
  'worker',
  'advocate',
  'sponsor',
  'owner',
  'employee',
  'named',
  'called',
  'client',
  'member',
  'caseworker',
  'liaison',
  'navigator',
  'scheduler',
  'receptionist',
  'secretary',
  'assistant',
  'officer',
  'rancher',
  'farmer',
  'mentor',
  'proxy',
  'poa',
  'hcpoa',
  'pcp',
]);

export const STATE_NAMES = new Set([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'puerto rico',
  'guam',
  'ontario',
  'quebec',
  'manitoba',
  'saskatchewan',
  'alberta',
  'british columbia',
  'nova scotia',
  'new brunswick',
  'newfoundland',
  'yukon',
  'america',
  'usa',
  'canada',
  'mexico',
  'india',
  'china',
  'japan',
  'germany',
  'france',
  'england',
  'ireland',
  'scotland',
  'italy',
  'spain',
  'russia',
  'ukraine',
  'vietnam',
  'philippines',
  'korea',
  'nigeria',
  'ghana',
  'kenya',
  'somalia',
  'ethiopia',
  'guatemala',
  'honduras',
  'haiti',
  'cuba',
  'brazil',
  'peru',
  'colombia',
  'venezuela',
  'pakistan',
  'iran',
  'iraq',
  'syria',
  'afghanistan',
  'egypt',
  'israel',
  'navajo',
  'nation',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'american',
  'americans',
  'african',
  'asian',
  'european',
  'hispanic',
  'latino',
  'latina',
  'latinx',
  'native',
  'indian',
  'chinese',
  'japanese',
  'korean',
  'vietnamese',
  'filipino',
  'russian',
  'italian',
  'irish',
  'scottish',
  'polish',
  'greek',
  'arab',
  'arabic',
  'jewish',
  'muslim',
  'christian',
  'catholic',
  'amish',
  'mennonite',
  'hopi',
  'lakota',
  'cherokee',
  'french',
  'english',
  'german',
  'spanish',
  'mexican',
  'canadian',
  'somali',
  'hmong',
  'haitian',
  'cuban',
  'dutch',
  'swedish',
  'norwegian',
  'danish',
  'finnish',
  'ukrainian',
  'caucasian',
  'white',
  'black',
  'creole',
  'europe',
  'africa',
  'asia',
  'antarctica',
  'australia',
  'pacific',
  'atlantic',
]);

export const STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI'
  ).split(' '),
);

/** Words that never start or continue a person's name on their own. */
const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'per',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'had',
  'have',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'who',
  'which',
  'what',
  'when',
  'where',
  'why',
  'how',
  'no',
  'not',
  'yes',
  'ok',
  'okay',
  'dr',
  'mr',
  'mrs',
  'ms',
  'md',
  'do',
  'rn',
  'np',
  'pa',
  'lpn',
  'pt',
  'patient',
  'pts',
  'hx',
  'sx',
  'dx',
  'tx',
  'rx',
  'fx',
  'hpi',
  'ros',
  'pmh',
  'psh',
  'sh',
  'fh',
  'nkda',
  'nka',
  'cc',
  'vs',
  'am',
  'pm',
  'yo',
  'y',
  'o',
  'm',
  'f',
  'w',
  's',
  'via',
  'if',
  'so',
  'as',
  'then',
  'than',
  'also',
  'just',
  'only',
  'about',
  'after',
  'before',
  'since',
  'until',
  'while',
  'would',
  'should',
  'could',
  'can',
  'might',
  'must',
  'did',
  'does',
  'not',
  'all',
  'any',
  'some',
  'both',
  'each',
  'every',
  'other',
  'another',
  'update',
  'note',
  'thanks',
  'thank',
  'hi',
  'hello',
  'dear',
  're',
  'fyi',
  'addendum',
  'plan',
  'dob',
  'mrn',
  'ssn',
  'acct',
  'fin',
  'lic',
  'ins',
  'addr',
  'ph',
  'tel',
  'fax',
  'cell',
  'email',
  'rm',
  'room',
  'bed',
]);

function townWordBits(flags: number): number {
  return (
    ((flags & WORD_FLAG.cityMultiFirstWord) !== 0 ? TOKEN.cityMultiFirstWord : 0) |
    ((flags & WORD_FLAG.cityLaterWord) !== 0 ? TOKEN.cityLaterWord : 0)
  );
}

/** Bound of the facts cache; it is emptied when full, which keeps memory flat on any input. */
const FACTS_CACHE_LIMIT = 50_000;
const factsCache = new Map<string, WordFacts>();
let factsLexicons: Lexicons | undefined;
/** The {@link wordSetsVersion} the cached facts were computed under. */
let factsVersion = -1;

/**
 * Membership of the small word sets the detectors test on every word ("hospital", "of", "may"),
 * as one bit per set: a word's bits come from one lookup when it is classified (kept in
 * word-sets.ts, with the anchor sets), and each later test is a bit test instead of a lookup.
 */
let classCount = 0;

/** Bits of {@link WordClasses.flags} that are not word sets: what a token is. */
export const TOKEN = {
  /** A word token (it has a {@link WordInfo}). */
  word: 1 << 29,
  /** {@link WordInfo.cap}. */
  cap: 1 << 28,
  /** A word in a line without casing: {@link WordInfo.mode} is not 'mixed'. */
  caseless: 1 << 27,
  /** {@link WordInfo.firstName} or {@link WordInfo.otherName}. */
  given: 1 << 26,
  /** {@link WordInfo.cityFirstWord}. */
  cityFirstWord: 1 << 25,
  /** {@link WordInfo.healthSystemFirstWord}. */
  healthSystemFirstWord: 1 << 24,
  /** A specialist's title: see {@link isSpecialist}. */
  specialist: 1 << 23,
  /** A word of one character. */
  single: 1 << 22,
  /** A punctuation token. */
  punct: 1 << 21,
  /** A comma. */
  comma: 1 << 20,
  /** The first word of a town name of several words (set whether or not it is a stop word). */
  cityMultiFirstWord: 1 << 19,
  /** A later word of a town name of several words (set whether or not it is a stop word). */
  cityLaterWord: 1 << 18,
} as const;
/** Bits below the lowest {@link TOKEN} bit are free for word sets (all stay small integers). */
const MAX_CLASSES = 18;

/** A specialist's title ("cardiologist", "psychiatrist", "physician"), after which a name may follow. */
export function isSpecialist(lower: string): boolean {
  return (
    lower.length > 6 && (lower.endsWith('ologist') || lower.endsWith('iatrist') || lower.endsWith('ician'))
  );
}

/**
 * Gives `set` (lower-case words) a bit in {@link WordInfo.cls} and {@link WordClasses.flags}. Call
 * at module load, before any text is classified; `set` must not change afterwards.
 */
export function wordClassBit(set: ReadonlySet<string>): number {
  if (classCount >= MAX_CLASSES) throw new Error('anonymizer: too many word classes');
  const bit = 1 << classCount++;
  addWordSet(set, 'cls', bit);
  return bit;
}

export const STOP_WORD = wordClassBit(STOP_WORDS);
export const RELATION = wordClassBit(RELATIONS);
export const MONTH_OR_DAY = wordClassBit(MONTHS_AND_DAYS);
/** A one-word entry of {@link STATE_NAMES}. */
export const STATE_NAME = wordClassBit(STATE_NAMES);

/** Stop words are not looked up; they count as the most common words. */
const STOP_WORD_COMMON = 1_000_000;

function hasFlag(lex: Lexicons, word: string, flag: number): boolean {
  return ((lex.words.get(word)?.flags ?? 0) & flag) !== 0;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function upperCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (tok === undefined) return false;
  if (tok.newlineBefore) return true;
  let k = i - 1;
  while (k >= 0) {
    const p = tokens[k];
    if (p === undefined) return true;
    if (p.kind === 'punct' && (p.text === '"' || p.text === '(' || p.text === '“' || p.text === "'")) {
      if (p.newlineBefore) return true;
      k--;
      continue;
    }
    if (p.kind !== 'punct') return false;
    if (
      p.text === '!' ||
      p.text === '?' ||
      p.text === ':' ||
      p.text === '—' ||
      p.text === '•' ||
      p.text === '*'
    )
      return true;
    if (p.text === '.') {
      // "Dr. Wilson" is not a new sentence
      const q = tokens[k - 1];
      if (q && q.kind === 'word' && ABBREVIATION.test(q.text)) return false;
      if (q && q.kind === 'word' && q.text.length === 1) return false;
      return true;
    }
    return false;
  }
  return true;
}

/**
 * What the lexicons say about one lower-case word, whatever its casing or position: computed once
 * per distinct word and cached, so that a word costs one lookup in a small map instead of several
 * (stop words, relatives, the large merged lexicon, and each part of a hyphenated word).
 */
interface WordFacts {
  stopWord: boolean;
  relation: boolean;
  /** Facts of the word written with a capital (stop words are not looked up). */
  firstName: boolean;
  surname: boolean;
  otherName: boolean;
  common: number;
  medical: boolean;
  city: boolean;
  cityFirstWord: boolean;
  healthSystemFirstWord: boolean;
  surnameRank: number;
  cls: number;
  /** `cls` and the {@link TOKEN} bits that depend on the word alone. */
  bits: number;
  /** The word's anchor bits (word-sets.ts). */
  anchor: number;
}

function computeFacts(lower: string, lex: Lexicons): WordFacts {
  const sets = wordSetBits(lower);
  const cls = sets?.cls ?? 0;
  const stopWord = (cls & STOP_WORD) !== 0;
  // a stop word ("The", "She") is never part of a name or place: no need for the big lexicon
  const e = stopWord ? undefined : lex.words.get(lower);
  const flags = e?.flags ?? 0;
  const parts = lower.includes('-') ? lower.split('-') : undefined;
  // "anne-marie": two given names joined by a hyphen are a given name
  const firstName =
    (flags & WORD_FLAG.firstName) !== 0 ||
    (parts !== undefined &&
      parts.length === 2 &&
      parts.every((p) => p.length >= 2 && hasFlag(lex, p, WORD_FLAG.firstName)));
  const bits =
    cls |
    TOKEN.word |
    (firstName || (flags & WORD_FLAG.otherName) !== 0 ? TOKEN.given : 0) |
    ((flags & WORD_FLAG.cityFirstWord) !== 0 ? TOKEN.cityFirstWord : 0) |
    ((flags & WORD_FLAG.healthSystemFirstWord) !== 0 ? TOKEN.healthSystemFirstWord : 0) |
    (isSpecialist(lower) ? TOKEN.specialist : 0) |
    townWordBits(stopWord ? (lex.words.get(lower)?.flags ?? 0) : flags);
  return {
    bits,
    anchor: sets?.anchor ?? 0,
    stopWord,
    relation: (cls & RELATION) !== 0,
    firstName,
    surname:
      (flags & WORD_FLAG.surname) !== 0 ||
      (parts !== undefined && parts.every((p) => hasFlag(lex, p, WORD_FLAG.surname))),
    otherName: (flags & WORD_FLAG.otherName) !== 0,
    common: stopWord
      ? STOP_WORD_COMMON
      : e !== undefined
        ? e.common
        : parts
          ? Math.max(...parts.map((p) => lex.words.get(p)?.common ?? 0))
          : 0,
    medical:
      (flags & WORD_FLAG.medical) !== 0 ||
      (parts !== undefined &&
        parts.some((p) => hasFlag(lex, p, WORD_FLAG.medical)) &&
        !parts.every((p) => hasFlag(lex, p, WORD_FLAG.surname) || hasFlag(lex, p, WORD_FLAG.firstName))),
    city: (flags & WORD_FLAG.city) !== 0,
    cityFirstWord: (flags & WORD_FLAG.cityFirstWord) !== 0,
    healthSystemFirstWord: (flags & WORD_FLAG.healthSystemFirstWord) !== 0,
    surnameRank: e?.surnameRank ?? 0,
    cls,
  };
}

function wordFacts(lower: string, lex: Lexicons): WordFacts {
  if (factsLexicons !== lex || factsVersion !== wordSetsVersion()) {
    factsCache.clear();
    factsLexicons = lex;
    factsVersion = wordSetsVersion();
  }
  let facts = factsCache.get(lower);
  if (facts === undefined) {
    facts = computeFacts(lower, lex);
    if (factsCache.size >= FACTS_CACHE_LIMIT) factsCache.clear();
    factsCache.set(lower, facts);
  }
  return facts;
}

/** True when the word starts with a capital (ASCII, or any letter that lower-casing changes). */
function startsUpper(tok: Token): boolean {
  const first = tok.text.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first > 127 && tok.text[0] !== tok.lower[0]);
}

/** "HTN", "IVs", "IgE" are acronyms; "McDonald" and "Li" are not. */
function isAcronym(text: string): boolean {
  const ups = upperCount(text);
  const second = text.charCodeAt(1);
  return (
    ups === text.length || (second >= 65 && second <= 90) || (text.length >= 3 && ups * 2 >= text.length)
  );
}

/** The classes of a text's tokens. */
export interface WordClasses {
  /** Per token: what the lexicons and the casing say about it, for words. */
  infos: (WordInfo | undefined)[];
  /**
   * Per token: its {@link TOKEN} bits and, for words, the bits of the word sets holding it
   * ({@link wordClassBit}), so that a scan for rare tokens reads one integer array.
   */
  flags: readonly number[];
}

export function classifyWords(tt: TokenizedText, lex: Lexicons): WordClasses {
  const out: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(tt.tokens.length);
  // (plain arrays, filled in token order: cheaper to make than typed arrays for one text)
  const flags: number[] = [];
  const anchorMasks: number[] = [];
  const version = wordSetsVersion();
  let lastRelation = -10;
  for (const tok of tt.tokens) {
    if (tok.kind !== 'word') {
      flags.push(tok.kind === 'punct' ? (tok.text === ',' ? TOKEN.punct | TOKEN.comma : TOKEN.punct) : 0);
      anchorMasks.push(0);
      continue;
    }
    const single = tok.text.length === 1 ? TOKEN.single : 0;
    const mode = tt.lineCase[tok.line] ?? 'mixed';
    const upperFirst = startsUpper(tok);
    if (mode === 'mixed' && !upperFirst) {
      // a lower-case word in ordinary prose is never a name or a place: skip the big lexicons,
      // except for a given name right after a relative ("his daughter kayleigh"). Two lookups in
      // small sets cost less here than one in the larger cache of facts.
      const sets = wordSetBits(tok.lower);
      const cls = sets?.cls ?? 0;
      anchorMasks.push(sets?.anchor ?? 0);
      if ((cls & RELATION) !== 0) lastRelation = tok.index;
      // (the given names are a small set: look a word up in the large merged lexicon only if it is one)
      const firstName = tok.index - lastRelation <= 3 && lex.firstNames.has(tok.lower);
      flags.push(
        cls |
          TOKEN.word |
          single |
          (firstName ? TOKEN.given : 0) |
          (isSpecialist(tok.lower) ? TOKEN.specialist : 0),
      );
      out[tok.index] = {
        tok,
        mode,
        cap: false,
        acronym: false,
        sentenceStart: false,
        firstName,
        surname: false,
        otherName: false,
        common: firstName ? (lex.words.get(tok.lower)?.common ?? 0) : 0,
        medical: false,
        city: false,
        stopWord: (cls & STOP_WORD) !== 0,
        glued: false,
        cityFirstWord: false,
        healthSystemFirstWord: false,
        surnameRank: 0,
        cls,
      };
      continue;
    }
    const facts = wordFacts(tok.lower, lex);
    anchorMasks.push(facts.anchor);
    if (facts.relation) lastRelation = tok.index;
    const acronym = mode === 'mixed' && upperFirst && tok.text.length > 1 && isAcronym(tok.text);
    const stopWord = facts.stopWord;
    const cap = mode === 'mixed' ? upperFirst : true;
    flags.push(facts.bits | single | (cap ? TOKEN.cap : 0) | (mode !== 'mixed' ? TOKEN.caseless : 0));
    // sentence position and digits around matter only for words that may start a name
    out[tok.index] = {
      tok,
      mode,
      cap,
      acronym,
      sentenceStart: isSentenceStart(tt.tokens, tok.index),
      firstName: facts.firstName,
      surname: facts.surname,
      otherName: facts.otherName,
      common: facts.common,
      medical: facts.medical,
      city: facts.city,
      stopWord,
      glued: isDigitAt(tt.text, tok.start - 1) || isDigitAt(tt.text, tok.end),
      cityFirstWord: facts.cityFirstWord,
      healthSystemFirstWord: facts.healthSystemFirstWord,
      surnameRank: facts.surnameRank,
      cls: facts.cls,
    };
  }
  setWordAnchorMasks(tt.tokens, anchorMasks, version);
  return { infos: out, flags };
}

export function inNameLexicon(w: WordInfo): boolean {
  return w.firstName || w.surname || w.otherName;
}
