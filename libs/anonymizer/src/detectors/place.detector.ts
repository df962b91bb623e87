import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import {
  MONTHS_AND_DAYS,
  MONTH_OR_DAY,
  RELATION,
  STATE_CODES,
  STATE_NAME,
  STATE_NAMES,
  STOP_WORD,
  TOKEN,
  inNameLexicon,
  wordClassBit,
  type WordInfo,
} from './word-classes.js';

/** Specialties that name a practice ("… Cardiology", "… Dialysis"). */
const PRACTICE_SPECIALTIES = [
  'pulmonary',
  'cardiology',
  'pulmonology',
  'oncology',
  'orthopedics',
  'orthopaedics',
  'dermatology',
  'pediatrics',
  'urology',
  'neurology',
  'imaging',
  'radiology',
  'dialysis',
  'surgical',
  'dental',
];

/** Words that end (or make) the name of a facility or a named place. */
const FACILITY_HEADS = new Set([
  ...PRACTICE_SPECIALTIES,
  'complex',
  'children',
  'hospital',
  'hospitals',
  'medical',
  'center',
  'centre',
  'clinic',
  'clinics',
  'healthcare',
  'health',
  'memorial',
  'regional',
  'institute',
  'infirmary',
  'hospice',
  'shelter',
  'manor',
  'school',
  'academy',
  'university',
  'college',
  'park',
  'forest',
  'mountain',
  'lake',
  'river',
  'county',
  'parish',
  'borough',
  'township',
  'pharmacy',
  'rehabilitation',
  'rehab',
  'sanatorium',
  'deaconess',
  'medicine',
  'system',
  'systems',
  'home',
  'homes',
  'village',
  'lodge',
  'ranch',
  'farm',
  'plant',
  'mill',
  'mine',
  'church',
  'chapel',
  'prison',
  'jail',
  'airport',
  'station',
  'mall',
  'casino',
  'hotel',
  'motel',
  'reservation',
  'pueblo',
  'canyon',
  'valley',
  "children's",
  'childrens',
  'va',
  'vamc',
  'campus',
  'care',
  'network',
  'physicians',
  'associates',
  'partners',
  'group',
  'practice',
  'office',
  'department',
  'dept',
  'facility',
  'unit',
  'residence',
  'living',
  'gardens',
  'heights',
  'springs',
  'creek',
  'island',
  'bay',
  'beach',
  'harbor',
  'harbour',
  'trail',
  'camp',
  'fort',
  'base',
]);

/** Heads that make a place only together with a distinctive word before them. */
const WEAK_HEADS = new Set([
  'home',
  'homes',
  'care',
  'unit',
  'office',
  'department',
  'dept',
  'group',
  'practice',
  'system',
  'systems',
  'network',
  'plant',
  'farm',
  'base',
  'campus',
  'facility',
  'living',
  'residence',
  'medicine',
  'health',
]);

/** Specialty names used as a practice's head word: a medical word in front is a subspecialty, not a name. */
const SPECIALTY_HEADS = new Set([...PRACTICE_SPECIALTIES, 'medicine', 'care']);

/** Heads that make a facility even from generic words ("Regional West Medical Center"). */
const STRONG_HEADS = new Set([
  'hospital',
  'hospitals',
  'center',
  'centre',
  'clinic',
  'institute',
  'complex',
  'healthcare',
  'infirmary',
]);
/** Heads of government bodies: a state name in front does not make them a place ("Minnesota Department of Health"). */
const GOVERNMENT_HEADS = new Set([
  'department',
  'dept',
  'office',
  'division',
  'bureau',
  'board',
  'health',
  'services',
]);
/** Health insurers: a plan's name is not a place. */
const INSURERS = new Set([
  'priority',
  'humana',
  'aetna',
  'cigna',
  'wellmark',
  'anthem',
  'molina',
  'centene',
  'amerigroup',
  'ambetter',
  'tricare',
  'medica',
  'medicaid',
  'medicare',
  'blue',
  'bcbs',
  'unitedhealthcare',
  'uhc',
  'kancare',
  'healthnet',
  'caresource',
  'oscar',
]);

/** Words after a town name that make it an eponym instead ("Wilson disease"). */
const MEDICAL_FOLLOWERS = new Set([
  'nosology',
  'carditis',
  'arthritis',
  'neuroborreliosis',
  'disease',
  'syndrome',
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
  'operation',
  'classification',
  'stage',
  'coma',
  'catheter',
  'tube',
  'shunt',
  'virus',
  'fever',
  'cells',
  'cell',
]);
/** Titles and roles are never towns, even where a town has that name ("Deputy"). */
const TITLE_WORDS = new Set([
  'deputy',
  'officer',
  'sheriff',
  'doctor',
  'nurse',
  'captain',
  'judge',
  'pastor',
  'coach',
  'chief',
  'major',
  'general',
  'sergeant',
]);

const SIGNATURE_CREDENTIALS = new Set([
  'md',
  'do',
  'np',
  'pa-c',
  'dnp',
  'aprn',
  'fnp',
  'cnm',
  'rn',
  'mph',
  'phd',
  'facp',
  'faap',
]);
const RIGHT_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'la', 'del']);
/** Words after a named place that make it a clinical rule or score. */
const RULE_WORDS = new Set([
  'score',
  'scores',
  'criteria',
  'scale',
  'rule',
  'rules',
  'classification',
  'protocol',
  'index',
  'nosology',
  'formula',
  'equation',
]);

/** Connectors inside a place's name where the line has no casing ("university of iowa"). */
const CASELESS_CONNECTORS = new Set(['of', '&', 'the', 'de', 'la', 'del']);
const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'at', 'on', 'de', 'la', 'del']);
const LOCATIVE = new Set([
  'in',
  'from',
  'near',
  'outside',
  'to',
  'at',
  'around',
  'toward',
  'towards',
  'into',
  'via',
  'between',
  'nearby',
  'of',
  'out',
  'through',
  'past',
  'downtown',
  'uptown',
  'within',
  'by',
  'moved',
  'lives',
  'reside',
  'resides',
]);
const GENERIC_FACILITY_WORDS = new Set([
  'our',
  'the',
  'a',
  'an',
  'this',
  'that',
  'their',
  'his',
  'her',
  'local',
  'regional',
  'medical',
  'center',
  'general',
  'community',
  'county',
  'state',
  'university',
  'hospital',
  'clinic',
  'health',
  'memorial',
  'care',
  'critical',
  'access',
  'rural',
  'children’s',
  "children's",
  'behavioral',
  'mental',
  'urgent',
  'primary',
  'family',
  'internal',
  'emergency',
  'trauma',
  'cancer',
  'heart',
  'kidney',
  'dialysis',
  'nursing',
  'home',
  'rehab',
  'rehabilitation',
  'long-term',
  'skilled',
  'assisted',
  'living',
  'va',
  'ihs',
  'tribal',
  'pediatric',
  'women’s',
  "women's",
  'specialty',
  'surgical',
  'surgery',
  'outpatient',
  'inpatient',
  'teaching',
  'academic',
  'public',
  'private',
  'city',
  'national',
  'central',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'system',
  'systems',
  'school',
  'high',
  'medicine',
  'department',
  'unit',
  'icu',
  'ed',
  'er',
  'or',
  'lab',
  'pharmacy',
  'office',
  'sleep',
  'pain',
  'wound',
  'burn',
  'stroke',
  'transplant',
  'infusion',
]);

