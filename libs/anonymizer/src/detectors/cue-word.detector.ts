import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Token } from '../text/tokens.js';
import { isUnknownWord } from './unknown-word.js';
import { isUnambiguousName, type VocabularyState } from './vocabulary.detector.js';
import { MONTHS_AND_DAYS, STATE_NAMES, type WordInfo } from './word-classes.js';

/**
 * A word that no vocabulary explains, next to a cue that a person or a place stands there, is
 * one, in any casing: "d/w o'keefe", "covering md gulgowski", "pfannerstill aware", "from
 * rodrickport". The cue lists are data; the word must be unknown to every lexicon (or a name no
 * dictionary knows), so that "per protocol", "w/ walker" and "from home" stay.
 */
const NAME_BEFORE: ReadonlySet<string> = new Set([
  'per',
  'w',
  'dw',
  'md',
  'rn',
  'lpn',
  'np',
  'pa',
  'sw',
  'cm',
  'mgmt',
  'covering',
  'attending',
  'resident',
  'intern',
  'fellow',
  'nurse',
  'therapist',
  'dietitian',
  'pharmacist',
  'chaplain',
  'surgeon',
  'hospitalist',
  'gp',
  'pcp',
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'pt',
  'patient',
  // hand-offs, letters and phone messages: "SBAR re X", "SpR X", "seeing X", "sincerely, X"
  're',
  'spr',
  'sho',
  'registrar',
  'consultant',
  'pair',
  'seeing',
  'sincerely',
  'regards',
  'ask',
  'over',
  'nok',
  'carer',
  // relatives: a word no vocabulary knows after one is their name ("niece zlatica")
  'daughter',
  'son',
  'wife',
  'husband',
  'niece',
  'nephew',
  'grandson',
  'granddaughter',
  'sister',
  'brother',
  'neighbour',
  'neighbor',
  'partner',
  'mother',
  'father',
  // referrals, requisitions, social work and EMS: "I refer X", "Referring: X", "case worker X"
  'refer',
  'referring',
  'ordering',
  'worker',
  'contact',
  'caller',
  'interpreter',
  'paramedic',
  'emt',
]);
/**
 * Cues strong enough that a name of the lexicons counts even when it is also a rarer ordinary word
 * ("handing over petri to kyllikki", "spoke w/ laura", "SBAR re torok", "martin is a frail 96 yo").
 */
const STRONG_BEFORE: ReadonlySet<string> = new Set([
  're',
  'spr',
  'sho',
  'registrar',
  'sincerely',
  'regards',
  'pair',
  'nok',
  'refer',
  'referring',
  'ordering',
  'worker',
  'contact',
]);
const STRONG_AFTER: ReadonlySet<string> = new Set([
  'rang',
  'rings',
  'phoned',
  'says',
  'settled',
  'attends',
  'missed',
  'keeps',
  'taking',
  'visited',
]);
const RELATIVES: ReadonlySet<string> = new Set([
  'daughter',
  'son',
  'wife',
  'husband',
  'niece',
  'nephew',
  'grandson',
  'granddaughter',
  'sister',
  'brother',
  'neighbour',
  'neighbor',
  'carer',
  'friend',
  'mother',
  'father',
  'partner',
]);

/** A name of the lexicons that is at most a rare ordinary word, for the strong cues. */
function isLexiconName(w: WordInfo, lex: Lexicons): boolean {
  // a rare census surname ("pataki") is no ordinary word either
  const rareSurname = w.common === 0 && !lex.dictionary.has(w.tok.lower) && lex.words.has(w.tok.lower);
  if (
    !(w.firstName || w.surname || w.otherName || rareSurname) ||
    w.medical ||
    w.stopWord ||
    w.glued ||
    w.common >= 100
  )
    return false;
  if (
    w.tok.lower.length < (w.mode === 'mixed' ? 3 : 4) ||
    MONTHS_AND_DAYS.has(w.tok.lower) ||
    STATE_NAMES.has(w.tok.lower)
  )
    return false;
  return !(w.mode === 'mixed' && w.acronym);
}

/** Words that make the "in" after them, a few words on, the town where someone lives or is cared for. */
const RESIDENCE_WORDS: ReadonlySet<string> = new Set([
  'lives',
  'living',
  'lived',
  'resides',
  'residing',
  'resident',
  'hospice',
  'born',
  'moved',
  // "at home in skive", "practises in Penelwy"
  'home',
  'practises',
  'practices',
  'practising',
]);
/** Residence words whose town may follow "in" at once ("hospice in busteni", "home in skive"). */
const RESIDENCE_IN_AT_ONCE: ReadonlySet<string> = new Set([
  'hospice',
  'home',
  'practises',
  'practices',
  'practising',
]);

