import type { PhiCategory } from '../phi-category.js';
import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

/**
 * Cue words that say what the following number is. Matched case-insensitively against the text
 * just before a candidate identifier. Longer cues first within a category does not matter: the
 * nearest cue wins.
 */
const CUES: readonly [RegExp, PhiCategory][] = [
  [/\b(?:mrn|mr|medical record|chart|record|unit|res|resident|patient id|pt id|ehr)$/i, 'MRN'],
  [/\b(?:ssn|ss|social security|ssn \(last four|last four of (?:his|her|their|the) ssn)$/i, 'SSN'],
  [
    /\b(?:member id|subscriber id|medicaid(?: id)?|medicare(?: id)?|mbi|policy|insurance id|plan id|group|kancare(?: id)?|healthnet id|ahcccs(?: id)?|ins|bcbs|hicn?|authorization|auth|beneficiary id|insurance|plan)$/i,
    'HEALTH_PLAN_ID',
  ],
  [
    /\b(?:acct|account|encounter(?:\/acct)?|fin|har|billing|invoice|card|credit card|iban)$/i,
    'ACCOUNT_NUMBER',
  ],
  [/\b(?:licen[cs]e|lic|dea|npi|cdl|dl|certificate|cert|board|permit)$/i, 'LICENSE_NUMBER'],
  [/\b(?:vin|plate|tag|tail|aircraft|registration)$/i, 'VEHICLE_ID'],
  [/\b(?:serial|s\/n|sn|transmitter id|device id|udi|imei|lot)$/i, 'DEVICE_ID'],
  [
    /\b(?:biometric id|biometric|fingerprint(?: id)?|tcn|vein id|iris id|voiceprint(?: id)?)$/i,
    'BIOMETRIC_ID',
  ],
  [
    /\b(?:case|accession|claim|lab id|lab|sample id|specimen|incident|intake|confirmation|unos|ticket|reference|ref|order|path|tracking|bands|band|id|code)$/i,
    'OTHER_ID',
  ],
];

/** Every cue at once: when it does not match, no cue ends the head (most heads have none). */
const ANY_CUE = new RegExp(CUES.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** A number joined to a word: "550-mile", "24-hour", "3-day". */
const NUMBER_WORD = /^\d{1,4}(?:-[a-z]{2,12}){1,3}$/;
/** "SSN 6612", "last four of his SSN (6612)". */
const SSN_LAST_FOUR =
  /\b(?:ssn|ss#|social security(?: number)?)\W{0,4}(?:\(\s?)?(?:ends in |last four:? )?$/i;
const DEA_SHAPE = /^[A-Z]{2}\d{7}$/i;
const VIN_SHAPE = /^[A-HJ-NPR-Z0-9]{17}$/;
const GLUED_BEFORE = /[\w.@\/:]/;
const ALNUM_CHAR = /[A-Za-z0-9]/;
const PLATE_DIGITS = /^\s(\d{2,5})(?!\w)/;
const PLATE_LETTERS = /^[A-Z]{2,4}$/;
const ROOM_CUE = /\b(?:rm|room|bed|chair|bay|cubicle|stall|suite|apt|apartment|unit)\s?#?\s?$/i;
const FILLER_TAIL = /(?:[\s:#(,=]|\b(?:is|was|are|number|no\.?|here|the|of|on|file|ours|his|her|their|at))$/i;

/** A code-system name right before a code: the code is not an identifier. */
const CODE_SYSTEM =
  /\b(?:ndc|cpt|icd-?10(?:-cm)?|icd|hcpcs|loinc|snomed|rxnorm|rxcui|drg|ms-drg)\s?:?\s?#?\s?$/i;

const UNIT_NUMBER =
  /^\d+(?:mg|mcg|ug|g|kg|ml|l|dl|mmol|meq|iu|u|units?|h|hr|hrs|min|mins|d|wk|wks|mo|yo|y|cm|mm|m|ft|in|lb|lbs|k|x|st|nd|rd|th|am|pm|s|mmhg|bpm|cc|f|c|mos|yrs|cal|kcal|gy|mg\/dl|a|b|p|q)$/i;
const MEDICAL_CODE =
  /^(?:[A-Z][a-z]{2}\d{1,4}[A-Z][a-z]{2}|\d{2,3}s(?:-\d{2,3}s)?|E\dV\dM\d|G\d{1,2}P\d{1,5}|P\d{1,5}|PEG\d+|CA\d+|CD\d+|IL\d+|HLA[-A-Z0-9]*|CYP\d\w*|BRCA\d|JAK\d|HER\d|COVID-?\d+|SARS-?CoV-?\d|H\d+N\d+|FEV\d|T\d{1,2}DM|[A-V]\d{4}|[A-TV-Z]\d{2}[A-Z0-9]{0,4}|\d{4}[A-Z]|ICD-?\d+|DSM-?\d|NYHA\w*|V\d{3}[A-Z]|[A-Z]\d{2,3}[A-Z]|CHA2DS2-VASc|HbA1c|A1c|MTHFR|HCPCS|CPT|PD-?L?\d|GLP-?\d|SGLT-?\d|5-FU|\d{1,3}-?[A-Z]{1,2})$/i;

/** Ventilator settings and sizes: numbers joined by "x" ("500x14x5", "3x4x2cm"). */
const TIMES_SETTING = /^\d{1,4}(?:x\d{1,4}){1,3}[a-z]{0,4}$/i;
/** A range with its unit glued on ("20-60cc", "10-20mg"). */
const RANGE_WITH_UNIT = /^\d{1,4}-\d{1,4}[a-z]{1,6}$/i;

export const IDENTIFIER_PATTERNS: readonly RegExp[] = [
  TIMES_SETTING,
  RANGE_WITH_UNIT,
  ...CUES.map(([re]) => re),
  ANY_CUE,
  ROOM_CUE,
  FILLER_TAIL,
  CODE_SYSTEM,
  UNIT_NUMBER,
  MEDICAL_CODE,
  NUMBER_WORD,
  DEA_SHAPE,
  VIN_SHAPE,
  GLUED_BEFORE,
  ALNUM_CHAR,
  PLATE_DIGITS,
  PLATE_LETTERS,
  SSN_LAST_FOUR,
];

function digitsIn(s: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d++;
  }
  return d;
}

function lettersIn(s: string): number {
  let l = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) l++;
  }
  return l;
}

/** DEA registration number: two letters, seven digits, the last a check digit. */
export function isDeaNumber(s: string): boolean {
  if (!DEA_SHAPE.test(s)) return false;
  const d = s.slice(2).split('').map(Number);
  const sum = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + 2 * ((d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0));
  return sum % 10 === d[6];
}

const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Vehicle identification number (17 characters, no I, O or Q) with a valid check digit. */
export function isVin(s: string): boolean {
  const v = s.toUpperCase();
  if (!VIN_SHAPE.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = v[i] ?? '0';
    const value = ch >= '0' && ch <= '9' ? Number(ch) : (VIN_VALUES[ch] ?? 0);
    sum += value * (VIN_WEIGHTS[i] ?? 0);
  }
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}

/** Shape of an identifier with no cue: long digit runs, or letters and digits mixed. */
function looksLikeId(chunk: string): boolean {
  const d = digitsIn(chunk);
  const l = lettersIn(chunk);
  if (d === 0) return false;
  if (UNIT_NUMBER.test(chunk) || MEDICAL_CODE.test(chunk) || NUMBER_WORD.test(chunk)) return false;
  if (TIMES_SETTING.test(chunk) || RANGE_WITH_UNIT.test(chunk)) return false;
  if (l === 0) {
    const parts = chunk.split('-');
    if (parts.length === 2 && parts.every((p) => p.length <= 4)) return false; // a range
    return d >= 6;
  }
  if (d >= 4) return true;
  return d >= 3 && chunk.length >= 6 && l >= 2;
}

/** The text before `start` on its line (at most 48 characters), without filler at its end. */
function cueHead(text: string, start: number): string {
  // (the line's start is looked for within the 48 characters only, not back to the text's start)
  let lineStart = Math.max(0, start - 48);
  for (let i = start - 1; i >= lineStart; i--) {
    if (text.charCodeAt(i) === 10) {
      lineStart = i + 1;
      break;
    }
  }
  let head = text.slice(lineStart, start);
  // drop filler between the cue and the value: "MRN here is", "member ID: ", "(serial "
  for (let guard = 0; guard < 8; guard++) {
    const stripped = head.replace(FILLER_TAIL, '');
    if (stripped === head) break;
    head = stripped;
  }
  return head;
}

/** The category of the first cue that ends `head`. */
function cueAtEnd(head: string): PhiCategory | undefined {
  if (!ANY_CUE.test(head)) return undefined;
  for (const [re, category] of CUES) {
    if (re.test(head)) return category;
  }
  return undefined;
}

/** The vehicle cue, the only one after which letters without digits (a plate's) are taken. */
const VEHICLE_CUE: RegExp = CUES.find(([, category]) => category === 'VEHICLE_ID')?.[0] ?? /(?!)/;

/**
 * The cue right before `start`. Letters without digits (`digits` 0) matter only after a vehicle
 * cue, so for them the other cues are tried only when that one is there.
 */
function cueBefore(text: string, start: number, digits: number): PhiCategory | undefined {
  const head = cueHead(text, start);
  if (digits === 0 && !VEHICLE_CUE.test(head)) return undefined;
  return cueAtEnd(head);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Runs of ASCII letters, digits and hyphens that start with a letter or digit (at most 40
 * characters, as an identifier is never longer), found with one linear scan of the text. Runs
 * of letters only are skipped unless they are two to four capitals. Returns the starts and ends
 * flat, in pairs.
 */
function chunkSpans(text: string, lowerDocument: boolean): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    let lowers = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c >= 48 && c <= 57) digits++;
      else if (c >= 97 && c <= 122) lowers++;
      else if (!((c >= 65 && c <= 90) || c === 45)) break;
    }
    // a plain word cannot be an identifier; only digits or a short capital run ("LKT" of a plate) can
    if (digits === 0 && ((lowers > 0 && !lowerDocument) || j - i > 4)) {
      i = j;
      continue;
    }
    let start = i;
    while (start < j) {
      const end = Math.min(j, start + 40);
      out.push(start, end);
      start = end;
      while (start < j && !isAlnum(text.charCodeAt(start))) start++;
    }
    i = j;
  }
  return out;
}