/** Compass words inside a facility's name where the line has no casing ("northwest mississippi …"). */
const COMPASS_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northwest',
  'northeast',
  'southwest',
  'southeast',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
]);
/** Generic words after a facility's own name that make it an institution ("… medical center", "… memorial"). */
const INSTITUTION_WORDS = new Set([
  'medical',
  'regional',
  'memorial',
  'community',
  'general',
  'children',
  "children's",
  'childrens',
]);
/** Descriptors before a facility's head that make no name of it: "outside hospital", "tertiary care center". */
const FACILITY_DESCRIPTORS = new Set([
  'outside',
  'tertiary',
  'quaternary',
  'referring',
  'receiving',
  'sending',
  'transferring',
  'accepting',
  'nearest',
  'closest',
  'nearby',
  'large',
  'larger',
  'largest',
  'small',
  'smaller',
  'big',
  'bigger',
  'major',
  'main',
  'new',
  'old',
  'other',
  'another',
  'same',
  'different',
  'current',
  'previous',
  'prior',
  'former',
  'original',
  'affiliated',
  'partner',
  'sister',
  'satellite',
  'freestanding',
  'standalone',
  'day',
  'long',
  'short',
  'term',
  'level',
  'designated',
  'certified',
  'accredited',
  'veterans',
  'veteran',
  'military',
  'army',
  'navy',
  'federal',
  'psychiatric',
  'psych',
  'animal',
  'field',
  'whole',
  'entire',
  'good',
  'best',
  'busy',
  'full',
  'adult',
  'senior',
  'memory',
  'respite',
  'home',
]);
/** Words before a facility's name that make it a common noun phrase ("a", "our", "every"). */
const DETERMINERS = new Set([
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
  'my',
  'any',
  'each',
  'every',
  'some',
  'no',
  'which',
  'whose',
]);

const SPECIALTY_SUFFIX = /(?:ology|iatry|iatrics|ics|ine|ery|ive|al)$/;
const DOTS = /\./g;

/** The patterns the place detector runs, for the ReDoS test. */
export const PLACE_PATTERNS: readonly RegExp[] = [SPECIALTY_SUFFIX, DOTS];

/** Clinical services and specialties: "Hospice & Palliative Medicine" after a signature is not a place. */
function isSpecialtyWord(lower: string): boolean {
  return SPECIALTY_SUFFIX.test(lower);
}

const AMBIGUOUS_STATE_CODES = new Set([
  'MD',
  'PA',
  'DE',
  'ME',
  'OR',
  'IN',
  'OK',
  'ID',
  'CO',
  'LA',
  'MA',
  'AL',
  'OH',
  'HI',
  'NE',
  'MS',
  'MO',
  'PR',
  'VI',
  'GU',
  'DC',
  'SC',
  'NP',
  'RN',
  'CT',
  'UT',
  'VA',
  'WA',
  'MI',
  'MN',
  'NC',
  'ND',
  'SD',
]);

export interface PlaceDetectorState {
  infos: readonly (WordInfo | undefined)[];
  tokens: readonly Token[];
  /** {@link WordClasses.flags} */
  flags: readonly number[];
}

function adjacent(tokens: readonly Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  if (!x || !y || x.line !== y.line) return false;
  return y.start - x.end <= 2;
}

/** A word that can be part of a proper place name. */
function placeWord(w: WordInfo | undefined): boolean {
  if (!w) return false;
  if (w.mode === 'mixed') return w.cap || w.tok.text === 'of' || w.tok.text === '&';
  return !w.stopWord || (w.cls & CONNECTOR) !== 0;
}

/**
 * In a line without casing, a word that can make a place's name distinctive: a name, a town, or a
 * longer word that is no ordinary English word and no medical term.
 */
function caselessProper(p: WordInfo): boolean {
  if (p.stopWord || p.common >= 200) return false;
  // an eponym that is also a town or a surname ("pratt") still names a place before a head word
  if (p.firstName || p.surname || p.otherName || p.city || p.healthSystemFirstWord) return true;
  return !p.medical && p.common === 0 && p.tok.text.length >= 4;
}

const caselessAcronymCache = new WeakMap<object, ReadonlySet<string>>();

/** The health systems' acronyms in lower case, computed once per set of lexicons. */
function caselessAcronyms(lex: DetectionContext['lex']): ReadonlySet<string> {
  let set = caselessAcronymCache.get(lex);
  if (set === undefined) {
    set = new Set([...lex.healthSystemAcronyms].map((a) => a.toLowerCase()));
    caselessAcronymCache.set(lex, set);
  }
  return set;
}

/** Known towns as a tree of words: "sioux" -> "falls", so that a name is matched word by word. */
interface CityNode {
  /** The words from the root to here name a town. */
  city: boolean;
  next: Map<string, CityNode> | undefined;
}

const cityTrees = new WeakMap<Lexicons, Map<string, CityNode>>();

/** The town names of `lex` as a tree of words, built once per set of lexicons. */
function cityTree(lex: Lexicons): Map<string, CityNode> {
  let root = cityTrees.get(lex);
  if (root === undefined) {
    root = new Map();
    for (const name of lex.cities.keys()) {
      const words = name.split(' ');
      let level = root;
      for (let j = 0; j < words.length; j++) {
        const word = words[j] ?? '';
        let node = level.get(word);
        if (node === undefined) {
          node = { city: false, next: undefined };
          level.set(word, node);
        }
        if (j === words.length - 1) {
          node.city = true;
        } else {
          node.next ??= new Map();
          level = node.next;
        }
      }
    }
    cityTrees.set(lex, root);
  }
  return root;
}

const healthSystemPrefixCache = new WeakMap<Lexicons, ReadonlySet<string> | null>();

/**
 * Every beginning (by characters) of every health-system name in lower case, so that a phrase no
 * name starts with ends the search; null (no shortcut) if a name is not all ASCII, where
 * lower-casing a phrase word by word might differ from lower-casing it whole (a final sigma).
 */
function healthSystemPrefixes(lex: Lexicons): ReadonlySet<string> | null {
  let prefixes = healthSystemPrefixCache.get(lex);
  if (prefixes === undefined) {
    const set = new Set<string>();
    let ascii = true;
    for (const name of lex.healthSystems) {
      const lower = name.toLowerCase();
      for (let k = 0; k < lower.length; k++) if (lower.charCodeAt(k) > 127) ascii = false;
      for (let k = 1; k <= lower.length; k++) set.add(lower.slice(0, k));
    }
    prefixes = ascii ? set : null;
    healthSystemPrefixCache.set(lex, prefixes);
  }
  return prefixes;
}

