import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';
import type { Token } from '../text/tokens.js';
import { STATE_CODES, STATE_NAMES } from './word-classes.js';

/**
 * An address after its label, whatever its country's shape: "Address: 5440 Voie d'Assas, Dijon
 * 73322.", "home address on file Blomlaan 91, Ouland 40389", "ADDR: DEICHTORSTR. 79A, CELLE 52925",
 * "lives at 12 Ormond Row". A label is "address" or "addr" followed by a colon or "on file", or
 * "lives/resides/residing at" followed by a number. The address runs to the end of its clause: a
 * line break, ";", a parenthesis, or a full stop after a number (the postcode) or after a word that
 * is no street abbreviation ("St.", "Str.", "Ave."), or a US state (which stays, its ZIP told to three
 * digits by the address detector). It must hold a digit, and is at most 16 tokens.
 */
const ADDRESS_LABELS: ReadonlySet<string> = new Set(['address', 'addr', 'adress']);
const AT_VERBS: ReadonlySet<string> = new Set(['lives', 'resides', 'residing', 'living', 'lived']);
const CLAUSE_STOPS: ReadonlySet<string> = new Set([';', '(', ')', '|']);
/** "home at Krivá 85, Sabinov": a dwelling before "at". */
const HOME_WORDS: ReadonlySet<string> = new Set(['home', 'house', 'flat', 'apartment', 'residence']);
/** "Medic 3 dispatched to Birkeparken 49B", "delivered weekly by … to Rovná 982": a trip before "to". */
const TRIP_WORDS: ReadonlySet<string> = new Set([
  'dispatched',
  'responded',
  'delivered',
  'delivers',
  'posted',
  'mailed',
]);
/** Words that end an address found after a dwelling or a trip: "… 49B, Fensmark for a fall". */
const TRIP_STOPS: ReadonlySet<string> = new Set([
  'for',
  'with',
  'and',
  're',
  'regarding',
  'on',
  'at',
  'to',
  'where',
  'who',
]);
const MAX_TOKENS = 16;

export const ADDRESS_LABEL_PATTERNS: readonly RegExp[] = [];

/** The first token of the address after a label at `k`, or -1. */
function addressStart(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return -1;
  if (ADDRESS_LABELS.has(t.lower)) {
    const next = tokens[k + 1];
    if (next?.text === ':') return k + 2;
    if (next?.lower === 'on' && tokens[k + 2]?.lower === 'file')
      return tokens[k + 3]?.text === ':' ? k + 4 : k + 3;
    return -1;
  }
  if (
    t.lower === 'at' &&
    k > 0 &&
    AT_VERBS.has(tokens[k - 1]?.lower ?? '') &&
    tokens[k + 1]?.kind === 'number'
  )
    return k + 1;
  return -1;
}

/** A trip or a dwelling a few words before "to" or "at" at `k`: "dispatched to", "home at". */
function tripOrHomeBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.lower === 'at') return HOME_WORDS.has(tokens[k - 1]?.lower ?? '');
  if (t?.lower !== 'to') return false;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const p = tokens[j];
    if (p === undefined || p.line !== t.line || CLAUSE_STOPS.has(p.text) || p.text === '.') return false;
    if (TRIP_WORDS.has(p.lower)) return true;
  }
  return false;
}

/**
 * After a trip or a dwelling: a street as it is written abroad or at home ("Krivá 85", "229 Susan
 * Terrace", "Privada Cristina, 8"): a number then a word, or a word no common-word list knows with a
 * number within the next three tokens. The first token of the address, or -1.
 */
function streetAfterTrip(ctx: DetectionContext, k: number): number {
  const { tokens } = ctx.tokenized;
  if (!tripOrHomeBefore(tokens, k)) return -1;
  const first = tokens[k + 1];
  if (first === undefined || first.line !== tokens[k]?.line) return -1;
  const known = (w: Token | undefined): boolean =>
    w === undefined || ctx.lex.commonWords.has(w.lower) || ctx.lex.medical.has(w.lower);
  // "229 Susan Terrace", not "3 west", "5 pm", "1400 with family"
  if (first.kind === 'number') {
    const street = tokens[k + 2];
    return street?.kind === 'word' && street.spaceBefore && !known(street) ? k + 1 : -1;
  }
  if (first.kind !== 'word' || known(first)) return -1;
  for (let j = k + 2; j <= k + 4; j++) if (tokens[j]?.kind === 'number') return k + 1;
  return -1;
}

/** A full stop that does not end the address: after a short word ("St.", "N.") or a "-str" word. */
function abbreviationDot(before: Token | undefined): boolean {
  if (!before || before.kind !== 'word') return false;
  return before.text.length <= 4 || before.lower.endsWith('str');
}

function isState(t: Token): boolean {
  return STATE_NAMES.has(t.lower) || (t.text.length === 2 && STATE_CODES.has(t.text.toUpperCase()));
}

/** The address label detector: see the module comment. */
export function detectLabelledAddresses(ctx: DetectionContext): Candidate[] {
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const lower = tokens[k]?.lower;
    // only "address"/"addr" or "at" can start one: skip every other word before any lookup
    if (
      lower === undefined ||
      !(lower === 'at' || lower === 'to' || (lower.charCodeAt(0) === 97 && ADDRESS_LABELS.has(lower)))
    )
      continue;
    const labelled = addressStart(tokens, k);
    const first = labelled >= 0 ? labelled : lower === 'to' || lower === 'at' ? streetAfterTrip(ctx, k) : -1;
    if (first < 0) continue;
    const stops = labelled < 0;
    const start = tokens[first];
    if (!start || start.line !== tokens[k]?.line || start.kind === 'punct') continue;
    let last = first;
    let digit = false;
    for (let j = first; j < tokens.length && j < first + MAX_TOKENS; j++) {
      const t = tokens[j];
      if (!t || t.line !== start.line || CLAUSE_STOPS.has(t.text)) break;
      if (stops && j > first && TRIP_STOPS.has(t.lower)) break;
      if (t.text === '.' && (tokens[j - 1]?.kind === 'number' || !abbreviationDot(tokens[j - 1]))) break;
      // a US state stays, and its ZIP is told to three digits by the address detector
      if (t.kind === 'word' && tokens[j + 1]?.kind === 'number' && isState(t)) break;
      if (t.kind === 'number') digit = true;
      if (t.kind !== 'punct') last = j;
    }
    const end = tokens[last];
    if (!digit || !end) continue;
    // (a US state and its ZIP are left to the address detector, above)
    out.push({ start: start.start, end: end.end, category: 'LOCATION', priority: PRIORITY.address });
    k = last;
  }
  return out;
}
