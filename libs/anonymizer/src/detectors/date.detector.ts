import { matchesAt, numbersFollowedBy, tokenStarts } from '../engine/anchors.js';
import { PRIORITY, type Candidate, type DateParts, type DetectionContext } from '../engine/candidate.js';

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\w])${MONTH}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\w:]|\\.\\d)(?:,?\\s{1,3}((?:19|20)\\d{2}|'\\d{2})(?![\\w]))?`,
  'iy',
);
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\w\\/.:-])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{1,3}of)?[\\s-]{1,3}${MONTH}\\.?(?![a-z])(?:[,\\s-]{1,3}((?:19|20)\\d{2}|'\\d{2})(?![\\w]))?`,
  'iy',
);
const MONTH_YEAR = new RegExp(`(?<![\\w])${MONTH}\\.?,?\\s{1,3}((?:19|20)\\d{2}|'\\d{2})(?![\\w])`, 'iy');
const MONTH_ONLY = new RegExp(`${MONTH}\\.?(?![\\w])`, 'iy');
const NUMERIC_MDY = /(?<![\w\/.-]|\d:)(\d{1,2})([\/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w\/]|[.-]\d)/y;
const NUMERIC_YMD = /(?<![\w\/.-]|\d:)(\d{4})([\/.-])(\d{1,2})\2(\d{1,2})(?![\w\/]|[.-]\d)/y;
const NUMERIC_MY = /(?<![\w\/.-]|\d:)(\d{1,2})\/(\d{4})(?![\w\/]|[.-]\d)/y;
const NUMERIC_MD = /(?<![\w\/.-]|\d:)(\d{1,2})\/(\d{1,2})(?![\w\/]|[.-]\d|\s?(?:mm|cm|%))/y;
/** Month and two-digit year ("echo 4/91"): only years that cannot be a day, and only after a cue. */
const NUMERIC_MY2 = /(?<![\w\/.-]|\d:)(\d{1,2})\/(\d{2})(?![\w\/]|[.-]\d|\s?(?:mm|cm|%))/y;
const ORDINAL = /(\d{1,2}(?:st|nd|rd|th))\b/iy;
const HOLIDAY =
  /\b(?:thanksgiving(?: day)?|christmas(?: day| eve)?|new year['’]s(?: day| eve)?|easter(?: sunday)?|halloween|independence day|fourth of july|4th of july|july 4th|memorial day(?! hospital)|labor day|valentine['’]s day|mother['’]s day|father['’]s day|veterans day|juneteenth)\b/iy;

const WORD_OR_HYPHEN = /[A-Za-z-]/;
const ASCII_LETTER = /[A-Za-z]/;
const LEADING_CUE = /[-–(@:]$/;
const TAG_OR_NUMBER_NEXT = /^[[\d]/;

/** A word of a ten-point scale in the same sentence: "pain increasing to 10/10", "5/10 at its least". */
const TEN_POINT_CONTEXT =
  /\b(?:pain|painful|scale|score|level|intensity|rated|rates|rating|severity|worst|least|aches?)\b/i;

export const DATE_PATTERNS: readonly RegExp[] = [
  TEN_POINT_CONTEXT,
  WORD_OR_HYPHEN,
  ASCII_LETTER,
  LEADING_CUE,
  TAG_OR_NUMBER_NEXT,
  MONTH_DAY_YEAR,
  DAY_MONTH_YEAR,
  MONTH_YEAR,
  MONTH_ONLY,
  NUMERIC_MDY,
  NUMERIC_YMD,
  NUMERIC_MY,
  NUMERIC_MD,
  NUMERIC_MY2,
  ORDINAL,
  HOLIDAY,
];

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthOf(word: string): number {
  return MONTH_INDEX[word.slice(0, 3).toLowerCase()] ?? 0;
}

function yearOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const digits = raw.replace("'", '');
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n <= 50 ? 2000 + n : 1900 + n;
}

function validDay(month: number, day: number): boolean {
  const days = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= (days[month] ?? 0);
}

/** Words before or after an "a/b" that make it a score, fraction or count rather than a date. */
const FRACTION_BEFORE = new Set([
  'cog',
  'moca',
  'mmse',
  'strength',
  'power',
  'motor',
  'reflexes',
  'dtr',
  'dtrs',
  'murmur',
  'grade',
  'graded',
  'gcs',
  'apgar',
  'apgars',
  'score',
  'scored',
  'scores',
  'pain',
  'sve',
  'ratio',
  'rated',
  'x',
  'bp',
  'vision',
  'acuity',
  'cultures',
  'bottles',
  'sets',
  'rate',
  'ana',
  'titer',
  'titre',
  'dilution',
  'ratio',
  'i:e',
  'split',
]);
/** Words before a month and two-digit year ("echo 4/91", "in 3/19"): a date cue or a study done then. */
const MONTH_YEAR_CUES = new Set([
  'in',
  'since',
  'from',
  'until',
  'by',
  'dated',
  'last',
  'prior',
  'repeat',
  'echo',
  'tte',
  'tee',
  'ct',
  'cta',
  'mri',
  'mra',
  'cxr',
  'xr',
  'ekg',
  'ecg',
  'eeg',
  'emg',
  'cath',
  'pci',
  'cabg',
  'egd',
  'colonoscopy',
  'mammogram',
  'biopsy',
  'pft',
  'pfts',
  'stress',
  'dexa',
  'us',
  'dx',
  'diagnosed',
  'hx',
  'mi',
  'stent',
  'surgery',
  'done',
  'seen',
  'admitted',
  'admission',
  'started',
  'stopped',
]);
/** Every way a month's name is written, lower case. */
const MONTH_FORMS = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
]);
/** Words before a month alone that make it a date ("since August", "in early March"). */
const MONTH_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'through',
  'during',
  'early',
  'late',
  'mid',
  'last',
  'this',
  'next',
  'of',
  'before',
  'after',
  'around',
  'throughout',
  'into',
]);
const HOLIDAY_FIRST_WORDS = new Set([
  'thanksgiving',
  'christmas',
  'new',
  'easter',
  'halloween',
  'independence',
  'fourth',
  'july',
  'memorial',
  'labor',
  'valentine',
  'mother',
  'father',
  'veterans',
  'juneteenth',
]);
const ORDINAL_FOLLOWERS = new Set(['of', 'and', 'at', 'when', 'or', 'to', 'through', 'thru', 'until']);
const SCORE_DENOMINATORS = new Set([2, 3, 4, 5, 10]);

