import { matchesAt, numbersFollowedBy, tokenStarts } from '../engine/anchors.js';
import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

const SUFFIX =
  '(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace|Ter|Circle|Cir|Loop|Trail|Trl|Square|Sq|Pike|Row|Run|Path|Crossing|Xing|Alley|Bend|Ridge|Point)';
const STREET = new RegExp(
  `(?<![\\w.\\/-])\\d{1,6}[A-Z]?\\s(?:[NSEW]\\.?\\s|North\\s|South\\s|East\\s|West\\s)?(?:[A-Z][A-Za-z'-]{0,24}\\s){1,4}${SUFFIX}\\b\\.?(?:,?\\s(?:Apt|Unit|Suite|Ste|Lot|#)\\.?\\s?#?[A-Za-z0-9-]{1,6})?`,
  'y',
);
const STREET_UPPER = new RegExp(
  `(?<![\\w.\\/@-])\\d{1,6}[A-Z]?\\s(?:[A-Z][A-Z'-]{0,24}\\s){1,4}${SUFFIX.toUpperCase().replace('|DR|', '|').replace('|ST|', '|')}\\b`,
  'y',
);
/** A street in a note typed all in lower case (used only there): "4766 cane river rd". */
const STREET_LOWER = new RegExp(
  `(?<![\\w.\\/-])\\d{1,6}\\s(?:[a-z][a-z'-]{0,24}\\s){1,4}${SUFFIX.toLowerCase().replace('|dr|', '|')}\\b`,
  'y',
);
/** A street named without a number, in full words only: "on Main Street", "off Elm Avenue". */
const STREET_NAME =
  /(?:[A-Z][a-z'-]{1,24}\s){1,3}(?:Street|Avenue|Boulevard|Road|Lane|Drive|Parkway|Terrace|Court|Place|Highway|Pike)\b/y;
const HIGHWAY =
  /\b(?:(?:Old|New|State|US|U\.S\.|County|Farm)\s)?(?:Highway|Hwy|Route|Rte|County Road|State Road|Interstate)\.?\s?-?\d{1,4}[A-Z]?\b/iy;
const PO_BOX = /\bP\.?\s?O\.?\s?Box\s#?\d{1,7}\b/iy;
/** A unit or box number on its own line or after a street: "Apt. 595", "Suite 501", "PSC 0413, Box 8144". */
const UNIT = /(?:Apt|Apartment|Suite|Ste|Unit|Box|PSC|APO|FPO)\.?\s?#?\s?\d{1,6}[A-Z]?\b/iy;
const STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const ZIP_AFTER_STATE = new RegExp(
  `\\b(?:${STATE_CODES})\\.?,?\\s{1,2}(\\d{5})(?:-(\\d{4}))?(?![\\w-])`,
  'y',
);
/** The same after a lower-case state code, for notes typed all in lower case. */
const ZIP_AFTER_STATE_ANY_CASE = new RegExp(ZIP_AFTER_STATE.source, 'iy');
const ZIP_CUE = /\b(?:zip|zip code|postal code|zipcode)\s?:?\s?(\d{5})(?:-(\d{4}))?(?![\w-])/iy;

const UNIT_WORDS = new Set(['apt', 'apartment', 'suite', 'ste', 'box', 'psc', 'apo', 'fpo']);
const UPPER_INITIAL = /^[A-Z]/;
const STREET_WORDS = new Set([
  'street',
  'avenue',
  'boulevard',
  'road',
  'lane',
  'drive',
  'parkway',
  'terrace',
  'court',
  'place',
  'highway',
  'pike',
]);
const PO_BOX_FIRST = new Set(['p', 'po']);
const HIGHWAY_FIRST = new Set([
  'old',
  'new',
  'state',
  'us',
  'u',
  'county',
  'farm',
  'highway',
  'hwy',
  'route',
  'rte',
  'interstate',
]);
const STATE_CODE_WORDS = new Set(STATE_CODES.toLowerCase().split('|'));
const ZIP_WORDS = new Set(['zip', 'zipcode', 'postal']);

const SPACES = /\s+/;

/** Words that never stand between a house number and a street suffix: units, articles, prepositions. */
const NOT_STREET_WORDS: ReadonlySet<string> = new Set([
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'hr',
  'hrs',
  'second',
  'seconds',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'mile',
  'miles',
  'mi',
  'km',
  'feet',
  'foot',
  'ft',
  'yards',
  'mg',
  'ml',
  'kg',
  'lb',
  'lbs',
  'pounds',
  'units',
  'times',
  'each',
  'of',
  'the',
  'a',
  'an',
  'at',
  'to',
  'in',
  'on',
  'per',
  'and',
  'or',
  'for',
  'from',
  'with',
  'by',
  'is',
  'was',
]);

/** A street matched without casing: no unit, article or preposition among its words. */
function caselessStreet(match: string): boolean {
  const words = match.toLowerCase().split(SPACES);
  for (let k = 1; k < words.length - 1; k++) if (NOT_STREET_WORDS.has(words[k] ?? '')) return false;
  return true;
}

export const ADDRESS_PATTERNS: readonly RegExp[] = [
  SPACES,
  UPPER_INITIAL,
  STREET_NAME,
  UNIT,
  ZIP_AFTER_STATE_ANY_CASE,
  STREET_LOWER,
  STREET,
  STREET_UPPER,
  HIGHWAY,
  PO_BOX,
  ZIP_AFTER_STATE,
  ZIP_CUE,
];

function zipReplacement(zip: string, restricted: ReadonlySet<string>): string {
  const zip3 = zip.slice(0, 3);
  return `[ZIP ${restricted.has(zip3) ? '000' : zip3}]`;
}

export function detectAddresses(ctx: DetectionContext): Candidate[] {
  const { text } = ctx;
  const { tokens } = ctx.tokenized;
  const out: Candidate[] = [];
  const numbers = numbersFollowedBy(tokens, ' ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  const starts: [RegExp, number[]][] = [
    [STREET, numbers],
    [STREET_UPPER, numbers],
    [STREET_LOWER, ctx.tokenized.lowerDocument ? numbers : []],
    [PO_BOX, tokenStarts(tokens, PO_BOX_FIRST)],
    [UNIT, tokenStarts(tokens, UNIT_WORDS)],
  ];
  for (const [re, positions] of starts) {
    for (const m of matchesAt(re, text, positions)) {
      // without casing, "40 minutes each way", "30 minutes of the run" are no street
      if ((re === STREET_UPPER || re === STREET_LOWER) && !caselessStreet(m[0])) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        category: 'LOCATION',
        priority: PRIORITY.address,
      });
    }
  }
  // the street's first word, found from the suffix word back to a non-capitalised word
  const streetStarts: number[] = [];
  for (const suffixStart of tokenStarts(tokens, STREET_WORDS)) {
    const at = tokens.findIndex((t) => t.start === suffixStart);
    let k = at;
    while (
      k > 0 &&
      at - k < 3 &&
      tokens[k - 1]?.kind === 'word' &&
      UPPER_INITIAL.test(tokens[k - 1]?.text ?? '')
    )
      k--;
    const first = tokens[k];
    if (first && k < at && tokens[k - 1]?.kind !== 'number') streetStarts.push(first.start);
  }
  for (const m of matchesAt(
    STREET_NAME,
    text,
    streetStarts.sort((a, b) => a - b),
  )) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: 'LOCATION',
      priority: PRIORITY.address - 2,
    });
  }
  for (const m of matchesAt(HIGHWAY, text, tokenStarts(tokens, HIGHWAY_FIRST))) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: 'LOCATION',
      priority: PRIORITY.address - 1,
    });
  }
  const zipStarts: [RegExp, number[]][] = [
    [
      ctx.tokenized.lowerDocument ? ZIP_AFTER_STATE_ANY_CASE : ZIP_AFTER_STATE,
      tokenStarts(tokens, STATE_CODE_WORDS),
    ],
    [ZIP_CUE, tokenStarts(tokens, ZIP_WORDS)],
  ];
  for (const [re, positions] of zipStarts) {
    for (const m of matchesAt(re, text, positions)) {
      const zip = m[1] ?? '';
      const start = m.index + m[0].indexOf(zip);
      out.push({
        start,
        end: m.index + m[0].length,
        category: 'LOCATION',
        priority: PRIORITY.address,
        replacement: zipReplacement(zip, ctx.restrictedZip3),
      });
    }
  }
  return out;
}
