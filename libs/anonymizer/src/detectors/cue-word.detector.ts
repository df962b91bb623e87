import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import type { Token } from '../text/tokens.js';
import { isUnambiguousName, type VocabularyState } from './vocabulary.detector.js';
import { STATE_NAMES, type WordInfo } from './word-classes.js';

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
]);
const PLACE_BEFORE: ReadonlySet<string> = new Set(['from', 'at', 'near', 'outside', 'via']);

/**
 * Endings of drug names and clinical words (stems of the WHO INN scheme, Greek and Latin
 * suffixes of disease, procedure and anatomy): a word ending so is clinical content, not a name.
 */
const CLINICAL_ENDING =
  /(?:itis|osis|oses|ectomy|otomy|ostomy|plasty|emia|pathy|algia|ology|oma|omas|ase|ine|ide|olol|pril|sartan|statin|mab|nib|zole|cillin|mycin|cycline|floxacin|vir|afil|dipine|tidine|prazole|gram|graphy|scopy|uria|penia|cytosis|plegia|paresis|trophy|megaly|rrhea|rrhage|genic|oic|ating|ated|ular|eal|ial|ous|ive|ary|ae|um|ix|ax|ex|ol|one|ate)$/;

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

/** "d/w" is written as three tokens: the cue is then "dw". */
function cueBefore(tokens: readonly Token[], k: number): string {
  const p = wordBefore(tokens, k);
  if (!p) return '';
  const q = tokens[p.index - 2];
  if (p.lower === 'w' && tokens[p.index - 1]?.text === '/' && q?.lower === 'd') return 'dw';
  return p.lower;
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
    const after = wordAfter(tokens, k)?.lower ?? '';
    const { start, end } = w.tok;
    if (NAME_BEFORE.has(before) || NAME_AFTER.has(after)) {
      if (isUnexplained(w, ctx.lex))
        out.push({ start, end, category: 'NAME', priority: PRIORITY.nameLexicon });
    } else if (
      (PLACE_BEFORE.has(before) || (before === 'in' && w.mode === 'mixed' && w.cap && !w.sentenceStart)) &&
      !(w.firstName || w.otherName) &&
      isUnexplained(w, ctx.lex)
    ) {
      out.push({ start, end, category: 'LOCATION', priority: PRIORITY.place });
    }
  }
  return out;
}
