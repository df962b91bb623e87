import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';

/**
 * Ages of 90 and over told by words and by ordinals, which the number rules of `age.detector.ts`
 * and `age-shorthand.detector.ts` do not read. All of it works on the shared token list (no
 * pattern runs over the text):
 * - a word that is an age band past 89: "nonagenarian", "centenarian";
 * - a spelled decade after a decade cue: "in her nineties", "mid-nineties", "well into his nineties";
 * - an ordinal before "birthday" or "year": "her 92nd birthday", "100th bday", "in his 90th year",
 *   "ninety-first birthday", "hundredth birthday";
 * - an age whose label stands a few words before it: "Age in years: 94", "Age at admission: 96",
 *   "Age (yrs): 93", "age ~97", "age approx. 97";
 * - a future or past age: "will be 100 in May", "would have been 91";
 * - a number before a word for a person or a sex: "93 woman", "elderly 94 lady", "93, F", "Hospice
 *   admission: 103, female";
 * - a number before the word for "years" of another language, as letters from abroad and their
 *   translations write it: "93 Jahre", "93 anni", "93 años", "93 ans", "93 lat", "93 år";
 * - an age in a table cell: "Age | 96 |";
 * - a spelled-out age of a hundred or more: "a hundred and two years old", "turned one hundred and
 *   three", "a hundred-year-old".
 * Only 90 to 125 is an age; a unit of measure after the number, or a measurement named between
 * the label and the number, keeps it.
 */
const AGE_BAND_WORDS: ReadonlyMap<string, string> = new Map([
  ['nonagenarian', '90+-year-old'],
  ['nonagenarians', '90+-year-olds'],
  ['centenarian', '90+-year-old'],
  ['centenarians', '90+-year-olds'],
  ['supercentenarian', '90+-year-old'],
  ['supercentenarians', '90+-year-olds'],
]);
const SPELLED_DECADES: ReadonlySet<string> = new Set([
  'nineties',
  'mid-nineties',
  'late-nineties',
  'early-nineties',
  'high-nineties',
]);
/** Words right before a spelled decade that make it a person's: "her nineties", "in his mid-nineties". */
const DECADE_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'your', 'my']);
const DECADE_LINKS: ReadonlySet<string> = new Set(['mid', 'late', 'early', 'into', 'in', 'well', '-']);
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
const ORDINAL_HEADS: ReadonlySet<string> = new Set(['birthday', 'bday', 'b-day', 'year', 'yr']);
const SPELLED_ORDINALS: ReadonlySet<string> = new Set([
  'ninetieth',
  'hundredth',
  'ninety-first',
  'ninety-second',
  'ninety-third',
  'ninety-fourth',
  'ninety-fifth',
  'ninety-sixth',
  'ninety-seventh',
  'ninety-eighth',
  'ninety-ninth',
]);
/** What may stand between an age label and its number: "Age in years:", "age at admission", "age ~". */
const LABEL_FILLERS: ReadonlySet<string> = new Set([
  'in',
  'years',
  'yrs',
  'yr',
  'y',
  'at',
  'on',
  'of',
  'admission',
  'presentation',
  'visit',
  'death',
  'onset',
  'time',
  'diagnosis',
  'dx',
  'today',
  'now',
  'approx',
  'approximately',
  'about',
  'around',
  'roughly',
  'est',
  'estimated',
  'reported',
  'stated',
  'is',
  'was',
  'the',
  '(',
  ')',
  ':',
  '.',
  '-',
  '~',
  '=',
  '≈',
  '/',
  '|',
]);
const AGE_LABELS: ReadonlySet<string> = new Set(['age', 'aged', 'ages']);
/** Measurements whose name, between a label and a number, makes the number theirs. */
const MEASUREMENTS: ReadonlySet<string> = new Set([
  'hr',
  'bp',
  'sat',
  'sats',
  'spo2',
  'o2',
  'pulse',
  'rate',
  'weight',
  'wt',
  'temp',
  'glucose',
  'score',
  'dose',
  'level',
]);
/** Units or signs right after a number that make it a measurement. */
const UNIT_AFTER: ReadonlySet<string> = new Set([
  '%',
  'mg',
  'mcg',
  'mm',
  'cm',
  'bpm',
  'kg',
  'kgs',
  'lb',
  'lbs',
  'ml',
  'min',
  'mins',
  'minutes',
  'hours',
  'hrs',
  'days',
  'weeks',
  'months',
  'units',
  'percent',
  'mmhg',
  '°',
  '/',
  '.',
  'x',
]);

