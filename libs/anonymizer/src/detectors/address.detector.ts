import { PRIORITY, type Candidate, type DetectionContext } from '../engine/candidate.js';

const SUFFIX =
  '(?:Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Highway|Hwy|Parkway|Pkwy|Terrace|Ter|Circle|Cir|Loop|Trail|Trl|Square|Sq|Pike|Row|Run|Path|Crossing|Xing|Alley|Bend|Ridge|Point)';
const STREET = new RegExp(
  `(?<![\\w.\\/-])\\d{1,6}[A-Z]?\\s(?:[NSEW]\\.?\\s|North\\s|South\\s|East\\s|West\\s)?(?:[A-Z][A-Za-z'-]{0,24}\\s){1,4}${SUFFIX}\\b\\.?(?:,?\\s(?:Apt|Unit|Suite|Ste|Lot|#)\\.?\\s?#?[A-Za-z0-9-]{1,6})?`,
  'g',
);
const STREET_UPPER = new RegExp(
  `(?<![\\w.\\/@-])\\d{1,6}[A-Z]?\\s(?:[A-Z][A-Z'-]{0,24}\\s){1,4}${SUFFIX.toUpperCase().replace('|DR|', '|').replace('|ST|', '|')}\\b`,
  'g',
);
const HIGHWAY =
  /\b(?:(?:Old|New|State|US|U\.S\.|County|Farm)\s)?(?:Highway|Hwy|Route|Rte|County Road|State Road|Interstate)\.?\s?-?\d{1,4}[A-Z]?\b/gi;
const PO_BOX = /\bP\.?\s?O\.?\s?Box\s#?\d{1,7}\b/gi;
const STATE_CODES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const ZIP_AFTER_STATE = new RegExp(
  `\\b(?:${STATE_CODES})\\.?,?\\s{1,2}(\\d{5})(?:-(\\d{4}))?(?![\\w-])`,
  'g',
);
const ZIP_CUE = /\b(?:zip|zip code|postal code|zipcode)\s?:?\s?(\d{5})(?:-(\d{4}))?(?![\w-])/gi;

export const ADDRESS_PATTERNS: readonly RegExp[] = [
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
  const out: Candidate[] = [];
  for (const re of [STREET, STREET_UPPER, PO_BOX]) {
    for (const m of text.matchAll(re)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        category: 'LOCATION',
        priority: PRIORITY.address,
      });
    }
  }
  for (const m of text.matchAll(HIGHWAY)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: 'LOCATION',
      priority: PRIORITY.address - 1,
    });
  }
  for (const re of [ZIP_AFTER_STATE, ZIP_CUE]) {
    for (const m of text.matchAll(re)) {
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
