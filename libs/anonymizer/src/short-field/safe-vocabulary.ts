import { WORD_FLAG, type Lexicons } from '../lexicon/lexicons.js';

const NAME_FLAGS = WORD_FLAG.firstName | WORD_FLAG.surname | WORD_FLAG.otherName;

/** Abbreviations that name no one by themselves: titles and the shorthand of prose. */
const SAFE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'pt',
  'pts',
  'vs',
  'etc',
  'eg',
  'ie',
]);

/** Units of measure a short field may hold ("10 mg", "5mL", "120 mmHg"). */
export const UNITS: ReadonlySet<string> = new Set([
  'mg',
  'mcg',
  'ug',
  'g',
  'kg',
  'lb',
  'lbs',
  'oz',
  'ml',
  'l',
  'dl',
  'cc',
  'mmhg',
  'cmh2o',
  'mm',
  'cm',
  'm',
  'km',
  'mmol',
  'meq',
  'iu',
  'u',
  'units',
  'bpm',
  'hr',
  'hrs',
  'h',
  'min',
  'mins',
  'sec',
  'wk',
  'wks',
  'mo',
  'mos',
  'yr',
  'yrs',
  'yo',
  'y',
  'd',
  'x',
]);

/**
 * Word endings and beginnings that explain a word as clinical content (Greek and Latin medical word
 * formation): "carditis", "stenosis", "cardiomyopathy", "hyperkalemia". A word must be this long for
 * one of them to count, so that a short surname or town does not pass by its ending.
 */
const MIN_AFFIX_WORD = 7;
const MEDICAL_SUFFIXES = [
  'emic',
  'itis',
  'osis',
  'oses',
  'emia',
  'aemia',
  'ectomy',
  'otomy',
  'ostomy',
  'plasty',
  'scopy',
  'graphy',
  'gram',
  'pathy',
  'algia',
  'uria',
  'penia',
  'cytosis',
  'trophy',
  'plegia',
  'paresis',
  'lysis',
  'ology',
  'ologist',
  'iatric',
  'iatrics',
  'cardia',
  'pnea',
  'rrhea',
  'rrhage',
  'megaly',
  'stasis',
  'sclerosis',
  'malacia',
  'ptosis',
  'spasm',
  'oma',
  'omas',
  'ectasis',
  'iasis',
];
const MEDICAL_PREFIXES = [
  'hyper',
  'hypo',
  'cardio',
  'neuro',
  'nephro',
  'hepato',
  'gastro',
  'pneumo',
  'osteo',
];

function medicalShape(word: string): boolean {
  if (word.length < MIN_AFFIX_WORD || !/^[a-z]+$/.test(word)) return false;
  return MEDICAL_SUFFIXES.some((s) => word.endsWith(s)) || MEDICAL_PREFIXES.some((p) => word.startsWith(p));
}

/** Disease endings that make a word the head of an eponym before it ("Lyme carditis"). */
const DISEASE_ENDINGS = ['itis', 'osis', 'emia', 'pathy', 'oma'];

/** True when `word` makes the eponym before it medical: "disease", "stage", "carditis". */
export function isEponymHead(word: string): boolean {
  return EPONYM_HEADS.has(word) || (medicalShape(word) && DISEASE_ENDINGS.some((e) => word.endsWith(e)));
}

/** The pattern this unit runs, for the ReDoS test. */
export const SAFE_VOCABULARY_PATTERNS: readonly RegExp[] = [/^[a-z]+$/];

/** How often (SUBTLEX-US count) a word that is also a name must be used as an ordinary word to pass alone. */
const MIN_COMMON_FOR_A_NAME = 100;
/** Words after an eponym that make it medical ("Tanner stage", "Wilson disease"), not a surname. */
export const EPONYM_HEADS: ReadonlySet<string> = new Set([
  'disease',
  'syndrome',
  'sign',
  'stage',
  'score',
  'scale',
  'reflex',
  'test',
  'maneuver',
  'manoeuvre',
  'palsy',
  'criteria',
  'classification',
  'fracture',
  'procedure',
  'operation',
  'catheter',
  'tube',
  'triad',
  'phenomenon',
  'anomaly',
  'malformation',
  'lymphoma',
  'tumor',
  'tumour',
  'ulcer',
  'node',
  'nodes',
  'cyst',
]);

/** Endings that make a new word of a dictionary word without naming anyone ("exertion" + "al"). */
const DERIVING_ENDINGS = ['al', 'ally', 'ly', 'ness', 's', 'es', 'ed', 'ing'];
/** Shortest stem a derivation may stand on, so a short surname does not pass by its ending. */
const MIN_STEM = 5;

function derivedFromDictionary(word: string, lex: Lexicons): boolean {
  return DERIVING_ENDINGS.some((ending) => {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) return false;
    const stem = word.slice(0, -ending.length);
    const entry = lex.words.get(stem);
    return lex.dictionary.has(stem) && (entry === undefined || (entry.flags & NAME_FLAGS) === 0);
  });
}

/**
 * True when a lower-case word is known to be safe in a field without context: an ordinary English
 * word or a protected medical term of the lexicons, a clinical abbreviation, a unit, or a word formed
 * as medical vocabulary.
 * A word that is also a person's name must be an everyday word, or a medical eponym right before
 * its head word (`beforeEponymHead`). A letter alone is an initial unless it is "a" or "i". A hyphenated word is safe when each of its parts is ("follow-up", not "okonkwo-haley").
 */
export function isKnownSafeWord(word: string, lex: Lexicons, beforeEponymHead = false): boolean {
  // a letter alone may be an initial; units written with one letter count only after a number
  if (word.length === 1) return word === 'a' || word === 'i';
  // a clinical abbreviation names no one, even where it is also a name ("echo", "ana")
  if (lex.clinicalAbbreviations.has(word)) return true;
  const entry = lex.words.get(word);
  if (entry && (entry.flags & NAME_FLAGS) !== 0) {
    // also a name: an everyday word ("hope", "block"), or an eponym before its head ("Tanner stage")
    return (
      entry.common >= MIN_COMMON_FOR_A_NAME || (beforeEponymHead && (entry.flags & WORD_FLAG.medical) !== 0)
    );
  }
  if (entry && (entry.common > 0 || (entry.flags & WORD_FLAG.medical) !== 0)) return true;
  if (UNITS.has(word) || SAFE_ABBREVIATIONS.has(word) || medicalShape(word)) return true;
  // an English dictionary word that no names list holds ("syncope", "recurrent"), or one derived
  // from such a word by a common ending ("exertional" from "exertion")
  if (lex.dictionary.has(word) || derivedFromDictionary(word, lex)) return true;
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.every((p) => p !== '' && isKnownSafeWord(p, lex));
}
