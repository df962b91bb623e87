import { matchesAt, numbersFollowedBy, tokenStarts } from '../engine/anchors.js';
import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

const EMAIL =
  /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const URL = /(?<![\w@])(?:https?:\/\/|www\.)[^\s<>"'`]{1,2000}/gi;
const DOMAIN =
  /(?<![\w@.\/-])(?:[A-Za-z0-9-]{1,63}\.){1,5}(?:com|org|net|edu|gov|io|us|info|biz|health|care|ly|me)(?![\w-])(?:\/[^\s<>"'`]{0,500})?/gi;
/** {@link EMAIL} and {@link DOMAIN}, tried only where a match can start (see emailMatches, domainMatches). */
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
const DOMAIN_AT = new RegExp(DOMAIN.source, 'iy');
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/y;
const PHONE =
  /(?<![\w+$.\/-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}(?:[ .]| ?- ?))\d{3}(?:[ .]| ?- ?)\d{4}(?![\w\/]|[.-]\d)(?:\s?(?:x|ext\.?)\s?\d{1,5})?/iy;
/** International and European forms: "+46 (0)8 928 571 38", "07700 063 966", "03.93.92.16.85". */
/** A seven-digit local number, taken only after a phone cue: "call 555-0142", "ext line 555-0199". */
const PHONE_LOCAL = /(?<![\w+$.\/-])\d{3}(?:[ .]| ?- ?)\d{4}(?![\w\/]|[.-]\d)/y;
/**
 * A phone cue, then at most three short words ("call me at", "my cell is", "reach her on", "can be
 * contacted on", "ring back on", "callback", "called pt at", "daughter, 861-2211"), or a relative in
 * brackets ("NOK Yasmin (wife) 625-9424").
 */
const PHONE_CUE_BEFORE =
  /(?:\b(?:ph(?:one)?|cell|tel|call(?:ed|back)?|phoned|rang|pager?|mobile|line|number|fax|text|reach|contact(?:ed)?|ring|nok)\b(?:\W{1,3}\w{1,6}){0,3}|\b(?:wife|husband|daughter|son|niece|nephew|grandson|granddaughter|neighbou?r|carer|caregiver)\b|#|\((?:wife|husband|daughter|son|niece|nephew|mother|father|sister|brother|partner|neighbou?r|carer|friend|grandson|granddaughter)\))\W{0,3}$/i;
const PHONE_INTL =
  /(?<![\w+$.\/-])(?:\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,5}(?:[ .-]\d{1,5}){1,5}|0\d{1,4}(?:[ .-]\d{2,5}){2,4}|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4})(?![\w\/]|[.-]\d)/y;
const SSN = /(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-]|\.\d)/y;
/** A top-level domain after a dot: the text may hold a bare domain name. */
const NO_WORDS: ReadonlySet<string> = new Set();
const PHONE_PUNCT = new Set(['(', '+']);
const NON_DIGITS = /\D/g;
const HEX_LETTER = /[a-f]/i;
const TLD_HINT = /\.(?:com|org|net|edu|gov|io|us|info|biz|health|care|ly|me)\b/i;
const FAX_CUE = /\bfax(?:ed|ing)?\b/i;
const PHONE_CUE = /\b(?:ph(?:one)?|cell|tel|call|pager?|mobile|line|contact|text)\b/i;

export const CONTACT_PATTERNS: readonly RegExp[] = [
  EMAIL,
  URL,
  DOMAIN,
  IPV4,
  PHONE,
  SSN,
  FAX_CUE,
  PHONE_CUE,
  TLD_HINT,
  HEX_LETTER,
  PHONE_INTL,
  NON_DIGITS,
  PHONE_LOCAL,
  PHONE_CUE_BEFORE,
  EMAIL_AT,
  DOMAIN_AT,
];

const TRAILING = new Set(['.', ',', ';', ':', ')', ']', '}', '!', '?', '"', "'", '>']);

function trimTrailing(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const ch = text[e - 1] ?? '';
    if (!TRAILING.has(ch)) break;
    if (ch === ')' && text.slice(start, e).includes('(')) break;
    e--;
  }
  return e;
}

function validIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => Number(p) <= 255 && !(p.length > 1 && p.startsWith('0')));
}