/** "lives alone in teius", "lives with daughter maria in tafo", "hospice in busteni". */
function afterResidenceIn(tokens: readonly Token[], k: number): boolean {
  const line = tokens[k]?.line;
  for (let j = k - 2; j >= 0 && j >= k - 6; j--) {
    const t = tokens[j];
    if (!t || t.line !== line || t.text === '.' || t.text === ';') return false;
    // "lives in X" right after the verb is the cue-phrase detector's
    if (RESIDENCE_WORDS.has(t.lower)) return j < k - 2 || RESIDENCE_IN_AT_ONCE.has(t.lower);
  }
  return false;
}

/** "GP: Dr calin, Harlau." and "cc: Dr Niemi, Vantaa": a word after a doctor's name and a comma, ending the clause. */
function townAfterDoctor(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== ',' || tokens[k - 2]?.kind !== 'word') return false;
  const title = tokens[k - 3]?.lower === '.' ? tokens[k - 4]?.lower : tokens[k - 3]?.lower;
  if (title !== 'dr') return false;
  const next = tokens[k + 1];
  return next === undefined || next.newlineBefore || next.text === '.' || next.text === ';';
}

const SPOKE: ReadonlySet<string> = new Set(['spoke', 'talked', 'discussed', 'met']);
const HANDING: ReadonlySet<string> = new Set(['handing', 'handed', 'hand', 'handover']);

/** A preposition that is a person cue only after these words: "call to X", "asking for X", "son of X". */
const NAME_BEFORE_PAIR: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['to', new Set(['call', 'calls', 'over', 'spoke', 'talked', 'report', 'handed', 'message'])],
  ['for', new Set(['asking', 'asks', 'asked', 'looking', 'waiting'])],
  // "signed by X", "met with X", "med rec with X", "check on X", "who has X?"
  [
    'by',
    new Set([
      'signed',
      'witnessed',
      'seen',
      'reviewed',
      'referred',
      'examined',
      'dictated',
      'countersigned',
      'accompanied',
      'brought',
    ]),
  ],
  [
    'with',
    new Set([
      'met',
      'spoke',
      'talked',
      'rec',
      'visit',
      'video',
      'call',
      'consult',
      'meeting',
      'discussed',
      'lives',
    ]),
  ],
  ['on', new Set(['check', 'checking', 'checked', 'update', 'updated'])],
  ['has', new Set(['who'])],
  // "message from X at the clinic", "call from X": a message's sender
  ['from', new Set(['message', 'msg', 'call', 'text', 'email', 'voicemail', 'page', 'callback'])],
  [
    'of',
    new Set([
      'daughter',
      'son',
      'wife',
      'husband',
      'niece',
      'nephew',
      'grandson',
      'granddaughter',
      'sister',
      'brother',
      'neighbour',
      'neighbor',
      'carer',
      'friend',
      'mother',
      'father',
      'partner',
    ]),
  ],
]);
const NAME_AFTER: ReadonlySet<string> = new Set([
  'aware',
  'notified',
  'paged',
  'called',
  'updated',
  'rounded',
  'rn',
  'md',
  'np',
  'pa',
  'lpn',
  'signed',
  'agrees',
  'states',
  'said',
  'family',
  // a verb of a person right after the word ("X rang, says Y", "X settled", "X missed her appointment")
  'rang',
  'rings',
  'phoned',
  'says',
  'settled',
  'attends',
  'missed',
  'keeps',
  'asking',
  'wants',
  'taking',
  'visited',
  'reports',
  'requests',
]);
/** Verbs that make a word no vocabulary knows a person only at the start of a sentence ("Otmar is drowsy"). */
const NAME_AFTER_AT_START: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'ok', 'remains', 'c']);
const PLACE_BEFORE: ReadonlySet<string> = new Set(['from', 'at', 'near', 'outside', 'via']);

/**
 * Endings of drug names and clinical words (stems of the WHO INN scheme, Greek and Latin
 * suffixes of disease, procedure and anatomy): a word ending so is clinical content, not a name.
 */
const CLINICAL_ENDING =
  /(?:itis|osis|rsen|oses|ectomy|otomy|ostomy|plasty|emia|pathy|algia|ology|oma|omas|ase|ine|ide|olol|pril|sartan|statin|mab|nib|zole|cillin|mycin|cycline|floxacin|vir|afil|dipine|tidine|prazole|gram|graphy|scopy|uria|penia|cytosis|plegia|paresis|trophy|megaly|rrhea|rrhage|genic|oic|ating|ated|ular|eal|ial|ous|ive|ary|ae|um|ix|ax|ex|ol|one|ate)$/;