/** Date cue words that also join scores: "increasing to 10/10", "6/10 and 5/10". */
const WEAK_DATE_CUES: ReadonlySet<string> = new Set(['to', 'and', 'or', 'of']);

/** "n/10" with a pain or scale word within its sentence (up to 80 characters before; 40 after when `afterToo`). */
function onTenPointScale(text: string, start: number, end: number, afterToo: boolean): boolean {
  let from = Math.max(0, start - 80);
  const stop = Math.max(text.lastIndexOf('. ', start - 1), text.lastIndexOf('\n', start - 1));
  if (stop >= from) from = stop + 1;
  let to = Math.min(text.length, end + 40);
  const next = text.indexOf('. ', end);
  if (next >= 0 && next < to) to = next;
  return (
    TEN_POINT_CONTEXT.test(text.slice(from, start)) ||
    (afterToo && TEN_POINT_CONTEXT.test(text.slice(end, to)))
  );
}
const DATE_CUE_WORDS = new Set([
  'on',
  'since',
  'from',
  'until',
  'till',
  'by',
  'to',
  'through',
  'thru',
  'dated',
  'seen',
  'admitted',
  'started',
  'update',
  'next',
  'last',
  'due',
  'before',
  'after',
  'dob',
  'born',
  'discharged',
  'died',
  'placed',
  'done',
  'drawn',
  'collected',
  'visit',
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
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'and',
  'or',
  'of',
  'today',
  'yesterday',
  'tomorrow',
  'onset',
  'delivered',
  'implanted',
  'refill',
  'written',
  'faxed',
  'called',
  'scheduled',
  'around',
  'note',
  'visit',
  'pn',
  'shift',
  'record',
  'report',
  'planned',
  'appt',
  'appointment',
  'surgery',
  'procedure',
]);
const FRACTION_AFTER = new Set([
  'pain',
  'strength',
  'power',
  'murmur',
  'reflexes',
  'ratio',
  'score',
  'scale',
  'tab',
  'tabs',
  'tablet',
  'tablets',
  'of',
  'blood',
  'bottles',
  'cultures',
  'sets',
  'positive',
  'negative',
  'criteria',
  'points',
  'cup',
  'cups',
  'dose',
  'doses',
  'strength',
  'vision',
  'in',
  'sessions',
  'times',
  'days',
  'weeks',
  'nights',
  'beats',
  'systolic',
  'diastolic',
  'sem',
  'holosystolic',
  'titer',
  'titre',
  'dilution',
]);