function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** IPv6 addresses, found from each colon outwards (one linear pass; no backtracking). */
function ipv6Spans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (;;) {
    const colon = text.indexOf(':', from);
    if (colon < 0) break;
    let start = colon;
    while (start > 0 && colon - start < 40 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && end - start < 40 && isHexOrColon(text.charCodeAt(end))) end++;
    from = end;
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    if (isWordCode(before) || before === 46 || isWordCode(after)) continue;
    const candidate = text.slice(start, end);
    if (candidate.split(':').length >= 3 && validIpv6(candidate)) out.push([start, end]);
  }
  return out;
}

function validIpv6(s: string): boolean {
  const doubles = s.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = s.split(':');
  const nonEmpty = groups.filter((g) => g !== '');
  if (nonEmpty.some((g) => g.length > 4)) return false;
  if (doubles === 0 && groups.length !== 8) return false;
  if (doubles === 1 && nonEmpty.length > 7) return false;
  if (doubles === 1 && nonEmpty.length < 2) return false;
  // a time like 10:30:00 is not an address
  return HEX_LETTER.test(s) || doubles === 1 || groups.length === 8;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The matches of {@link EMAIL} (as a global scan finds them), trying the pattern only where a match
 * can start: an address holds one "@", with 1 to 64 characters of [A-Za-z0-9._%+-] right before
 * it and a letter or digit right after it.
 */
function emailMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at, from) + 1)) {
    if (at <= from || !isAlnumCode(text.charCodeAt(at + 1))) continue;
    const lo = Math.max(from, at - 64);
    let s = at;
    while (s > lo) {
      const c = text.charCodeAt(s - 1);
      if (!(isAlnumCode(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45)) break;
      s--;
    }
    for (; s < at; s++) {
      EMAIL_AT.lastIndex = s;
      const m = EMAIL_AT.exec(text);
      if (m !== null) {
        out.push(m);
        from = s + m[0].length;
        break;
      }
    }
  }
  return out;
}

/** First letters of the top-level domains of {@link DOMAIN}, lower case: c o n e g i u b h l m. */
function isTldInitial(c: number): boolean {
  const l = c | 32;
  return (
    l === 99 ||
    l === 111 ||
    l === 110 ||
    l === 101 ||
    l === 103 ||
    l === 105 ||
    l === 117 ||
    l === 98 ||
    l === 104 ||
    l === 108 ||
    l === 109
  );
}

/**
 * The matches of {@link DOMAIN} (as a global scan finds them), trying the pattern only where a
 * match can start: its labels and dots are [A-Za-z0-9.-] and nothing of [\w@./-] may come before
 * them, so a match through a dot before a top-level domain starts where the run of those
 * characters before that dot starts.
 */
function domainMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  let tried = -1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isTldInitial(text.charCodeAt(dot + 1))) continue;
    let s = dot;
    while (s > 0) {
      const c = text.charCodeAt(s - 1);
      if (!(isAlnumCode(c) || c === 46 || c === 45)) break;
      s--;
    }
    if (s === dot || s < from || s === tried) continue;
    tried = s;
    DOMAIN_AT.lastIndex = s;
    const m = DOMAIN_AT.exec(text);
    if (m !== null) {
      out.push(m);
      from = s + m[0].length;
    }
  }
  return out;
}

/** Whether `text` has a "www." in any case: a URL without a scheme starts with one. */
function hasWww(text: string): boolean {
  for (let dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (
      (text.charCodeAt(dot - 1) | 32) === 119 &&
      (text.charCodeAt(dot - 2) | 32) === 119 &&
      (text.charCodeAt(dot - 3) | 32) === 119
    )
      return true;
  }
  return false;
}

/** A {@link URL} match needs "//" (after the scheme) or "www.": without either, skip the scan. */
function mayHoldUrl(text: string): boolean {
  return text.includes('//') || hasWww(text);
}

/** Length of the digit run at `i`. */
function digitRunAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  return j - i;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The candidate starts (numbers, "(" and "+") where each phone pattern can match, by the shape of
 * the digit run there; dropping the others changes no match, as an anchored attempt there fails.
 * - {@link PHONE}: "(" or "+", three digits, or a leading 1 ("1", or "1" and three digits).
 * - {@link PHONE_LOCAL}: three digits.
 * - {@link PHONE_INTL}: "(" or "+", or a leading 0 with one to four more digits.
 */