/**
 * Without casing, where a facility's own name starts among tokens `start`..`head - 1` when it is made
 * of ordinary words: a town of several words ("red oak medical center", "big horn county"), plain
 * words before an institution's generic words ("pleasant acres care center", "five rivers medical
 * center", "blank children's hospital"), or generic words with a compass word ("regional west medical
 * center"). -1 when none: "a critical access hospital", "outside hospital", "memory care center".
 */
function caselessNameStart(
  lex: DetectionContext['lex'],
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  start: number,
  head: number,
): number {
  for (let k = start; k < head - 1; k++) {
    let phrase = tokens[k]?.lower ?? '';
    let generic = GENERIC_FACILITY_WORDS.has(phrase);
    for (let j = k + 1; j < head && j - k < lex.maxCityWords; j++) {
      const t = tokens[j];
      if (!t || t.kind !== 'word') break;
      phrase += ` ${t.lower}`;
      generic = generic && GENERIC_FACILITY_WORDS.has(t.lower);
      if (lex.cities.has(phrase) && !generic && !STATE_NAMES.has(phrase)) return k;
    }
  }
  const bare = caselessBareName(lex, tokens, infos, start, head);
  if (bare >= 0) return bare;
  if (!STRONG_HEADS.has(tokens[head]?.lower ?? '')) return -1;
  // the generic words right before the head, then the plain words before them
  let k = head - 1;
  let generic = 0;
  let institution = false;
  let care = false;
  let compass = false;
  for (; k >= start; k--) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' || (t.lower === 's' && tokens[k - 1]?.kind === 'punct')) continue;
    const lower = t.lower;
    if (COMPASS_WORDS.has(lower)) compass = true;
    else if (!GENERIC_FACILITY_WORDS.has(lower) && !FACILITY_HEADS.has(lower)) break;
    if (INSTITUTION_WORDS.has(lower)) institution = true;
    if (lower === 'care') care = true;
    generic++;
  }
  let plain = 0;
  let first = k + 1;
  for (; k >= start; k--) {
    const p = infos[k];
    if (!p || !caselessPlainWord(p)) break;
    plain++;
    first = k;
  }
  while (tokens[first]?.kind === 'punct') first++;
  const before = tokens[first - 1]?.lower ?? '';
  if (DETERMINERS.has(before) || (before === 'the' && plain < 2)) return -1;
  if ((plain >= 2 && care) || (plain >= 1 && institution)) return first;
  return plain === 0 && compass && generic >= 3 ? first : -1;
}

/** Last token of a known town of two or more words starting at token `k` ("thief river falls"), or -1. */
function townOfSeveralWords(lex: DetectionContext['lex'], tokens: readonly Token[], k: number): number {
  let phrase = tokens[k]?.lower ?? '';
  let best = -1;
  for (let j = k + 1; j < tokens.length && j - k < lex.maxCityWords; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !adjacent(tokens, j - 1, j)) break;
    phrase += ` ${t.lower}`;
    if (lex.cities.has(phrase) && !STATE_NAMES.has(phrase)) best = j;
  }
  return best;
}

/** A lower-case letter and its dot after a given name, in a line without casing ("jennie m."). */
function caselessInitialAt(
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  k: number,
): boolean {
  const letter = infos[k];
  const given = infos[k - 1];
  return (
    letter !== undefined &&
    letter.mode !== 'mixed' &&
    letter.tok.text.length === 1 &&
    tokens[k + 1]?.start === letter.tok.end &&
    given !== undefined &&
    given.firstName &&
    !given.stopWord &&
    adjacent(tokens, k - 1, k)
  );
}

/** Prepositions after which a health-system brand that is also a rare word is the brand ("at renown"). */
const BRAND_CUES = new Set(['at', 'by', 'to', 'from', 'via']);

function caselessBrandCue(
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  i: number,
): boolean {
  const w = infos[i];
  if (!w || w.common >= 200 || !BRAND_CUES.has(tokens[i - 1]?.lower ?? '') || !adjacent(tokens, i - 1, i))
    return false;
  // "to advocate for": a verb, not the brand
  const next = infos[i + 1];
  return !(next && adjacent(tokens, i, i + 1) && next.stopWord && next.tok.lower !== 'in');
}

/** Words before "in"/"from" that make the next word a place: "lives 15 minutes away in agency". */
const RESIDENCE_CUES = new Set([
  'away',
  'lives',
  'live',
  'living',
  'lived',
  'moved',
  'moves',
  'resides',
  'reside',
  'residing',
  'located',
  'based',
  'born',
  'raised',
]);

/**
 * Whether the locative word at `locative` follows a word of residence ("lives … away in") or a place
 * already found ("st. charles in bend"): a one-word town there may be an ordinary word.
 */
function residenceBefore(tokens: readonly Token[], found: readonly Candidate[], locative: number): boolean {
  const before = tokens[locative - 1];
  if (!before || !adjacent(tokens, locative - 1, locative)) return false;
  if (RESIDENCE_CUES.has(before.lower)) return true;
  return found.some((c) => c.category === 'LOCATION' && c.end === before.end);
}

/** An ordinary word that may be part of a facility's name in a line without casing ("pleasant", "rivers"). */
function caselessPlainWord(p: WordInfo): boolean {
  const lower = p.tok.lower;
  if (p.stopWord || p.medical || p.glued || lower.length < 3 || (p.cls & RELATION) !== 0) return false;
  if (FACILITY_DESCRIPTORS.has(lower) || GENERIC_FACILITY_WORDS.has(lower) || FACILITY_HEADS.has(lower))
    return false;
  if (MONTHS_AND_DAYS.has(lower) || TITLE_WORDS.has(lower)) return false;
  // verbs and adverbs ("called", "previously") are no part of a name
  return !lower.endsWith('ed') && !lower.endsWith('ly');
}

/** Last words of an institution's purpose after "center for": "… for poison and drug information". */
const PURPOSE_ENDS = new Set([
  'information',
  'research',
  'studies',
  'excellence',
  'education',
  'policy',
  'prevention',
  'science',
  'sciences',
  'innovation',
  'advocacy',
  'development',
]);

/**
 * Without casing, the last token of an institution's purpose after the "for" at `k` ("oklahoma center
 * for poison and drug information"): up to six plain words joined by "and", the last one a word of
 * purpose. -1 when none ("… center for follow-up", "… clinic for pain control").
 */
function caselessPurposeEnd(
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  k: number,
): number {
  let last = -1;
  let j = k + 1;
  for (; j < tokens.length && j - k <= 6 && adjacent(tokens, j - 1, j); j++) {
    const q = infos[j];
    if (!q || q.glued) break;
    const joins = (q.tok.lower === 'and' || q.tok.lower === '&') && j > k + 1;
    if (q.stopWord && !joins) break;
    if (PURPOSE_ENDS.has(q.tok.lower)) last = j;
  }
  // the word of purpose ends the phrase: not "mercy hospital for research purposes"
  return last === j - 1 ? last : -1;
}