/** The word right before offset `p` (lower case), across spaces, tabs or a hyphen. */
function wordBeforeAt(text: string, p: number): string {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '-')) i--;
  let j = i;
  while (j >= 0 && ASCII_LETTER.test(text[j] ?? '')) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

function previousWord(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === ':')) i--;
  let j = i;
  while (j >= 0 && WORD_OR_HYPHEN.test(text[j] ?? '')) j--;
  return text.slice(j + 1, i + 1).toLowerCase();
}

function nextWord(text: string, index: number): string {
  let i = index;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  let j = i;
  while (j < text.length && ASCII_LETTER.test(text[j] ?? '')) j++;
  return text.slice(i, j).toLowerCase();
}

/** "echo 4/91", "D: 4/91": a month and a two-digit year that cannot be a day (32 to 99), after a cue. */
function monthShortYear(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (const m of matchesAt(NUMERIC_MY2, text, numbersFollowedBy(ctx.tokenized.tokens, '/'))) {
    const month = Number(m[1]);
    const yy = Number(m[2]);
    if (month < 1 || month > 12 || yy < 32) continue;
    const before = previousWord(text, m.index);
    if (FRACTION_BEFORE.has(before) || FRACTION_AFTER.has(nextWord(text, m.index + m[0].length))) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const leading = text.slice(lineStart, m.index).trim();
    if (!MONTH_YEAR_CUES.has(before) && leading !== '' && !LEADING_CUE.test(leading)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: 'DATE',
      priority: PRIORITY.date - 2,
      date: { year: 1900 + yy, month },
    });
  }
  return out;
}

/** Lower-case month names that are also everyday words or abbreviations in mixed-case notes. */
const AMBIGUOUS_LOWER_MONTHS = new Set(['may', 'march', 'mar', 'dec', 'jun']);