/** The patterns of the cue-word detector, for the ReDoS test. */
export const CUE_WORD_PATTERNS: readonly RegExp[] = [CLINICAL_ENDING];

/** Neither a known ordinary, medical or state word nor shorthand in capitals. */
export function isUnexplained(w: WordInfo, lex: Lexicons): boolean {
  if (w.stopWord || w.medical || w.glued || w.common >= 20 || w.tok.lower.length < 3) return false;
  if ((w.mode === 'mixed' && w.acronym) || STATE_NAMES.has(w.tok.lower)) return false;
  // without casing, short words are mostly shorthand ("PLT", "NIV", "HCM")
  if (w.mode !== 'mixed' && w.tok.lower.length < 5 && !isUnambiguousName(w, lex)) return false;
  if (CLINICAL_ENDING.test(w.tok.lower)) return false;
  if (lex.dictionary.has(w.tok.lower) || lex.clinicalAbbreviations.has(w.tok.lower)) return false;
  return lex.words.get(w.tok.lower) === undefined || isUnambiguousName(w, lex);
}

/** The word token before `k` on its line, skipping "/", ":" and "," ("d/w", "w/"). */
function wordBefore(tokens: readonly Token[], k: number): Token | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j];
    if (!t || t.line !== tokens[k]?.line) return undefined;
    if (t.kind === 'word') return t;
    if (t.text !== '/' && t.text !== ':' && t.text !== ',' && t.text !== '.') return undefined;
  }
  return undefined;
}

function wordAfter(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k + 1];
  return t && t.kind === 'word' && t.line === tokens[k]?.line ? t : undefined;
}

/** Roles written in brackets after a person's name: "Varga (EMT)", "Rana (paramedic)". */
const ROLES_IN_BRACKETS: ReadonlySet<string> = new Set([
  'emt',
  'paramedic',
  'rn',
  'md',
  'np',
  'pa',
  'sw',
  'pharmacist',
  'interpreter',
  'chaplain',
  'driver',
  'carer',
  'caregiver',
  'poa',
  'hcp',
]);

/** "@anna can you…": a mention in a chat message, at the start of a line or after a space. */
function mentionBefore(tokens: readonly Token[], k: number): boolean {
  const at = tokens[k - 1];
  const word = tokens[k];
  if (at?.text !== '@' || word === undefined || word.spaceBefore) return false;
  const prior = tokens[k - 2];
  return prior === undefined || prior.line !== at.line || at.spaceBefore;
}

/** "d/w" is written as three tokens: the cue is then "dw"; "call to", "son of": the pair counts as "per". */
function cueBefore(tokens: readonly Token[], k: number): string {
  if (mentionBefore(tokens, k)) return 'pair';
  const p = wordBefore(tokens, k);
  if (!p) return '';
  const q = tokens[p.index - 2];
  if (p.lower === 'w' && tokens[p.index - 1]?.text === '/' && q?.lower === 'd') return 'dw';
  // "they're", "we're": a contraction, not "re:"
  const apostrophe = tokens[p.index - 1]?.text;
  if (p.lower === 're' && !p.spaceBefore && (apostrophe === "'" || apostrophe === '’')) return '';
  // "spoke w/ laura": "w/" after a verb of speech is as strong as "per"
  if (p.lower === 'w' && SPOKE.has(wordBefore(tokens, p.index)?.lower ?? '')) return 'pair';
  if (p.lower === 'over') return HANDING.has(wordBefore(tokens, p.index)?.lower ?? '') ? 'pair' : 'over';
  // "handing over petri to kyllikki": the one taking over after the one handed over
  if (p.lower === 'to') {
    const handed = wordBefore(tokens, p.index);
    const over = handed === undefined ? undefined : wordBefore(tokens, handed.index);
    if (over?.lower === 'over' && HANDING.has(wordBefore(tokens, over.index)?.lower ?? '')) return 'pair';
  }
  const pair = NAME_BEFORE_PAIR.get(p.lower);
  if (pair !== undefined) return pair.has(wordBefore(tokens, p.index)?.lower ?? '') ? 'pair' : p.lower;
  return p.lower;
}

/**
 * A person cue after the word: a verb of a person, "(pt)" or a relative in brackets ("Hani (pt)
 * came", "umay (wife of ...)", "NOK isabel (daughter)"); 'strong' when a lexicon name may count.
 */