/** Heads of a natural place that a residence may be on: "out on long lake". */
const NATURAL_HEADS = new Set([
  'lake',
  'river',
  'creek',
  'island',
  'bay',
  'mountain',
  'canyon',
  'valley',
  'springs',
  'beach',
]);
/** Prepositions right before a named place written without a determiner ("at hope haven shelter"). */
const BARE_NAME_CUES = new Set(['at', 'to', 'from', 'on', 'in', 'near', 'into']);

/**
 * Without casing, the first token of a name written without a determiner right after a preposition,
 * where a common noun would need one: two or more plain words, each a name or a town, before a head
 * ("bed held at hope haven shelter"; not "at the homeless shelter", "to art therapy center"), or
 * one word before a lake or a river where someone lives ("lives … out on long lake"). -1 when none.
 */
function caselessBareName(
  lex: DetectionContext['lex'],
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  start: number,
  head: number,
): number {
  const headWord = tokens[head]?.lower ?? '';
  if (WEAK_HEADS.has(headWord)) return -1;
  let first = head;
  let named = 0;
  while (first > start) {
    const p = infos[first - 1];
    // (a short word no lexicon knows is an abbreviation: "from osh mercy hospital")
    if (!p || !caselessPlainWord(p) || (p.common === 0 && p.tok.text.length <= 3)) break;
    // (a census surname that is a common word is no evidence: "to weight loss clinic")
    if (p.firstName || p.otherName || p.city || (p.surname && p.common < 20)) named++;
    first--;
  }
  const plain = head - first;
  // (not part of a town's name: "lived in salt lake city")
  const town = (f: number): boolean => {
    let phrase = '';
    for (let k = f; k <= head + 1; k++) phrase += `${k > f ? ' ' : ''}${tokens[k]?.lower ?? ''}`;
    return adjacent(tokens, head, head + 1) && lex.cities.has(phrase);
  };
  const cued = (f: number): boolean =>
    BARE_NAME_CUES.has(tokens[f - 1]?.lower ?? '') && adjacent(tokens, f - 1, f);
  if (plain >= 2 && named === plain && cued(first)) return town(first) ? -1 : first;
  // "out on long lake": one word (even "long", "big") before a natural head, after a residence word
  const one = infos[head - 1];
  if (!NATURAL_HEADS.has(headWord) || head - 1 < start || !one || one.stopWord || one.medical) return -1;
  if (one.glued || one.tok.text.length < 3 || !cued(head - 1)) return -1;
  for (let k = head - 3; k >= 0 && k >= head - 8; k--) {
    const t = tokens[k];
    if (!t || t.kind === 'punct' || t.line !== tokens[head]?.line) return -1;
    if (RESIDENCE_CUES.has(t.lower)) return town(head - 1) ? -1 : head - 1;
  }
  return -1;
}

/**
 * Without casing, a short or unknown word that names an institution before "health" or "medicine"
 * right after "at", "to", "from": "at wvu medicine", "at memorial satilla health". The words before the
 * head are that word, short like an acronym unless an institution's word comes first ("memorial").
 * Not "at home health", "switched to ayurvedic medicine".
 */
function caselessCuedInstitution(
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  start: number,
  head: number,
): boolean {
  const headWord = tokens[head]?.lower ?? '';
  if (headWord !== 'health' && headWord !== 'medicine') return false;
  if (head - start > 2 || start === head || !BRAND_CUES.has(tokens[start - 1]?.lower ?? '')) return false;
  if (!adjacent(tokens, start - 1, start)) return false;
  let unknown = false;
  const institution = head - start === 2 && INSTITUTION_WORDS.has(tokens[start]?.lower ?? '');
  for (let k = start; k < head; k++) {
    const p = infos[k];
    if (!p) return false;
    const lower = p.tok.lower;
    if (institution && k === start) continue;
    if (p.common !== 0 || p.medical || p.stopWord || p.glued || p.tok.text.length < 3) return false;
    if (!institution && p.tok.text.length > 4) return false;
    if (GENERIC_FACILITY_WORDS.has(lower) || FACILITY_HEADS.has(lower) || lower.includes('-')) return false;
    unknown = true;
  }
  return unknown;
}

/**
 * Without casing, after a health-system brand: a name word, "of" and a word ("avera queen of peace"),
 * ending the phrase. The last token, or -1.
 */
function caselessOfName(
  tokens: readonly Token[],
  infos: readonly (WordInfo | undefined)[],
  k: number,
): number {
  const p = infos[k];
  if (!p || !(inNameLexicon(p) || p.city) || p.medical || p.stopWord) return -1;
  if (tokens[k + 1]?.lower !== 'of' || !adjacent(tokens, k, k + 1)) return -1;
  let j = k + 2;
  if (tokens[j]?.lower === 'the' && adjacent(tokens, j - 1, j)) j++;
  const q = infos[j];
  if (!q || !adjacent(tokens, j - 1, j) || q.stopWord || q.medical || q.glued || q.tok.text.length < 3)
    return -1;
  const next = infos[j + 1];
  const ends = !next || !adjacent(tokens, j, j + 1) || next.stopWord;
  return ends && tokens[j + 1]?.lower !== 'of' ? j : -1;
}

/** Events and buildings named after a county: "the clay county fair". */
const COUNTY_PLACES = new Set(['fair', 'fairgrounds', 'courthouse', 'jail', 'rodeo', 'library', 'museum']);

function span(
  tokens: readonly Token[],
  a: number,
  b: number,
  category: Candidate['category'],
  priority: number,
): Candidate | undefined {
  const x = tokens[a];
  const y = tokens[b];
  if (!x || !y) return undefined;
  return { start: x.start, end: y.end, category, priority };
}

export function detectPlaces(ctx: DetectionContext, state: PlaceDetectorState): Candidate[] {
  const out: Candidate[] = [];
  // (one function per rule: V8 compiles, and after a deoptimisation recompiles, each one alone)
  const scope = placeScope(ctx, state, out);
  detectFacilities(ctx, scope);
  detectHealthSystemBrands(ctx, scope);
  detectCityState(ctx, scope);
  detectKnownTowns(ctx, scope);
  propagateTowns(state, out);
  return out;
}

/** What the place rules share for one text. */
type PlaceScope = ReturnType<typeof placeScope>;