/** Words for a person or a sex right after an age: "93 woman", "94, female", "93, F". */
const PERSON_AFTER: ReadonlySet<string> = new Set([
  'woman',
  'man',
  'male',
  'female',
  'lady',
  'gentleman',
  'gent',
  'widow',
  'widower',
  'resident',
  'patient',
  'pt',
  'f',
  'm',
]);
/** Words before a number that make it theirs, not an age: "bed 93, female ward", "HR 96, male". */
const NOT_AN_AGE_BEFORE: ReadonlySet<string> = new Set([
  ...MEASUREMENTS,
  'bed',
  'room',
  'rm',
  'bay',
  'ward',
  'unit',
  'ext',
  'no',
  '#',
  '/',
  'x',
]);
/** "Years" in other languages, after an age: German, Dutch, Scandinavian, Romance, Slavic, Finnish. */
const FOREIGN_YEARS: ReadonlySet<string> = new Set([
  'jahre',
  'jahren',
  'jaar',
  'år',
  'aar',
  'anni',
  'anos',
  'años',
  'ans',
  'ani',
  'lat',
  'let',
  'rokov',
  'roky',
  'vuotta',
  'vuotias',
  'éves',
  'eves',
  'yaşında',
  'yasinda',
  'tuổi',
  'tuoi',
]);
/** The units of a spelled-out number past a hundred: "a hundred and two", "one hundred five". */
const SPELLED_UNITS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
]);
/** Words before a spelled number that make it an age: "turned a hundred", "she is one hundred". */
const SPELLED_AGE_CUES: ReadonlySet<string> = new Set([
  'age',
  'aged',
  'is',
  'was',
  'turned',
  'turns',
  'turning',
  'be',
  'been',
  'now',
  'reached',
  "she's",
  "he's",
  'celebrated',
]);
/** Units after a spelled number that make it a measurement or a count: "a hundred metres". */
const SPELLED_NOT_AGE_AFTER: ReadonlySet<string> = new Set([
  'times',
  'feet',
  'ft',
  'metres',
  'meters',
  'yards',
  'miles',
  'percent',
  'mg',
  'ml',
  'units',
  'days',
  'weeks',
  'months',
  'pounds',
  'kg',
  'steps',
  'people',
  'patients',
  'dollars',
]);

function isOld(n: number): boolean {
  return n >= 90 && n <= 125;
}

/** The token right after `k` with no space before it, on the same line. */
function gluedAfter(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k + 1];
  return t !== undefined && !t.spaceBefore ? t : undefined;
}

function add(out: Candidate[], start: number, end: number, replacement: string): void {
  out.push({ start, end, category: 'AGE_OVER_89', priority: PRIORITY.age, replacement });
}

/** "in her nineties", "in his mid-nineties", "well into her nineties", "their late nineties". */
function spelledDecade(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const p = tokens[j];
    if (p === undefined || p.line !== tokens[k]?.line) return false;
    if (DECADE_OWNERS.has(p.lower)) return true;
    if (!DECADE_LINKS.has(p.lower)) return false;
  }
  return false;
}

/** "92nd birthday", "100th bday", "90th year": the end of the ordinal, or -1. */
function ordinalEnd(tokens: readonly Token[], k: number): number {
  const suffix = gluedAfter(tokens, k);
  if (suffix === undefined || !ORDINAL_SUFFIXES.has(suffix.lower)) return -1;
  const head = tokens[k + 2];
  if (head === undefined || head.line !== suffix.line || !ORDINAL_HEADS.has(head.lower)) return -1;
  return suffix.end;
}

/** A number 90-125 not followed by a unit: "94", not "94%", "94 mg", "94/60", "94.5". */
function bareOldNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'number' || t.text.length > 3 || !isOld(Number(t.text))) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.line !== t.line) return true;
  if (!next.spaceBefore && next.kind === 'word') return false;
  if (next.text === '.' && tokens[k + 2]?.kind === 'number' && !tokens[k + 2]?.spaceBefore) return false;
  return !(UNIT_AFTER.has(next.lower) && next.text !== '.');
}

/** "Age in years: 94", "age approx. 97": an age label a few fillers before the number at `k`. */
function labelledFarBefore(tokens: readonly Token[], k: number): boolean {
  const line = tokens[k]?.line;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const p = tokens[j];
    if (p === undefined || p.line !== line || p.kind === 'number' || MEASUREMENTS.has(p.lower)) return false;
    if (AGE_LABELS.has(p.lower)) return j < k - 1;
    if (!LABEL_FILLERS.has(p.lower)) return false;
  }
  return false;
}

/** "will be 100", "would have been 91", "she'll be 90". */
function futureAge(tokens: readonly Token[], k: number): boolean {
  const be = tokens[k - 1];
  if (be === undefined || (be.lower !== 'be' && be.lower !== 'been')) return false;
  const aux = tokens[k - 2];
  const aux2 = tokens[k - 3];
  if (aux?.lower === 'will' || aux?.lower === 'would' || aux?.lower === 'll') return true;
  return aux?.lower === 'have' && (aux2?.lower === 'would' || aux2?.lower === 'will');
}

/** The token before `k` on the same line, skipping one comma: "93, female" -> "93". */
function nextOnLine(tokens: readonly Token[], k: number): Token | undefined {
  const t = tokens[k];
  let next = tokens[k + 1];
  if (next?.text === ',') next = tokens[k + 2];
  return next !== undefined && next.line === t?.line && next.spaceBefore ? next : undefined;
}