export function detectIdentifiers(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const spans = chunkSpans(text, ctx.tokenized.lowerDocument);
  for (let c = 0; c + 1 < spans.length; c += 2) {
    const chunkStart = spans[c] ?? 0;
    const chunkEnd = spans[c + 1] ?? 0;
    let chunk = text.slice(chunkStart, chunkEnd);
    const d = digitsIn(chunk);
    // words without digits matter only as a licence plate's letters ("plate LKT 7741")
    if (
      d === 0 &&
      (chunk.length > 4 || !PLATE_LETTERS.test(ctx.tokenized.lowerDocument ? chunk.toUpperCase() : chunk))
    )
      continue;
    while (chunk.endsWith('-')) chunk = chunk.slice(0, -1);
    const start = chunkStart;
    const end = start + chunk.length;
    const prev = start > 0 ? (text[start - 1] ?? '') : '';
    if (GLUED_BEFORE.test(prev)) continue;
    const next = text[end] ?? '';
    if (next === '@' || (next === '.' && ALNUM_CHAR.test(text[end + 1] ?? ''))) continue;
    // a VIN has 17 characters and a DEA number 9 (the chunk is ASCII, so its length is its shape's)
    if (chunk.length === 17 && isVin(chunk)) {
      out.push({ start, end, category: 'VEHICLE_ID', priority: PRIORITY.cueId + 1 });
      continue;
    }
    if (chunk.length === 9 && isDeaNumber(chunk)) {
      out.push({ start, end, category: 'LICENSE_NUMBER', priority: PRIORITY.cueId + 1 });
      continue;
    }
    const before = text.slice(Math.max(0, start - 12), start);
    if (CODE_SYSTEM.test(before)) continue;
    if (d > 0 && ROOM_CUE.test(before) && chunk.length <= 8) {
      out.push({ start, end, category: 'OTHER_ID', priority: PRIORITY.cueId });
      continue;
    }
    // short numbers (lab values, doses) are identifiers only after a room cue, handled above
    if (d > 0 && d < 3) continue;
    if (d > 0 && d <= 4 && lettersIn(chunk) === 0) {
      if (SSN_LAST_FOUR.test(text.slice(Math.max(0, start - 40), start))) {
        out.push({ start, end, category: 'SSN', priority: PRIORITY.cueId });
      }
      continue;
    }
    const cue = cueBefore(text, start, d);
    if (cue !== undefined && (d > 0 || cue === 'VEHICLE_ID')) {
      if (UNIT_NUMBER.test(chunk) && cue === 'OTHER_ID') continue;
      if (cue === 'VEHICLE_ID' && d === 0) {
        // a plate written as letters then digits: "LKT 7741"
        const rest = PLATE_DIGITS.exec(text.slice(end, end + 8));
        if (rest)
          out.push({ start, end: end + rest[0].length, category: 'VEHICLE_ID', priority: PRIORITY.cueId });
        continue;
      }
      if (d < 3) continue;
      if (lettersIn(chunk) === 0 && d <= 4 && cue !== 'SSN') continue;
      if (MEDICAL_CODE.test(chunk) && cue !== 'MRN' && cue !== 'SSN' && cue !== 'VEHICLE_ID') continue;
      out.push({ start, end, category: cue, priority: PRIORITY.cueId });
      continue;
    }
    if (looksLikeId(chunk)) out.push({ start, end, category: 'OTHER_ID', priority: PRIORITY.genericId });
  }
  return out;
}