function placeScope(ctx: DetectionContext, state: PlaceDetectorState, out: Candidate[]) {
  const { lex } = ctx;
  const { tokens, infos, flags } = state;
  const n = tokens.length;
  const push = (c: Candidate | undefined): void => {
    if (c) out.push(c);
  };
  const possessiveAt = (k: number): boolean =>
    (tokens[k]?.text === "'" || tokens[k]?.text === '’') &&
    tokens[k + 1]?.lower === 's' &&
    tokens[k]?.start === tokens[k - 1]?.end &&
    tokens[k + 1]?.start === tokens[k]?.end;
  const facilityWordAt = (k: number): boolean => {
    const q = infos[k];
    const lower = q?.tok.lower ?? '';
    return (
      q !== undefined &&
      !q.stopWord &&
      adjacent(tokens, k, k + 1) &&
      (FACILITY_HEADS.has(lower) || GENERIC_FACILITY_WORDS.has(lower))
    );
  };
  const isHealthSystemWord = (p: WordInfo): boolean =>
    lex.healthSystems.has(p.tok.text) || p.healthSystemFirstWord;
  const counts = (p: WordInfo, head: string): boolean => {
    if ((p.cls & (FACILITY_HEAD | GENERIC_FACILITY | CONNECTOR)) !== 0) return false;
    if (
      p.stopWord ||
      (p.cls & RELATION) !== 0 ||
      (p.medical && (isSpecialtyWord(p.tok.lower) || SPECIALTY_HEADS.has(head)))
    )
      return false;
    if (isHealthSystemWord(p)) return true;
    if ((p.cls & STATE_NAME) !== 0) return !GOVERNMENT_HEADS.has(head);
    if (p.mode !== 'mixed') return caselessProper(p) && !FACILITY_DESCRIPTORS.has(p.tok.lower);
    if (p.acronym && p.common >= 20) return false;
    return true;
  };
  return {
    lex,
    tokens,
    infos,
    flags,
    n,
    out,
    push,
    possessiveAt,
    facilityWordAt,
    isHealthSystemWord,
    counts,
  };
}

/** Rule 1 of {@link detectPlaces}. */
function detectFacilities(ctx: DetectionContext, scope: PlaceScope): void {
  const { lex, tokens, infos, flags, n, push, possessiveAt, facilityWordAt, isHealthSystemWord, counts } =
    scope;
  // 1. facilities: capitalised runs that contain a head word ("Keokuk Area Hospital", "Mercy Regional")
  for (let i = 0; i < n; i++) {
    if ((~(flags[i] ?? 0) & (TOKEN.cap | FACILITY_HEAD)) !== 0) continue;
    const w = infos[i];
    if (!w) continue;
    const head = w.tok.lower;

    let start = i;
    for (let k = i - 1; k >= 0 && i - k <= 9; k--) {
      const t = tokens[k];
      if (!t || !adjacent(tokens, k, k + 1)) break;
      if (t.kind === 'punct') {
        if (t.text === '-' || t.text === '–' || t.text === '&') continue;
        if (t.text === '.' && tokens[k - 1]?.lower === 'st') continue;
        // without casing, a given name's middle initial: "jennie m. melham memorial medical center"
        if (t.text === '.' && caselessInitialAt(tokens, infos, k - 1)) {
          k--;
          continue;
        }
        break;
      }
      if (t.lower === 's' && possessiveAt(k - 1)) {
        k--; // "Children's": skip the apostrophe too
        continue;
      }
      const p = infos[k];
      if (!p || !placeWord(p)) break;
      if (p.stopWord && (p.cls & CONNECTOR) === 0) break;
      // without casing, "seen in our clinic at logan regional" is two phrases: only "of" joins a name
      // (and "and" after a facility's word, close to a strong head: "niobrara health and life center")
      if (
        p.mode !== 'mixed' &&
        (p.cls & CONNECTOR) !== 0 &&
        (p.tok.lower === 'the' || (p.cls & CASELESS_CONNECTOR) === 0) &&
        !(p.tok.lower === 'and' && i - k <= 3 && STRONG_HEADS.has(head) && facilityWordAt(k - 1))
      )
        break;
      if (p.mode === 'mixed' && !p.cap && (p.cls & CONNECTOR) === 0) break;
      // without casing, a medical word that names no place ends the name: "dyspnea" in "… for dyspnea"
      if (
        p.mode !== 'mixed' &&
        p.medical &&
        !caselessProper(p) &&
        (p.cls & STATE_NAME) === 0 &&
        (p.cls & GENERIC_FACILITY) === 0 &&
        (p.cls & FACILITY_HEAD) === 0 &&
        !isHealthSystemWord(p)
      )
        break;
      if ((p.cls & MONTH_LIKE) !== 0) break;
      start = k;
    }
    let end = i;
    let compassName = false;
    for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
      const t = tokens[k];
      if (!t || !adjacent(tokens, k - 1, k)) break;
      if (possessiveAt(k)) {
        end = k + 1;
        k++;
        continue;
      }
      if (t.kind === 'punct') {
        // "UP Health System–Portage"
        if (
          (t.text === '–' || t.text === '-' || t.text === '&') &&
          infos[k + 1]?.cap &&
          infos[k + 1]?.mode === 'mixed'
        ) {
          end = k + 1;
          k++;
          continue;
        }
        break;
      }
      const p = infos[k];
      if (!p) break;
      if ((p.cls & FACILITY_HEAD) !== 0 && p.cap) {
        end = k;
        continue;
      }
      // "the clay county fair": an event or a building named after the county
      if (
        k === end + 1 &&
        COUNTY_PLACES.has(p.tok.lower) &&
        p.cap &&
        (head === 'county' || head === 'parish')
      ) {
        end = k;
        break;
      }
      // "anyone at regional west": an institution's word and a compass word, after "at", "to", "from"
      if (
        k === i + 1 &&
        start === i &&
        INSTITUTION_WORDS.has(head) &&
        COMPASS_WORDS.has(p.tok.lower) &&
        p.cap &&
        BRAND_CUES.has(tokens[i - 1]?.lower ?? '') &&
        adjacent(tokens, i - 1, i) &&
        !FACILITY_HEADS.has(tokens[k + 1]?.lower ?? '')
      ) {
        end = k;
        compassName = true;
        break;
      }
      // without casing, "oklahoma center for poison and drug information"
      if (p.tok.lower === 'for' && p.mode !== 'mixed' && STRONG_HEADS.has(tokens[k - 1]?.lower ?? '')) {
        const last = caselessPurposeEnd(tokens, infos, k);
        if (last > k) end = last;
        break;
      }
      if ((p.tok.lower === 'of' || p.tok.lower === '&') && p.mode !== 'mixed') {
        // "university of iowa hospitals", "hospice of the panhandle": proper words after the connector
        let j = k;
        while (
          j < tokens.length &&
          CASELESS_CONNECTORS.has(tokens[j]?.lower ?? '') &&
          adjacent(tokens, j - 1, j)
        )
          j++;
        let last = -1;
        while (j < tokens.length && j - k <= 4 && adjacent(tokens, j - 1, j)) {
          const q = infos[j];
          const named =
            q !== undefined &&
            (!q.medical || (q.cls & STATE_NAME) !== 0) &&
            (inNameLexicon(q) || q.city || isHealthSystemWord(q) || (q.cls & STATE_NAME) !== 0);
          if (!q || !(named || (q.cls & FACILITY_HEAD) !== 0)) break;
          if ((q.cls & MONTH_OR_DAY) !== 0 || q.stopWord) break;
          last = j;
          j++;
        }
        if (last < 0) break;
        end = last;
        k = last;
        continue;
      }
      if ((p.cls & RIGHT_CONNECTOR) !== 0 && p.mode === 'mixed' && !p.cap) {
        // "University of Iowa Hospitals", "Hospice of the Panhandle", "Center for Poison and Drug Information"
        let j = k;
        while (
          j < tokens.length &&
          RIGHT_CONNECTORS.has(tokens[j]?.lower ?? '') &&
          adjacent(tokens, j - 1, j)
        )
          j++;
        let last = -1;
        while (
          j < tokens.length &&
          j - k <= 6 &&
          infos[j]?.cap &&
          infos[j]?.mode === 'mixed' &&
          !MONTHS_AND_DAYS.has(tokens[j]?.lower ?? '') &&
          adjacent(tokens, j - 1, j)
        ) {
          last = j;
          j++;
          while (
            RIGHT_CONNECTORS.has(tokens[j]?.lower ?? '') &&
            infos[j + 1]?.cap &&
            adjacent(tokens, j - 1, j)
          )
            j++;
        }
        if (last < 0) break;
        end = last;
        k = last;
        continue;
      }
      break;
    }
    let distinct = 0;
    let words = 0;
    for (let k = start; k <= end; k++) {
      const p = infos[k];
      if (!p || (p.tok.lower === 's' && possessiveAt(k - 1))) continue;
      words++;
      if (counts(p, head)) distinct++;
    }
    const first = infos[start];
    if (
      first &&
      first.medical &&
      first.sentenceStart &&
      start < i &&
      !first.surname &&
      !first.city &&
      !first.firstName
    ) {
      // "Labs at ...", "Update ..." at a sentence start are not part of the name
      start++;
      if (counts(first, head)) distinct--;
      words--;
    }
    if (first && (first.cls & INSURER) !== 0) continue;
    // without casing, a name made of ordinary words or a town before the head ("red oak medical center")
    const caselessStart = w.mode !== 'mixed' ? caselessNameStart(lex, tokens, infos, start, i) : -1;
    if (caselessStart >= 0 && distinct === 0) distinct = 1;
    // "at wvu medicine", "at memorial satilla health": a word no lexicon knows names the institution
    const cuedInstitution = w.mode !== 'mixed' && caselessCuedInstitution(tokens, infos, start, i);
    if ((cuedInstitution || compassName) && distinct === 0) distinct = 1;
    // "King's College score", "Ottawa ankle rules": a clinical rule named after a place
    if (RULE_WORDS.has(tokens[end + 1]?.lower ?? '')) continue;
    // without casing, generic words before a head ("a critical access hospital") make no name
    const strong = STRONG_HEADS.has(head) && words >= 3 && w.mode === 'mixed';
    if (distinct === 0 && !strong) continue;
    if (WEAK_HEADS.has(head) && distinct === 0) continue;
    // without casing, a weak head ("base", "office", "network") needs a name, town or brand before it
    if (WEAK_HEADS.has(head) && w.mode !== 'mixed') {
      let named = false;
      for (let k = start; k < i; k++) {
        const p = infos[k];
        if (possessiveAt(k)) named = false;
        if (p && counts(p, head) && (inNameLexicon(p) || p.city || isHealthSystemWord(p))) named = true;
      }
      if ((!named && !cuedInstitution) || possessiveAt(i - 2)) continue;
    }
    // without casing, the name starts at its first distinctive word: "(the) keokuk area hospital"
    if (w.mode !== 'mixed') {
      const keeps = (p: WordInfo | undefined): boolean =>
        p !== undefined &&
        (counts(p, head) ||
          ((p.cls & GENERIC_FACILITY) !== 0 && !p.stopWord) ||
          COMPASS_WORDS.has(p.tok.lower));
      while (start < i && start !== caselessStart && !cuedInstitution && !keeps(infos[start])) {
        // "yk delta regional hospital": two letters no lexicon knows, right before the name's own word
        const p = infos[start];
        const next = infos[start + 1];
        const short = p !== undefined && p.tok.text.length === 2 && p.common === 0 && !p.medical;
        if (short && !p.glued && !p.stopWord && next && counts(next, head)) break;
        start++;
      }
    }
    while (start < end && CONNECTORS.has(tokens[start]?.lower ?? '')) start++;
    if (head === 'county' || head === 'parish' || head === 'borough' || head === 'township') {
      push(span(tokens, start, end, 'LOCATION', PRIORITY.cityState));
    } else {
      push(span(tokens, start, end, 'LOCATION', PRIORITY.facility));
    }
  }
}