/** "93 woman", "94, female", "93, F", "93 Jahre": a person, a sex or a foreign "years" after the number. */
function personOrYearsAfter(tokens: readonly Token[], k: number): boolean {
  const next = nextOnLine(tokens, k);
  if (next === undefined || next.kind !== 'word') return false;
  const prev = tokens[k - 1];
  const prev2 = tokens[k - 2];
  if (prev !== undefined && prev.line === tokens[k]?.line) {
    if (NOT_AN_AGE_BEFORE.has(prev.lower) || prev.kind === 'number') return false;
    if ((prev.text === ':' || prev.text === '=') && NOT_AN_AGE_BEFORE.has(prev2?.lower ?? '')) return false;
  }
  if (FOREIGN_YEARS.has(next.lower)) return true;
  if (!PERSON_AFTER.has(next.lower)) return false;
  // a lone "m" or "f" is a sex only after a comma ("93, F"): "93 m" may be metres
  return next.text.length > 1 || tokens[k + 1]?.text === ',';
}

/**
 * "a hundred and two years old", "turned one hundred and three", "a hundred-year-old": a spelled
 * number of a hundred or more with an age's unit after it or an age cue before it. Returns the
 * span and its replacement, or undefined.
 */
function spelledHundred(
  tokens: readonly Token[],
  k: number,
): { start: number; end: number; replacement: string } | undefined {
  const t = tokens[k];
  if (t === undefined) return undefined;
  const line = t.line;
  const prev = tokens[k - 1];
  const hyphenated = t.lower.startsWith('hundred-') || t.lower.startsWith('one-hundred');
  if (hyphenated) {
    const at = t.lower.indexOf('-y');
    if (at < 0 || !t.lower.slice(at + 1).startsWith('y')) return undefined;
    const startsWithOne = prev?.lower === 'one' && prev.line === line;
    return {
      start: startsWithOne ? (prev?.start ?? t.start) : t.start,
      end: t.end,
      replacement: `90+${t.text.slice(at)}`,
    };
  }
  if (t.lower !== 'hundred' || prev === undefined || prev.line !== line) return undefined;
  if (prev.lower !== 'one' && prev.lower !== 'a') return undefined;
  let end = k;
  let j = k + 1;
  if (tokens[j]?.lower === 'and' && tokens[j]?.line === line) j++;
  const unit = tokens[j];
  if (unit !== undefined && unit.line === line) {
    // "a hundred and five-yr-old": the unit word carries the age's unit after a hyphen
    const dash = unit.lower.indexOf('-');
    if (dash > 0 && SPELLED_UNITS.has(unit.lower.slice(0, dash)) && unit.lower[dash + 1] === 'y')
      return { start: prev.start, end: unit.end, replacement: `90+${unit.text.slice(dash)}` };
    if (SPELLED_UNITS.has(unit.lower)) end = j;
  }
  const after = tokens[end + 1];
  const afterOnLine = after !== undefined && after.line === line ? after.lower : '';
  if (SPELLED_NOT_AGE_AFTER.has(afterOnLine)) return undefined;
  const unitAfter = afterOnLine.startsWith('year') || afterOnLine.startsWith('yr') || afterOnLine === 'yo';
  const hyphenAfter = afterOnLine === '-' && (tokens[end + 2]?.lower ?? '').startsWith('y');
  const cue = tokens[k - 2];
  const cued = cue !== undefined && cue.line === line && SPELLED_AGE_CUES.has(cue.lower);
  if (!unitAfter && !hyphenAfter && !cued) return undefined;
  return { start: prev.start, end: tokens[end]?.end ?? t.end, replacement: '90+' };
}

/** The age-words detector: see the module comment. */
export function detectAgeWords(ctx: DetectionContext): Candidate[] {
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    if (t.kind === 'word') {
      const band = AGE_BAND_WORDS.get(t.lower);
      if (band !== undefined) add(out, t.start, t.end, band);
      else if (SPELLED_DECADES.has(t.lower) && spelledDecade(tokens, k)) add(out, t.start, t.end, '90+');
      else if (SPELLED_ORDINALS.has(t.lower) && ORDINAL_HEADS.has(tokens[k + 1]?.lower ?? ''))
        add(out, t.start, t.end, '90+');
      else if (t.lower.charCodeAt(0) === 104 || t.lower.startsWith('one-')) {
        const hundred = spelledHundred(tokens, k);
        if (hundred !== undefined) add(out, hundred.start, hundred.end, hundred.replacement);
      }
      continue;
    }
    if (t.kind !== 'number' || t.text.length < 2 || t.text.length > 3 || !isOld(Number(t.text))) continue;
    const ordinal = ordinalEnd(tokens, k);
    if (ordinal > 0) add(out, t.start, ordinal, '90+');
    else if (
      bareOldNumber(tokens, k) &&
      (labelledFarBefore(tokens, k) || futureAge(tokens, k) || personOrYearsAfter(tokens, k))
    )
      add(out, t.start, t.end, '90+');
  }
  return out;
}
