import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';
import { STATE_CODES, STATE_NAMES, type WordInfo } from './word-classes.js';

/** Words that end (or make) the name of a facility or a named place. */
const FACILITY_HEADS = new Set([
  'hospital', 'hospitals', 'medical', 'center', 'centre', 'clinic', 'clinics', 'healthcare', 'health', 'memorial',
  'regional', 'institute', 'infirmary', 'hospice', 'shelter', 'manor', 'school', 'academy', 'university',
  'college', 'park', 'forest', 'mountain', 'lake', 'river', 'county', 'parish', 'borough', 'township',
  'pharmacy', 'rehabilitation', 'rehab', 'sanatorium', 'deaconess', 'medicine', 'system', 'systems', 'home',
  'homes', 'village', 'lodge', 'ranch', 'farm', 'plant', 'mill', 'mine', 'church', 'chapel', 'prison', 'jail',
  'airport', 'station', 'mall', 'casino', 'hotel', 'motel', 'reservation', 'pueblo', 'canyon', 'valley',
  "children's", 'childrens', 'va', 'vamc', 'campus', 'care', 'network', 'physicians', 'associates', 'partners',
  'group', 'practice', 'office', 'department', 'dept', 'facility', 'unit', 'residence', 'living', 'gardens',
  'heights', 'springs', 'creek', 'island', 'bay', 'beach', 'harbor', 'harbour', 'trail', 'camp', 'fort', 'base',
]);

/** Heads that make a place only together with a distinctive word before them. */
const WEAK_HEADS = new Set(['home', 'homes', 'care', 'unit', 'office', 'department', 'dept', 'group', 'practice', 'system', 'systems', 'network', 'plant', 'farm', 'base', 'campus', 'facility', 'living', 'residence', 'medicine', 'health']);

const CONNECTORS = new Set(['of', 'and', '&', 'for', 'the', 'at', 'on', 'de', 'la', 'del']);
const LOCATIVE = new Set([
  'in', 'from', 'near', 'outside', 'to', 'at', 'around', 'toward', 'towards', 'into', 'via', 'between', 'nearby',
  'of', 'out', 'through', 'past', 'downtown', 'uptown', 'within', 'by', 'moved', 'lives', 'reside', 'resides',
]);
const GENERIC_FACILITY_WORDS = new Set([
  'our', 'the', 'a', 'an', 'this', 'that', 'their', 'his', 'her', 'local', 'regional', 'medical', 'center',
  'general', 'community', 'county', 'state', 'university', 'hospital', 'clinic', 'health', 'memorial', 'care',
  'critical', 'access', 'rural', 'children’s', "children's", 'behavioral', 'mental', 'urgent', 'primary',
  'family', 'internal', 'emergency', 'trauma', 'cancer', 'heart', 'kidney', 'dialysis', 'nursing', 'home',
  'rehab', 'rehabilitation', 'long-term', 'skilled', 'assisted', 'living', 'va', 'ihs', 'tribal', 'pediatric',
  'women’s', "women's", 'specialty', 'surgical', 'surgery', 'outpatient', 'inpatient', 'teaching', 'academic',
  'public', 'private', 'city', 'national', 'central', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'system', 'systems', 'school', 'high', 'medicine', 'department', 'unit', 'icu', 'ed', 'er',
  'or', 'lab', 'pharmacy', 'office', 'sleep', 'pain', 'wound', 'burn', 'stroke', 'transplant', 'infusion',
]);

/** Clinical services and specialties: "Hospice & Palliative Medicine" after a signature is not a place. */
function isSpecialtyWord(lower: string): boolean {
  return /(?:ology|iatry|iatrics|ics|ine|ery|ive|al)$/.test(lower);
}

const AMBIGUOUS_STATE_CODES = new Set(['MD', 'PA', 'DE', 'ME', 'OR', 'IN', 'OK', 'ID', 'CO', 'LA', 'MA', 'AL', 'OH', 'HI', 'NE', 'MS', 'MO', 'PR', 'VI', 'GU', 'DC', 'SC', 'NP', 'RN', 'CT', 'UT', 'VA', 'WA', 'MI', 'MN', 'NC', 'ND', 'SD']);

export interface PlaceDetectorState {
  infos: readonly (WordInfo | undefined)[];
  tokens: readonly Token[];
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
  return !w.stopWord || CONNECTORS.has(w.tok.lower);
}

function span(tokens: readonly Token[], a: number, b: number, category: Candidate['category'], priority: number): Candidate | undefined {
  const x = tokens[a];
  const y = tokens[b];
  if (!x || !y) return undefined;
  return { start: x.start, end: y.end, category, priority };
}