/** Rule 2 of {@link detectPlaces}. */
function detectHealthSystemBrands(ctx: DetectionContext, scope: PlaceScope): void {
  const { lex, tokens, infos, flags, n, push, possessiveAt, isHealthSystemWord } = scope;
  // 2. health-system brands: "Mayo", "UAMS", "Sanford Bemidji", "Avera Queen of Peace"
  const hsPrefixes = healthSystemPrefixes(lex);
  for (let i = 0; i < n; i++) {
    if ((~(flags[i] ?? 0) & (TOKEN.cap | TOKEN.healthSystemFirstWord)) !== 0) continue;
    const w = infos[i];
    if (!w) continue;
    let matched = -1;
    let phrase = '';
    for (let k = i; k < tokens.length && k - i < lex.maxHealthSystemWords + 3; k++) {
      const t = tokens[k];
      if (!t || (k > i && !adjacent(tokens, k - 1, k))) break;
      phrase += t.text;
      // (a word's `lower` is its text lower-cased)
      const lower = k === i ? w.tok.lower : phrase.toLowerCase();
      // acronyms match in their own case only ("CHOP", never "pork chop")
      if (lex.healthSystemAcronyms.has(phrase) || lex.healthSystemNames.has(lower)) matched = k;
      else if (w.mode === 'lower' && (infos[k]?.common ?? 1) === 0 && caselessAcronyms(lex).has(lower))
        // "uams", "ummc": in a note typed in lower case, an acronym that is no ordinary word
        matched = k;
      // no name starts with the phrase so far: a longer phrase cannot match either
      if (hsPrefixes !== null && !hsPrefixes.has(lower)) break;
      const next = tokens[k + 1];
      if (next) phrase += ctx.text.slice(t.end, next.start);
    }
    if (matched < 0) continue;
    const single = matched === i;
    // (a brand that is also a rare word counts after "at", "by", "to": "peds surgery at renown in reno")
    if (w.mode !== 'mixed' && single && w.common > 0 && !caselessBrandCue(tokens, infos, i)) continue;
    // a one-word brand that is also a common word or a name needs to sit mid-sentence ("at Mercy")
    if (single && (w.common >= 20 || w.firstName) && w.sentenceStart) continue;
    let end = matched;
    for (let k = matched + 1; k < tokens.length && k - matched <= 5; k++) {
      const t = tokens[k];
      if (!t || !adjacent(tokens, k - 1, k)) break;
      if (t.text === '.' && tokens[k - 1]?.lower === 'st') continue;
      if (possessiveAt(k)) {
        end = k + 1;
        k++;
        continue;
      }
      const p = infos[k];
      if (p && p.mode !== 'mixed') {
        // "avera mckennan", "uf health jacksonville": a head word, a name or a town after the brand
        if ((p.cls & MONTH_OR_DAY) !== 0 || p.stopWord || (p.tok.text.length < 3 && p.tok.lower !== 'st'))
          break;
        // "avera queen of peace": a name word, "of" and a word
        const ofName = caselessOfName(tokens, infos, k);
        if (ofName > k) {
          end = ofName;
          break;
        }
        // "sanford thief river falls": a town of several words, ordinary words or not
        const town = townOfSeveralWords(lex, tokens, k);
        if (town > k) {
          end = town;
          k = town;
          continue;
        }
        // (a short unknown word is more often a unit's abbreviation: "unm hospital micu")
        const named = inNameLexicon(p) || p.city || isHealthSystemWord(p) || p.tok.text.length >= 5;
        if (!((p.cls & FACILITY_HEAD) !== 0 || (caselessProper(p) && !p.medical && named))) break;
        end = k;
        continue;
      }
      if (!p || p.mode !== 'mixed') break;
      if ((p.cls & RIGHT_CONNECTOR) !== 0 && !p.cap && infos[k + 1]?.cap && adjacent(tokens, k, k + 1)) {
        if (MONTHS_AND_DAYS.has(tokens[k + 1]?.lower ?? '')) break;
        continue;
      }
      if (!p.cap || p.acronym || p.stopWord || (p.cls & MONTH_OR_DAY) !== 0) break;
      if (p.medical && (p.cls & FACILITY_HEAD) === 0) break;
      end = k;
    }
    // "Hazard ARH": the town in front of a brand belongs to it
    const before = infos[i - 1];
    const from =
      before && before.cap && before.city && !before.stopWord && adjacent(tokens, i - 1, i) ? i - 1 : i;
    push(span(tokens, from, end, 'LOCATION', PRIORITY.facility - 1));
    i = end;
  }
}

