import { matchesAt, numbersBetween, numbersFollowedBy } from '../engine/anchors.js';
import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

const AGE_WITH_UNIT =
  /(?<![\w.+])(\d{2,3})(\s?-?\s?)(y\/o|y\.o\.?|yo|yrs?(?:\s?old)?|y-old|years?[\s-]old|year-old|yr-old|years?(?=\s(?:of age|ago)?)|y(?=[\s,;)]))(?![\w\/])/iy;
const AGE_SEX = /(?<![\w.+-])(\d{2,3})(?=\s?[MF](?![\w]))/y;
const DOTS = /\./g;
/** A temperature before "101 F": "Temp 101 F", "T 99 F", "spiked to 102 F". */
const TEMPERATURE_BEFORE = /\b(?:t|temp|tmax|tm|temperature|fever|febrile|spiked|to|of)\s?:?\s?$/i;
/** "96f", "92m" where the line has no casing: the sex written against the age. */
const AGE_SEX_CASELESS = /(?<![\w.+-])(\d{2,3})(?=[mf](?![\w]))/y;
/** A decade of life past 89: "in her 90s", "mid-90s". */
const AGE_DECADE = /(?<![\w.+])(9|1[01])0['’]?s\b/iy;
const DECADE_CUE = /\b(?:his|her|their|the|mid|late|early|in)[\s-]$/i;
/** A decade that is someone's: "her 90s", "his late 90s". */
const OWNED_DECADE = /\b(?:his|her|their)\b/i;
const AGE_SPELLED =
  /\b(?:ninety|one hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?=[\s-]?(?:years?|yo\b|y\/o))(?:[\s-]years?(?:[\s-]old)?)?/iy;
/** A spelled-out age with no unit after it, read only after an age cue: "she is ninety-two". */
const AGE_SPELLED_BARE =
  /(?:ninety|one hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?\b(?![\s-]*(?:percent|%|mg|mcg|kg|lbs?|pounds|minutes|mins|seconds|hours|days|weeks|months|miles|feet|degrees|units|beats|times))/iy;
/** The last clause break of a short stretch of text: what follows it is the current clause. */
const CLAUSE_END = /[.,;:(][^.,;:(]*$/;
const SPELLED_AGE_CUES = new Set(['age', 'aged', 'is', 'was', 'turns', 'turned', 'turning', 'now']);
const AGE_CONTEXT =
  /(?<![\w.+\/-])(9\d|1[01]\d)(?![\w\/%+]|[.,]\d|\s?(?:%|mg|mcg|mm|cm|bpm|kg|lb|ml|min|hours?|days?|weeks?|months?|°|units?|percent|miles?|mi\b|km|feet|ft\b|yards?|meters?|\/|x\b|s\b))/iy;
const VITAL_WORDS =
  /\b(?:hr|bp|sats?|spo2|o2|pulse|rate|map|glucose|bg|sugars?|weight|wt|rr|temp|hgb|plt|ef|ldl|na|k|cr|fev1|dose|doses|score|qrs|qtc|level|mmhg|bpm|fio2|pao2|hct|wbc|bun|tsh|a1c|lvef|heart|systolic|diastolic|percentile|iq|%|minutes|mins|miles|mi|pounds|lbs|kg|degrees|units|mg|ml)\b/i;
const ROOM_WORDS = new Set([
  'rm',
  'room',
  'bed',
  'chair',
  'bay',
  'unit',
  'suite',
  'apt',
  'lot',
  'pod',
  'day',
  'hwy',
  'route',
]);
const AGE_CUES = new Set(['age', 'aged', 'at', 'turns', 'turned', 'turning', 'is', 'was', 'of', 'now']);
/** "patients up to 96", "aged up to 102": people (or an age) before "up to". */
const PEOPLE_UP_TO =
  /\b(?:patients|people|adults|women|men|residents|persons|individuals|ages|aged)\s{1,3}up\s{1,3}$/i;

const AGE_PUNCT = /[,(:]/;
const NAME_CHAR = /[\p{L}'.-]/u;
const SPELLED_NUMBER = /^(?:ninety|one hundred)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?/i;
const CAPITALISED_WORD = /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}[\p{L}'.-]*$/u;
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

export const AGE_PATTERNS: readonly RegExp[] = [
  AGE_DECADE,
  DECADE_CUE,
  OWNED_DECADE,
  AGE_PUNCT,
  NAME_CHAR,
  SPELLED_NUMBER,
  AGE_SPELLED_BARE,
  CLAUSE_END,
  CAPITALISED_WORD,
  CAPITALS_WORD,
  AGE_WITH_UNIT,
  AGE_SEX,
  TEMPERATURE_BEFORE,
  AGE_SEX_CASELESS,
  DOTS,
  AGE_SPELLED,
  AGE_CONTEXT,
  VITAL_WORDS,
  PEOPLE_UP_TO,
];

function isOld(n: number): boolean {
  return n >= 90 && n <= 125;
}

function wordBefore(text: string, index: number): { word: string; punct: string } {
  let i = index - 1;
  while (i >= 0 && text[i] === ' ') i--;
  const punct = i >= 0 && AGE_PUNCT.test(text[i] ?? '') ? (text[i] ?? '') : '';
  if (punct !== '') i--;
  while (i >= 0 && text[i] === ' ') i--;
  let j = i;
  while (j >= 0 && NAME_CHAR.test(text[j] ?? '')) j--;
  return { word: text.slice(j + 1, i + 1), punct };
}

/** True when the token at `offset` sits on a line typed all in capitals or all in lower case. */
function caselessAt(ctx: DetectionContext, offset: number): boolean {
  const { tokens, lineCase } = ctx.tokenized;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = tokens[lo]?.line;
  return line !== undefined && (lineCase[line] ?? 'mixed') !== 'mixed';
}

/**
 * "restart lithium at a lower dose at 90" in the note of a 90-year-old: the age already found, after an
 * age cue, is that age again though the clause names a dose; not "hr at 90" (a measurement right before
 * the cue). A dose is given in units ("at 90 mg"), which the number's own check keeps.
 */
function repeatedAge(text: string, cueAt: number, cue: string, known: boolean): boolean {
  if (!known || cueAt < 0 || !AGE_CUES.has(cue)) return false;
  const prior = wordBefore(text, cueAt).word.toLowerCase();
  return prior !== '' && (prior === 'dose' || prior === 'doses' || !VITAL_WORDS.test(prior));
}

/** Where a spelled-out age can start: "ninety", "ninety-two-year-old", "one hundred". */
function spelledStarts(ctx: DetectionContext): number[] {
  const out: number[] = [];
  for (const t of ctx.tokenized.tokens) {
    if (t.kind !== 'word') continue;
    // the first letter rules out almost every word before any string comparison
    const first = t.lower.charCodeAt(0);
    if (first !== 110 && first !== 111) continue;
    if (t.lower.startsWith('ninety') || t.lower === 'one') out.push(t.start);
  }
  return out;
}

export function detectAges(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const add = (start: number, end: number, replacement: string): void => {
    out.push({ start, end, category: 'AGE_OVER_89', priority: PRIORITY.age, replacement });
  };
  for (const m of matchesAt(AGE_WITH_UNIT, text, numbersFollowedBy(ctx.tokenized.tokens, ' -yY'))) {
    if (!isOld(Number(m[1]))) continue;
    add(m.index, m.index + m[0].length, `90+${m[2] ?? ''}${m[3] ?? ''}`);
  }
  // "93F": the sex written against the age is one word with it, so the finding covers the word, as
  // it does for "94yoF"; the letter is written back ("90+F"). "93 F" leaves the letter outside.
  const addWithGluedSex = (start: number, end: number): void => {
    const letter = text[end] ?? '';
    if (letter.trim() === '') add(start, end, '90+');
    else add(start, end + 1, `90+${letter}`);
  };
  for (const m of matchesAt(AGE_SEX, text, numbersFollowedBy(ctx.tokenized.tokens, ' MF'))) {
    if (!isOld(Number(m[1]))) continue;
    const unitF = text[m.index + m[0].length] === 'F' || text[m.index + m[0].length + 1] === 'F';
    if (unitF && TEMPERATURE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    addWithGluedSex(m.index, m.index + m[0].length);
  }
  for (const m of matchesAt(AGE_SEX_CASELESS, text, numbersFollowedBy(ctx.tokenized.tokens, 'mf'))) {
    if (!isOld(Number(m[1])) || !caselessAt(ctx, m.index)) continue;
    // "98m" may be metres ("ran 100m"): a male age needs a name or a label before it
    if ((text[m.index + m[0].length] ?? '').toLowerCase() === 'm') {
      const { word, punct } = wordBefore(text, m.index);
      const lower = word.toLowerCase().replace(DOTS, '');
      const nameBefore =
        ctx.lex.firstNames.has(lower) || ctx.lex.surnames.has(lower) || ctx.lex.otherNames.has(lower);
      if (punct === '' && !(nameBefore && !ctx.lex.commonWords.has(lower)) && lower.length > 1) continue;
    }
    addWithGluedSex(m.index, m.index + m[0].length);
  }
  for (const m of matchesAt(AGE_DECADE, text, numbersFollowedBy(ctx.tokenized.tokens, "sS'’"))) {
    if (!DECADE_CUE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "sats in the high 90s", "HR in the 90s": a measurement named in the clause, unless the decade is
    // someone's ("his 90s")
    const clause = text.slice(Math.max(0, m.index - 30), m.index);
    const current = clause.slice(CLAUSE_END.exec(clause)?.index ?? 0);
    if (!OWNED_DECADE.test(current) && VITAL_WORDS.test(current)) continue;
    add(m.index, m.index + m[0].length, '90+');
  }
  for (const m of matchesAt(AGE_SPELLED, text, spelledStarts(ctx))) {
    const rest = m[0].replace(SPELLED_NUMBER, '');
    add(m.index, m.index + m[0].length, `90+${rest}`);
  }
  for (const m of matchesAt(AGE_SPELLED_BARE, text, spelledStarts(ctx))) {
    const end = m.index + m[0].length;
    if (out.some((c) => c.start < end && m.index < c.end)) continue;
    // recall first: a spelled number past 89 with no unit is an age unless a measurement is named
    // before it in the clause ("sats ninety-two"); an age cue ("she is ninety-two") settles it
    const clause = text.slice(Math.max(0, m.index - 30), m.index);
    const cue = SPELLED_AGE_CUES.has(wordBefore(text, m.index).word.toLowerCase());
    if (!cue && VITAL_WORDS.test(clause.slice(CLAUSE_END.exec(clause)?.index ?? 0))) continue;
    add(m.index, end, '90+');
  }
  // the ages already found ("a 90-year-old"): the same number after an age cue is that age again
  const knownAges = new Set<number>();
  for (const c of out) knownAges.add(Number.parseInt(text.slice(c.start, c.start + 3), 10));
  for (const m of matchesAt(AGE_CONTEXT, text, numbersBetween(ctx.tokenized.tokens, 90, 119))) {
    const { word, punct } = wordBefore(text, m.index);
    const lower = word.toLowerCase();
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const clauseStart = Math.max(lineStart, text.lastIndexOf('.', m.index - 1) + 1, m.index - 40);
    const clause = text.slice(clauseStart, m.index);
    // where the cue word starts ("at" of "at 90")
    const cueAt = punct === '' ? text.lastIndexOf(word, m.index - 1) : -1;
    if (VITAL_WORDS.test(clause) && !repeatedAge(text, cueAt, lower, knownAges.has(Number(m[1])))) continue;
    const { lex } = ctx;
    const nameLike =
      (CAPITALISED_WORD.test(word) || (punct === ',' && CAPITALS_WORD.test(word))) &&
      word.length > 1 &&
      !lex.medical.has(lower) &&
      (punct === ',' || !lex.commonWords.has(lower)) &&
      !ROOM_WORDS.has(lower);
    const inNameLexicon = lex.firstNames.has(lower) || lex.surnames.has(lower) || lex.otherNames.has(lower);
    // no casing to go by: "jonas van zee, 103," — a name word (or no ordinary word) before the comma
    const caselessName =
      punct === ',' &&
      word.length > 1 &&
      caselessAt(ctx, m.index) &&
      !lex.medical.has(lower) &&
      !ROOM_WORDS.has(lower) &&
      (inNameLexicon || !lex.commonWords.has(lower));
    const afterName = (nameLike && (punct === ',' || (punct === '' && inNameLexicon))) || caselessName;
    // "patients up to 96": an age limit, not "hr up to 96" (a measurement word in the clause)
    const upTo = lower === 'to' && cueAt > 0 && PEOPLE_UP_TO.test(text.slice(Math.max(0, cueAt - 30), cueAt));
    if (AGE_CUES.has(lower) || afterName || punct === '(' || upTo) {
      add(m.index, m.index + m[0].length, '90+');
      knownAges.add(Number(m[1]));
    }
  }
  return out;
}