export function detectDates(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const { tokens } = ctx.tokenized;
  // patterns are tried only where they can start: at a number or at a month's name
  const months = tokenStarts(tokens, MONTH_FORMS);
  const hasSlash = text.includes('/');
  const out: Candidate[] = [];
  const lowerDoc = ctx.tokenized.lowerDocument;
  const add = (start: number, end: number, date: DateParts, priority: number = PRIORITY.date): void => {
    out.push({ start, end, category: 'DATE', priority, date });
  };
  // "may" and "march" in ordinary lower-case prose are a verb: only a capitalised month counts there
  const monthOk = (word: string): boolean => {
    if (lowerDoc) return true;
    const lower = word.toLowerCase();
    if (lower === 'may' || lower === 'march' || lower === 'mar') return word[0] !== lower[0];
    return true;
  };
  for (const m of matchesAt(MONTH_DAY_YEAR, text, months)) {
    const word = m[1] ?? '';
    const month = monthOf(word);
    const day = Number(m[2]);
    if (!monthOk(word) || !validDay(month, day)) continue;
    const year = yearOf(m[3]);
    add(
      m.index,
      m.index + m[0].length,
      year === undefined ? { month, day } : { year, month, day },
      PRIORITY.date + 2,
    );
  }
  for (const m of months.length > 0
    ? matchesAt(DAY_MONTH_YEAR, text, numbersFollowedBy(tokens, ' -snrtSNRT'))
    : []) {
    const word = m[2] ?? '';
    const month = monthOf(word);
    const day = Number(m[1]);
    if (!monthOk(word) || !validDay(month, day)) continue;
    const year = yearOf(m[3]);
    add(
      m.index,
      m.index + m[0].length,
      year === undefined ? { month, day } : { year, month, day },
      PRIORITY.date + 1,
    );
  }
  for (const m of matchesAt(MONTH_YEAR, text, months)) {
    const word = m[1] ?? '';
    if (!monthOk(word)) continue;
    const year = yearOf(m[2]);
    add(
      m.index,
      m.index + m[0].length,
      year === undefined ? { month: monthOf(word) } : { year, month: monthOf(word) },
    );
  }
  for (const m of matchesAt(
    MONTH_ONLY,
    text,
    months.filter((p) => MONTH_PREPOSITIONS.has(wordBeforeAt(text, p))),
  )) {
    const word = m[1] ?? '';
    const lowerWord = word.toLowerCase();
    if (word === lowerWord && !lowerDoc && AMBIGUOUS_LOWER_MONTHS.has(lowerWord)) continue;
    add(m.index, m.index + m[0].length, { month: monthOf(word) }, PRIORITY.date - 1);
  }
  for (const m of matchesAt(NUMERIC_MDY, text, numbersFollowedBy(tokens, '/.-'))) {
    // written day first when the first number cannot be a month ("DOB 16/2/1928")
    const dayFirst = Number(m[1]) > 12;
    const month = Number(dayFirst ? m[3] : m[1]);
    const day = Number(dayFirst ? m[1] : m[3]);
    if (!validDay(month, day)) continue;
    if (m[2] === '.' && (m[4] ?? '').length !== 2 && (m[4] ?? '').length !== 4) continue;
    add(m.index, m.index + m[0].length, { year: yearOf(m[4]), month, day }, PRIORITY.date + 3);
  }
  for (const m of matchesAt(NUMERIC_YMD, text, numbersFollowedBy(tokens, '/.-'))) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    const year = Number(m[1]);
    if (year < 1900 || year > 2100 || !validDay(month, day)) continue;
    add(m.index, m.index + m[0].length, { year, month, day }, PRIORITY.date + 3);
  }
  for (const m of hasSlash ? matchesAt(NUMERIC_MY, text, numbersFollowedBy(tokens, '/')) : []) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (month < 1 || month > 12 || year < 1900 || year > 2100) continue;
    add(m.index, m.index + m[0].length, { year, month });
  }
  for (const m of hasSlash ? matchesAt(NUMERIC_MD, text, numbersFollowedBy(tokens, '/')) : []) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (!validDay(month, day)) continue;
    const before = previousWord(text, m.index);
    const after = nextWord(text, m.index + m[0].length);
    if (FRACTION_BEFORE.has(before) || FRACTION_AFTER.has(after)) continue;
    // "3/5", "8/10", "1/3": small fractions are scores unless a date word or a line start precedes
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const leading = text.slice(lineStart, m.index).trim();
    const cued = DATE_CUE_WORDS.has(before) || leading === '' || LEADING_CUE.test(leading);
    if (!cued && month <= day && SCORE_DENOMINATORS.has(day)) continue;
    // (after a date word such as "on" or "seen", only a scale word before it counts: "seen on 5/10, pain better")
    const weakCue = !cued || WEAK_DATE_CUES.has(before);
    if (day === 10 && month <= 10 && onTenPointScale(text, m.index, m.index + m[0].length, weakCue)) continue;
    add(m.index, m.index + m[0].length, { month, day }, PRIORITY.date - 2);
  }
  for (const m of matchesAt(
    ORDINAL,
    text,
    numbersFollowedBy(tokens, 'snrtSNRT').filter((p) => wordBeforeAt(text, p) === 'the'),
  )) {
    const end = m.index + m[0].length;
    const after = nextWord(text, end);
    // a tag or a number next to it counts as a word, so a second pass decides as the first did
    // (spaces skipped as `nextWord` skips them: "the 19th     https://…" then "the 19th     [URL]")
    let k = end;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (after === '' && TAG_OR_NUMBER_NEXT.test(text.slice(k, k + 1))) continue;
    if (after !== '' && !ORDINAL_FOLLOWERS.has(after) && monthOf(after) === 0) continue;
    add(m.index, end, {}, PRIORITY.date - 3);
  }
  out.push(...monthShortYear(ctx));
  for (const m of matchesAt(HOLIDAY, text, tokenStarts(tokens, HOLIDAY_FIRST_WORDS, undefined, true))) {
    add(m.index, m.index + m[0].length, {}, PRIORITY.date - 1);
  }
  return out;
}