/** Rule 3 of {@link detectPlaces}. */
function detectCityState(ctx: DetectionContext, scope: PlaceScope): void {
  const { lex, tokens, infos, flags, n, push } = scope;
  // 3. "City, ST" and "City, State": "Ottumwa, IA", "Abingdon, Virginia", "Edmundston, New Brunswick"
  for (let i = 0; i < n; i++) {
    if (((flags[i] ?? 0) & TOKEN.comma) === 0) continue;
    const comma = tokens[i];
    if (!comma) continue;
    const stTok = tokens[i + 1];
    if (!stTok || stTok.kind !== 'word' || stTok.line !== comma.line) continue;
    // a state is a two-letter code or a name whose first word this is: rule the rest out cheaply
    if (stTok.text.length > 2 && !STATE_FIRST_WORDS.has(stTok.lower)) continue;
    const code = stTok.text.replace(DOTS, '').toUpperCase();
    // a lower-case code ("selma, al") counts only in a lower-case note, and only for a known town there
    const lowerCode = STATE_CODES.has(code) && stTok.text !== stTok.text.toUpperCase();
    if (lowerCode && ctx.tokenized.lineCase[stTok.line] !== 'lower') continue;
    let isState = STATE_CODES.has(code);
    const full = `${stTok.lower} ${tokens[i + 2]?.lower ?? ''}`;
    if (!isState && (STATE_NAMES.has(stTok.lower) || STATE_NAMES.has(full))) isState = true;
    if (!isState) continue;
    // the place: the longest known town right before the comma, else the last capitalised word
    const endTok = infos[i - 1];
    if (!endTok || !endTok.cap || endTok.stopWord || !adjacent(tokens, i - 1, i)) continue;
    if (STATE_CODES.has(endTok.tok.text) || (endTok.cls & STATE_NAME) !== 0) continue;
    let start = i - 1;
    for (let k = i - 2; k >= 0 && i - 1 - k < 4; k--) {
      const p = infos[k];
      if (!p || !adjacent(tokens, k, k + 1) || !p.cap || p.stopWord) break;
      const phrase = tokens
        .slice(k, i)
        .map((t) => t.lower)
        .join(' ');
      if (lex.cities.has(phrase)) start = k;
    }
    const name = tokens
      .slice(start, i)
      .map((t) => t.lower)
      .join(' ');
    const states = lex.cities.get(name);
    if (STATE_CODES.has(code) && AMBIGUOUS_STATE_CODES.has(code) && !(states && states.has(code))) continue;
    if (lowerCode && !(states && states.has(code))) continue;
    if (STATE_NAMES.has(stTok.lower) && !states) continue;
    if ((endTok.medical || endTok.acronym) && !(states && (states.has(code) || !STATE_CODES.has(code))))
      continue;
    if (start === i - 1 && !states && (endTok.common >= 200 || endTok.acronym)) continue;
    push(span(tokens, start, i - 1, 'LOCATION', PRIORITY.cityState));
  }
}