function nameCueAfter(tokens: readonly Token[], w: WordInfo, lex: Lexicons): 'strong' | 'weak' | undefined {
  const k = w.tok.index;
  const after = wordAfter(tokens, k)?.lower ?? '';
  if (STRONG_AFTER.has(after)) return 'strong';
  if (NAME_AFTER.has(after)) return 'weak';
  // ("G-CSF is fine", "BV-AVD is reasonable", "Cymbalta has been": a drug or regimen, not a person)
  // only a given name of the lexicons: an unknown word there is as often a drug's brand ("Cymbalta has")
  if (w.sentenceStart && NAME_AFTER_AT_START.has(after) && !w.tok.text.includes('-') && !w.medical)
    return w.firstName && isLexiconName(w, lex) ? 'strong' : undefined;
  const t = tokens[k + 2]?.lower ?? '';
  if (tokens[k + 1]?.text !== '(' || tokens[k + 2]?.line !== w.tok.line) return undefined;
  if ((t === 'pt' || t === 'patient') && tokens[k + 3]?.text === ')') return 'strong';
  if (ROLES_IN_BRACKETS.has(t) && tokens[k + 3]?.text === ')') return 'strong';
  return RELATIVES.has(t) ? 'strong' : undefined;
}

/** "brandon Varga (EMT)": the given name before a surname that a role in brackets follows. */
function givenNameBeforeRole(
  tokens: readonly Token[],
  infos: VocabularyState['infos'],
  k: number,
  lex: Lexicons,
): Token | undefined {
  if (tokens[k + 1]?.text !== '(' || !ROLES_IN_BRACKETS.has(tokens[k + 2]?.lower ?? '')) return undefined;
  const prev = infos[k - 1];
  if (prev === undefined || prev.tok.line !== tokens[k]?.line || prev.tok.kind !== 'word') return undefined;
  return isUnexplained(prev, lex) || isLexiconName(prev, lex) ? prev.tok : undefined;
}

/** "family (leif) aware": a bracket after "family" is a person cue. */
function inFamilyBracket(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.text === '(' && tokens[k - 2]?.lower === 'family' && tokens[k + 1]?.text === ')';
}

/** The cue-word detector: see the module comment. */
export function detectByCueWords(ctx: DetectionContext, state: VocabularyState): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, infos } = state;
  for (let k = 0; k < tokens.length; k++) {
    const w = infos[k];
    // the cues are two lookups in small sets; the vocabularies are asked only next to one
    if (!w || w.stopWord || w.tok.lower.length < 3) continue;
    const before = cueBefore(tokens, k);
    const { start, end } = w.tok;
    const cueAfter = nameCueAfter(tokens, w, ctx.lex);
    if (NAME_BEFORE.has(before) || cueAfter !== undefined || inFamilyBracket(tokens, k)) {
      const strong = STRONG_BEFORE.has(before) || cueAfter === 'strong' || inFamilyBracket(tokens, k);
      if (!isUnexplained(w, ctx.lex) && !(strong && isLexiconName(w, ctx.lex))) continue;
      out.push({ start, end, category: 'NAME', priority: PRIORITY.nameLexicon });
      const given = cueAfter === 'strong' ? givenNameBeforeRole(tokens, infos, k, ctx.lex) : undefined;
      if (given !== undefined)
        out.push({ start: given.start, end: given.end, category: 'NAME', priority: PRIORITY.nameLexicon });
      // a surname no vocabulary knows right after it ("seeing branimir genjega")
      const next = infos[k + 1];
      const surname =
        next !== undefined && (isUnexplained(next, ctx.lex) || (strong && isLexiconName(next, ctx.lex)));
      if (NAME_BEFORE.has(before) && next && !next.tok.newlineBefore && surname) {
        out.push({
          start: next.tok.start,
          end: next.tok.end,
          category: 'NAME',
          priority: PRIORITY.nameLexicon,
        });
      }
    } else if (
      (PLACE_BEFORE.has(before) ||
        (before === 'in' &&
          ((w.mode === 'mixed' && w.cap && !w.sentenceStart) || afterResidenceIn(tokens, k))) ||
        townAfterDoctor(tokens, k)) &&
      !(w.firstName || w.otherName) &&
      (isUnexplained(w, ctx.lex) || (townAfterDoctor(tokens, k) && isUnknownWord(w, ctx.lex)))
    ) {
      out.push({ start, end, category: 'LOCATION', priority: PRIORITY.place });
    }
  }
  return out;
}
