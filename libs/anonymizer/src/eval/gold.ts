import { isPhiCategory, type PhiCategory } from '../phi-category.js';

/** One annotated text of a development corpus (see shared/data/deid/README.md). */
export interface GoldDocument {
  id: string;
  text: string;
  spans: GoldSpan[];
}

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
}

/** A gold span mapped to a category, or neutral: counted neither for recall nor as a false positive. */
export type MappedLabel = PhiCategory | 'NEUTRAL';

const COUNTRIES_AND_STATES = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington ' +
    'wisconsin wyoming usa us america canada mexico uruguay estonia finland tunisia austria bahrain ecuador bahamas ' +
    'germany france spain italy portugal brazil argentina chile peru colombia venezuela bolivia paraguay japan china ' +
    'india russia ukraine poland hungary czechia slovakia slovenia croatia serbia greece turkey egypt israel iran ' +
    'iraq syria jordan lebanon saudi arabia kuwait qatar oman yemen pakistan afghanistan bangladesh nepal vietnam ' +
    'thailand cambodia laos myanmar malaysia singapore indonesia philippines australia zealand iceland norway sweden ' +
    'denmark netherlands belgium luxembourg switzerland ireland england scotland wales kingdom united states ' +
    'nigeria ghana kenya ethiopia somalia sudan morocco algeria libya tanzania uganda rwanda congo angola namibia ' +
    'botswana zimbabwe zambia mozambique madagascar cuba haiti jamaica honduras guatemala nicaragua panama ' +
    'costa rica salvador dominican republic barbuda antigua cyprus malta latvia lithuania belarus moldova romania ' +
    'bulgaria albania macedonia bosnia herzegovina montenegro kosovo georgia armenia azerbaijan kazakhstan ' +
    'uzbekistan mongolia korea taiwan hong kong sri lanka maldives fiji samoa tonga'
  ).split(' '),
);

const STATE_CODES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AB BC ON QC'.split(
    ' ',
  ),
);

function isStateOrCountry(text: string): boolean {
  const t = text.trim().replace(LEADING_THE, '');
  if (STATE_CODES.has(t.toUpperCase()) && t.length === 2) return true;
  const words = t.toLowerCase().split(WHITESPACE);
  return words.length > 0 && words.every((w) => COUNTRIES_AND_STATES.has(w) || w === 'of' || w === 'and');
}

const LEADING_THE = /^the\s+/i;
const WHITESPACE = /\s+/;
const DIGITS = /\d+/;
const SPELLED_OLD = /ninety|hundred/i;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const NUMERIC_DATE = /\d{1,4}[\/.-]\d{1,2}(?:[\/.-]\d{1,4})?/;

/** The patterns label mapping runs over gold text, for the ReDoS test. */
export const GOLD_PATTERNS: readonly RegExp[] = [
  LEADING_THE,
  WHITESPACE,
  DIGITS,
  SPELLED_OLD,
  MONTH_WORD,
  NUMERIC_DATE,
];

/** Maps a corpus label onto the contract's categories, following the table in the data README. */
export function mapLabel(label: string, text: string): MappedLabel {
  if (isPhiCategory(label)) return label;
  switch (label) {
    case 'PERSON':
      return 'NAME';
    case 'STREET_ADDRESS':
    case 'ADDRESS':
    case 'ZIP_CODE':
      return 'LOCATION';
    case 'GPE':
    case 'LOCATION':
      return isStateOrCountry(text) ? 'NEUTRAL' : 'LOCATION';
    case 'DATE_TIME':
      return MONTH_WORD.test(text) || NUMERIC_DATE.test(text) ? 'DATE' : 'NEUTRAL';
    case 'AGE': {
      const n = Number(DIGITS.exec(text)?.[0] ?? 'NaN');
      return n >= 90 || SPELLED_OLD.test(text) ? 'AGE_OVER_89' : 'NEUTRAL';
    }
    case 'PHONE_NUMBER':
      return 'PHONE';
    case 'EMAIL_ADDRESS':
      return 'EMAIL';
    case 'US_SSN':
      return 'SSN';
    case 'US_DRIVER_LICENSE':
      return 'LICENSE_NUMBER';
    case 'CREDIT_CARD':
    case 'IBAN_CODE':
      return 'ACCOUNT_NUMBER';
    case 'IP_ADDRESS':
      return 'IP_ADDRESS';
    case 'DOMAIN_NAME':
    case 'URL':
      return 'URL';
    default:
      return 'NEUTRAL';
  }
}

/** Parses one JSONL line of a gold corpus; throws on a malformed line. */
export function parseGoldLine(line: string): GoldDocument {
  const raw = JSON.parse(line) as unknown;
  if (typeof raw !== 'object' || raw === null) throw new Error('not an object');
  const obj = raw as Record<string, unknown>;
  const text = obj['text'];
  const spans = obj['spans'];
  if (typeof text !== 'string' || !Array.isArray(spans)) throw new Error('missing text or spans');
  const out: GoldSpan[] = [];
  for (const s of spans as unknown[]) {
    const span = s as Record<string, unknown>;
    const start = span['start'];
    const end = span['end'];
    const label = span['label'];
    if (typeof start === 'number' && typeof end === 'number' && typeof label === 'string')
      out.push({ start, end, label });
  }
  return { id: typeof obj['id'] === 'string' ? obj['id'] : String(obj['id']), text, spans: out };
}