/** Rule 4 of {@link detectPlaces}. */
function detectKnownTowns(ctx: DetectionContext, scope: PlaceScope): void {
  const { lex, tokens, infos, flags, n, out, push, possessiveAt } = scope;
  // 4. known US towns: after a locative word ("in Agency"), multi-word names ("Sioux Falls"), or unambiguous ones
  const towns = cityTree(lex);
  for (let i = 0; i < n; i++) {
    if (
      ((flags[i] ?? 0) & (TOKEN.cap | TOKEN.cityFirstWord | STOP_WORD)) !==
      (TOKEN.cap | TOKEN.cityFirstWord)
    )
      continue;
    const w = infos[i];
    if (!w) continue;
    if (w.mode === 'mixed' && w.acronym) continue;
    // the longest known town among the capitalised words from here, walking the tree of town names
    // (a capitalised word that is no stop word is a town by itself exactly when its `city` is set)
    let best = w.city ? i : -1;
    let runEnd = i;
    let level: Map<string, CityNode> | undefined;
    for (let k = i + 1; k < n && k - i < lex.maxCityWords; k++) {
      const p = infos[k];
      if (!p || !adjacent(tokens, k - 1, k) || !p.cap) break;
      runEnd = k;
      // (the large map of towns is read only for a word that may start a name of several words,
      // and the small maps of later words only for a word that is one in some town's name)
      if (k === i + 1)
        level = ((flags[i] ?? 0) & TOKEN.cityMultiFirstWord) !== 0 ? towns.get(w.tok.lower)?.next : undefined;
      const node: CityNode | undefined =
        level !== undefined && ((flags[k] ?? 0) & TOKEN.cityLaterWord) !== 0
          ? level.get(p.tok.lower)
          : undefined;
      if (node?.city === true) best = k;
      level = node?.next;
    }
    if (best < 0) continue;
    // the whole run of capitalised words, as one phrase
    let phrase = w.tok.lower;
    for (let k = i + 1; k <= runEnd; k++) phrase = `${phrase} ${infos[k]?.tok.lower ?? ''}`;
    if ((w.cls & MONTH_LIKE) !== 0 || STATE_NAMES.has(phrase) || (w.cls & TITLE_WORD) !== 0) continue;
    if (STATE_NAMES.has(`${tokens[i - 1]?.lower ?? ''} ${phrase}`)) continue; // "New Brunswick"
    const words = best - i + 1;
    const prev = infos[i - 1];
    const prevTok = tokens[i - 1];
    // "in Agency", and "…Regional Hospital, Elko": a town right after a facility's name
    const afterFacility =
      prevTok?.text === ',' && FACILITY_HEADS.has(tokens[i - 2]?.lower ?? '') && infos[i - 2]?.cap === true;
    // a signature's place: "— Priya Raman, DO, Ottumwa"
    const afterCredential = prevTok?.text === ',' && SIGNATURE_CREDENTIALS.has(tokens[i - 2]?.lower ?? '');
    const locative =
      (prev !== undefined && (prev.cls & LOCATIVE_WORD) !== 0 && adjacent(tokens, i - 1, i)) ||
      afterFacility ||
      afterCredential;
    const nextTok = tokens[best + 1];
    const nextIsTag = nextTok?.text === '[' && adjacent(tokens, best, best + 1);
    const followedByCap =
      nextIsTag ||
      (infos[best + 1]?.cap === true &&
        adjacent(tokens, best, best + 1) &&
        infos[best + 1]?.mode === 'mixed');
    // "in Wilson disease", "Glasgow coma scale": a medical word after it makes it an eponym
    const medicalNext = MEDICAL_FOLLOWERS.has(infos[best + 1]?.tok.lower ?? '') || possessiveAt(best + 1);
    if (medicalNext) continue;
    if (w.mode !== 'mixed') {
      // no casing to go by: a town that is no English word and no name, or one after a locative word
      const phraseWords = infos.slice(i, best + 1);
      const anyMedical = phraseWords.some((p) => !p || p.medical);
      // "iowa city", "sioux falls", "ann arbor": a town of several words, one of them no ordinary word
      const distinctive = phraseWords.some((p) => p && (p.common < 20 || (p.cls & STATE_NAME) !== 0));
      const several = words >= 2 && !anyMedical && (distinctive || locative);
      // "outside eldon", "to denver": one word that is no ordinary word, after a locative word
      // (an eponym that is also a town, "in denver (waitlist)", only when no word follows it)
      const nextWord = infos[best + 1];
      const bareEnd = !nextWord || !adjacent(tokens, best, best + 1) || nextWord.stopWord;
      const caselessLocative =
        locative || (prev !== undefined && prev.tok.lower === 'for' && adjacent(tokens, i - 1, i));
      // (a town that is also a less common word ends its phrase: "lives alone in hazard;", "to bend.")
      const clauseEnd = tokens[best + 1] === undefined || tokens[best + 1]?.kind === 'punct';
      const afterLocative =
        caselessLocative &&
        (!anyMedical || bareEnd) &&
        w.tok.text.length >= 4 &&
        (w.common === 0 ||
          (words === 1 &&
            (clauseEnd || residenceBefore(tokens, out, i - 1)) &&
            w.common < 1000 &&
            !anyMedical &&
            !w.firstName));
      // a lone unknown word that is also a town ("fontanelle", "sentinel") needs a locative word: it is
      // too often a medical term the vocabulary does not list
      if (several || afterLocative) {
        push(span(tokens, i, best, 'LOCATION', PRIORITY.place));
        i = best;
      }
      continue;
    }
    if (followedByCap && nextTok) continue; // part of a longer proper name, handled elsewhere
    // an eponym after "in" ("in Lyme carditis") is followed by a lower-case word; a town is not
    const lowerNext =
      infos[best + 1] !== undefined && infos[best + 1]?.cap === false && adjacent(tokens, best, best + 1);
    if (locative && !(w.medical && lowerNext)) {
      push(span(tokens, i, best, 'LOCATION', PRIORITY.place + 1));
      i = best;
      continue;
    }
    if (w.medical) continue;
    if (words >= 2 && infos.slice(i, best + 1).every((p) => p && p.cap && !p.medical)) {
      push(span(tokens, i, best, 'LOCATION', PRIORITY.place));
      i = best;
      continue;
    }
    const rareSurname = !w.surname || w.surnameRank > 3000;
    if (words === 1 && w.common === 0 && !w.firstName && rareSurname && w.tok.text.length > 3) {
      push(span(tokens, i, best, 'LOCATION', PRIORITY.place - 1));
    }
  }
}

/**
 * Without casing, a town found once ("in bangor") is a town elsewhere in the text too ("the bangor
 * team"), unless a medical word follows it there.
 */
function propagateTowns(state: PlaceDetectorState, out: Candidate[]): void {
  const { tokens, infos } = state;
  const known = new Set<string>();
  let ti = 0;
  const found = out.filter((c) => c.category === 'LOCATION').sort((a, b) => a.start - b.start);
  for (const c of found) {
    while (ti < tokens.length && (tokens[ti]?.end ?? 0) <= c.start) ti++;
    const w = infos[ti];
    // a one-word town in a line without casing, and no ordinary word
    if (!w || w.mode === 'mixed' || tokens[ti]?.end !== c.end || !w.city || w.common > 0) continue;
    if (w.tok.text.length < 4 || w.stopWord) continue;
    known.add(w.tok.lower);
  }
  if (known.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    const w = infos[k];
    if (!w || w.mode === 'mixed' || !known.has(w.tok.lower)) continue;
    if (MEDICAL_FOLLOWERS.has(infos[k + 1]?.tok.lower ?? '')) continue;
    out.push({ start: w.tok.start, end: w.tok.end, category: 'LOCATION', priority: PRIORITY.place - 2 });
  }
}

/** First words of the state names ("new" of "New York"), for a cheap test before the full one. */
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set([...STATE_NAMES].map((n) => n.split(' ')[0] ?? n));

const MONTHS_LIKE = new Set([
  'may',
  'june',
  'july',
  'august',
  'march',
  'april',
  'january',
  'monday',
  'friday',
  'sunday',
  'christmas',
  'easter',
]);

const FACILITY_HEAD = wordClassBit(FACILITY_HEADS);
const GENERIC_FACILITY = wordClassBit(GENERIC_FACILITY_WORDS);
const CONNECTOR = wordClassBit(CONNECTORS);
const CASELESS_CONNECTOR = wordClassBit(CASELESS_CONNECTORS);
const RIGHT_CONNECTOR = wordClassBit(RIGHT_CONNECTORS);
const MONTH_LIKE = wordClassBit(MONTHS_LIKE);
const TITLE_WORD = wordClassBit(TITLE_WORDS);
const LOCATIVE_WORD = wordClassBit(LOCATIVE);
const INSURER = wordClassBit(INSURERS);