function phoneStartsByShape(
  text: string,
  starts: readonly number[],
): { us: number[]; local: number[]; intl: number[] } {
  const us: number[] = [];
  const local: number[] = [];
  const intl: number[] = [];
  for (const p of starts) {
    const first = text.charCodeAt(p);
    if (!isDigitCode(first)) {
      us.push(p);
      intl.push(p);
      continue;
    }
    const run = digitRunAt(text, p);
    if (run === 3) {
      us.push(p);
      local.push(p);
    } else if (first === 49 && (run === 1 || run === 4)) us.push(p);
    if (first === 48 && run >= 2 && run <= 5) intl.push(p);
  }
  return { us, local, intl };
}

export function detectContacts(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const push = (
    start: number,
    end: number,
    category: Candidate['category'],
    priority: number = PRIORITY.structured,
  ): void => {
    out.push({ start, end, category, priority });
  };
  // cheap literal checks first: these patterns cost most on text that cannot hold a match
  const hasAt = text.includes('@');
  const hasColon = text.includes(':');
  const hasDomain = TLD_HINT.test(text);
  for (const m of hasAt ? emailMatches(text) : []) {
    const end = trimTrailing(text, m.index, m.index + m[0].length);
    push(m.index, end, 'EMAIL', PRIORITY.structured + 2);
  }
  const urlGate = hasColon || text.includes('www.') || text.includes('WWW.');
  for (const m of urlGate && mayHoldUrl(text) ? text.matchAll(URL) : []) {
    const end = trimTrailing(text, m.index, m.index + m[0].length);
    if (end - m.index > 7) push(m.index, end, 'URL', PRIORITY.structured + 1);
  }
  for (const m of hasDomain ? domainMatches(text) : []) {
    const end = trimTrailing(text, m.index, m.index + m[0].length);
    push(m.index, end, 'URL');
  }
  for (const m of matchesAt(IPV4, text, numbersFollowedBy(ctx.tokenized.tokens, '.'))) {
    if (validIpv4(m[0])) push(m.index, m.index + m[0].length, 'IP_ADDRESS');
  }
  if (hasColon) {
    for (const [start, end] of ipv6Spans(text)) push(start, end, 'IP_ADDRESS');
  }
  for (const m of matchesAt(SSN, text, numbersFollowedBy(ctx.tokenized.tokens, '- '))) {
    const area = m[0].slice(0, 3);
    if (area !== '000' && area !== '666')
      push(m.index, m.index + m[0].length, 'SSN', PRIORITY.structured - 1);
  }
  let previousEnd = 0;
  const phoneStarts = tokenStarts(ctx.tokenized.tokens, NO_WORDS, PHONE_PUNCT, true);
  const starts = phoneStartsByShape(text, phoneStarts);
  for (const m of matchesAt(PHONE, text, starts.us)) {
    const start = m.index;
    const end = start + m[0].length;
    const windowStart = Math.max(previousEnd, start - 60);
    const before = text.slice(windowStart, start);
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '));
    const clause = lastBreak >= 0 ? before.slice(lastBreak) : before;
    const faxAt = clause.search(FAX_CUE);
    const isFax = faxAt >= 0 && !PHONE_CUE.test(clause.slice(faxAt + 3));
    push(start, end, isFax ? 'FAX' : 'PHONE', PRIORITY.structured - 2);
    previousEnd = end;
  }
  for (const m of matchesAt(PHONE_LOCAL, text, starts.local)) {
    const before = text.slice(Math.max(0, m.index - 32), m.index);
    if (!PHONE_CUE_BEFORE.test(before)) continue;
    push(m.index, m.index + m[0].length, FAX_CUE.test(before) ? 'FAX' : 'PHONE', PRIORITY.structured - 4);
  }
  for (const m of matchesAt(PHONE_INTL, text, starts.intl)) {
    const digits = m[0].replace(NON_DIGITS, '').length;
    if (digits < 8 || digits > 15) continue;
    push(
      m.index,
      m.index + m[0].length,
      FAX_CUE.test(text.slice(Math.max(0, m.index - 20), m.index)) ? 'FAX' : 'PHONE',
      PRIORITY.structured - 3,
    );
  }
  return out;
}