export function detectPlaces(ctx: DetectionContext, state: PlaceDetectorState): Candidate[] {
  const { lex } = ctx;
  const { tokens, infos } = state;
  const out: Candidate[] = [];
  const push = (c: Candidate | undefined): void => {
    if (c) out.push(c);
  };
  const distinctive = (w: WordInfo): boolean =>
    !GENERIC_FACILITY_WORDS.has(w.tok.lower) &&
    !CONNECTORS.has(w.tok.lower) &&
    !w.stopWord &&
    !STATE_NAMES.has(w.tok.lower) &&
    !(w.medical && isSpecialtyWord(w.tok.lower)) &&
    !(w.mode !== 'mixed' && w.common >= 200);

  // 1. facilities: capitalised runs that contain a head word ("Keokuk Area Hospital", "Mercy Regional")
  for (let i = 0; i < tokens.length; i++) {
    const w = infos[i];
    if (!w || !FACILITY_HEADS.has(w.tok.lower) || !w.cap) continue;
    if (w.mode === 'mixed' && !w.cap) continue;
    // extend left
    let start = i;
    let distinct = 0;
    for (let k = i - 1; k >= 0 && i - k <= 7; k--) {
      const p = infos[k];
      const t = tokens[k];
      if (!t || !adjacent(tokens, k, k + 1)) break;
      if (t.kind === 'punct' && (t.text === '-' || t.text === '–' || t.text === '&' || t.text === '.')) {
        if (t.text === '.' && tokens[k - 1]?.lower !== 'st') break;
        continue;
      }
      if (!p || !placeWord(p)) break;
      if (p.mode !== 'mixed' && (p.common >= 200 && !FACILITY_HEADS.has(p.tok.lower) && !lex.healthSystems.has(p.tok.lower)) && !GENERIC_FACILITY_WORDS.has(p.tok.lower)) break;
      if (p.stopWord && !CONNECTORS.has(p.tok.lower)) break;
      if (p.mode === 'mixed' && !p.cap && !CONNECTORS.has(p.tok.lower)) break;
      start = k;
      if (distinctive(p) && !FACILITY_HEADS.has(p.tok.lower)) distinct++;
    }
    // extend right over further heads and "of X"
    let end = i;
    for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
      const p = infos[k];
      const t = tokens[k];
      if (!t || !adjacent(tokens, k - 1, k)) break;
      if (t.kind === 'punct' && (t.text === '-' || t.text === '–' || t.text === '&')) continue;
      if (!p) break;
      if (FACILITY_HEADS.has(p.tok.lower) && p.cap) {
        end = k;
        continue;
      }
      if ((p.tok.lower === 'of' || p.tok.lower === 'for' || p.tok.lower === 'and') && infos[k + 1]?.cap && infos[k + 1]?.mode === 'mixed') {
        // "University of Iowa Hospitals", "Center for Poison and Drug Information"
        let j = k + 1;
        while (j < tokens.length && j - k <= 4 && infos[j]?.cap && adjacent(tokens, j - 1, j)) j++;
        end = j - 1;
        k = j - 1;
        const endInfo = infos[end];
        if (endInfo && distinctive(endInfo)) distinct++;
        continue;
      }
      break;
    }
    while (start < i && CONNECTORS.has(tokens[start]?.lower ?? '')) start++;
    const head = w.tok.lower;
    if (distinct === 0 && end === i) continue;
    const endInfo = infos[end];
    if (distinct === 0 && !(end > i && endInfo && distinctive(endInfo))) continue;
    if (WEAK_HEADS.has(head) && distinct === 0) continue;
    const first = infos[start];
    if (first?.sentenceStart && first.common >= 200 && !first.city && start + 1 <= end) {
      // "Labs at ...", "Update ..." at a sentence start are not part of the name
      if (distinctive(first) && !lex.healthSystems.has(first.tok.text)) start++;
    }
    if (head === 'county' || head === 'parish' || head === 'borough' || head === 'township') {
      push(span(tokens, start, end, 'LOCATION', PRIORITY.cityState));
    } else {
      push(span(tokens, start, end, 'LOCATION', PRIORITY.facility));
    }
  }

  // 2. health-system brands: "Mayo", "UAMS", "Sanford Bemidji", "Avera Queen of Peace"
  for (let i = 0; i < tokens.length; i++) {
    const w = infos[i];
    if (!w) continue;
    let matched = -1;
    let phrase = '';
    for (let k = i; k < tokens.length && k - i < lex.maxHealthSystemWords + 2; k++) {
      const t = tokens[k];
      if (!t || (k > i && !adjacent(tokens, k - 1, k))) break;
      phrase += t.text;
      const acronymMatch = lex.healthSystems.has(phrase);
      const wordMatch = w.mode === 'mixed' ? w.cap && lex.healthSystems.has(phrase.toLowerCase()) && !/^[a-z]/.test(phrase) : lex.healthSystems.has(phrase.toLowerCase()) && phrase.toLowerCase() !== phrase;
      if ((acronymMatch || wordMatch) && (tokens[k + 1]?.kind !== 'word' || !adjacent(tokens, k, k + 1) || true)) matched = k;
      const gap = tokens[k + 1] ? ctxGap(ctx.text, t.end, tokens[k + 1]?.start ?? t.end) : '';
      phrase += gap;
    }
    if (matched < 0) continue;
    // a one-word brand that is also a common word needs to sit mid-sentence ("at Mercy", "Banner's")
    if (matched === i && (w.common >= 20 || w.firstName) && (w.sentenceStart || w.mode !== 'mixed')) continue;
    let end = matched;
    for (let k = matched + 1; k < tokens.length && k - matched <= 4; k++) {
      const p = infos[k];
      if (!p || !adjacent(tokens, k - 1, k) || p.mode !== 'mixed' || !p.cap || p.acronym) break;
      if (p.medical || p.stopWord) break;
      end = k;
    }
    push(span(tokens, i, end, 'LOCATION', PRIORITY.facility - 1));
    i = end;
  }

  // 3. "City, ST" and "City, State": "Ottumwa, IA", "Abingdon, Virginia", "Edmundston, New Brunswick"
  for (let i = 0; i < tokens.length; i++) {
    const comma = tokens[i];
    if (!comma || comma.text !== ',') continue;
    const stTok = tokens[i + 1];
    if (!stTok || stTok.kind !== 'word' || stTok.line !== comma.line) continue;
    const code = stTok.text.replace(/\./g, '');
    let isState = STATE_CODES.has(code) && stTok.text === stTok.text.toUpperCase();
    const full = `${stTok.lower} ${tokens[i + 2]?.lower ?? ''}`;
    if (!isState && (STATE_NAMES.has(stTok.lower) || STATE_NAMES.has(full))) isState = true;
    if (!isState) continue;
    // the place: capitalised words right before the comma
    let start = i - 1;
    const endTok = infos[i - 1];
    if (!endTok || !endTok.cap || endTok.stopWord) continue;
    for (let k = i - 2; k >= 0 && i - 1 - k < 3; k--) {
      const p = infos[k];
      if (!p || !adjacent(tokens, k, k + 1) || !p.cap || p.stopWord || p.medical) break;
      if (p.mode === 'mixed' && (p.sentenceStart ? false : false)) break;
      if (p.mode !== 'mixed' && p.common >= 200) break;
      if (p.mode === 'mixed' && p.common >= 200 && !lex.cities.has(`${p.tok.lower} ${tokens[k + 1]?.lower ?? ''}`)) break;
      start = k;
    }
    const name = tokens
      .slice(start, i)
      .map((t) => t.lower)
      .join(' ');
    const states = lex.cities.get(name);
    if (STATE_CODES.has(code) && AMBIGUOUS_STATE_CODES.has(code) && !(states && states.has(code))) continue;
    if (STATE_NAMES.has(stTok.lower) && !states) continue;
    if (endTok.medical && !states) continue;
    push(span(tokens, start, i - 1, 'LOCATION', PRIORITY.cityState));
  }

  // 4. known US towns: after a locative word ("in Agency"), multi-word names ("Sioux Falls"), or unambiguous ones
  for (let i = 0; i < tokens.length; i++) {
    const w = infos[i];
    if (!w || !w.cap || w.stopWord) continue;
    if (w.mode === 'mixed' && w.acronym) continue;
    let best = -1;
    let phrase = '';
    for (let k = i; k < tokens.length && k - i < lex.maxCityWords; k++) {
      const p = infos[k];
      if (!p || (k > i && !adjacent(tokens, k - 1, k)) || !p.cap) break;
      phrase = k === i ? p.tok.lower : `${phrase} ${p.tok.lower}`;
      if (lex.cities.has(phrase)) best = k;
    }
    if (best < 0) continue;
    const words = best - i + 1;
    const prev = infos[i - 1];
    const locative = prev !== undefined && LOCATIVE.has(prev.tok.lower) && adjacent(tokens, i - 1, i);
    const last = infos[best];
    const nextTok = tokens[best + 1];
    const followedByCap = infos[best + 1]?.cap === true && adjacent(tokens, best, best + 1) && infos[best + 1]?.mode === 'mixed';
    if (w.medical || MONTHS_LIKE.has(w.tok.lower)) continue;
    if (STATE_NAMES.has(phrase)) continue;
    if (w.mode !== 'mixed') {
      // no casing: only an unambiguous town after a locative word
      if (locative && w.common === 0 && !w.firstName && words >= 1 && (last?.common ?? 0) === 0) {
        push(span(tokens, i, best, 'LOCATION', PRIORITY.place));
      }
      continue;
    }
    if (followedByCap && nextTok) continue; // part of a longer proper name, handled elsewhere
    if (locative) {
      push(span(tokens, i, best, 'LOCATION', PRIORITY.place + 1));
      i = best;
      continue;
    }
    if (words >= 2 && infos.slice(i, best + 1).every((p) => p && p.cap && !p.medical)) {
      push(span(tokens, i, best, 'LOCATION', PRIORITY.place));
      i = best;
      continue;
    }
    if (words === 1 && w.common === 0 && !w.firstName && !w.surname && !w.otherName && w.tok.text.length > 3) {
      push(span(tokens, i, best, 'LOCATION', PRIORITY.place - 1));
    }
  }

  return out;
}

const MONTHS_LIKE = new Set(['may', 'june', 'july', 'august', 'march', 'april', 'january', 'monday', 'friday', 'sunday', 'christmas', 'easter']);

function ctxGap(text: string, from: number, to: number): string {
  return text.slice(from, to);
}
