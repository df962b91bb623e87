import { createRequire } from 'node:module';
import type { PhiCategory } from '../phi-category.js';
import type { PredictedSpan } from './scoring.js';

interface SyncRedactorLike {
  redact(text: string): string;
}
type SyncRedactorConstructor = new (options: unknown) => SyncRedactorLike;

/** redact-pii's built-in redactors and the category each stands for. */
const BUILT_INS: readonly [string, PhiCategory][] = [
  ['names', 'NAME'],
  ['emailAddress', 'EMAIL'],
  ['phoneNumber', 'PHONE'],
  ['usSocialSecurityNumber', 'SSN'],
  ['streetAddress', 'LOCATION'],
  ['zipcode', 'LOCATION'],
  ['ipAddress', 'IP_ADDRESS'],
  ['url', 'URL'],
  ['creditCardNumber', 'ACCOUNT_NUMBER'],
  ['digits', 'OTHER_ID'],
  ['username', 'OTHER_ID'],
  ['password', 'OTHER_ID'],
  ['credentials', 'OTHER_ID'],
];

const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * Runs the npm package redact-pii (its synchronous redactor, default rules) and maps its output
 * back to spans of the input. Each built-in redactor is told to write a private-use marker
 * (U+E000, a letter naming the redactor, U+E001) instead of its label; the text between markers
 * is verbatim input, so each literal piece is located in the input in order and the gaps between
 * pieces are the redacted spans, with the category of the marker that replaced them.
 */
export class RedactPiiPeer {
  private readonly redactor: SyncRedactorLike;

  constructor() {
    const require = createRequire(import.meta.url);
    const mod = require('redact-pii') as { SyncRedactor: SyncRedactorConstructor };
    const builtInRedactors: Record<string, { replaceWith: string }> = {};
    BUILT_INS.forEach(([name], i) => {
      builtInRedactors[name] = { replaceWith: `${OPEN}${String.fromCharCode(97 + i)}${CLOSE}` };
    });
    this.redactor = new mod.SyncRedactor({ builtInRedactors });
  }

  predict(text: string): PredictedSpan[] {
    const clean = text.replace(/[\uE000\uE001]/g, ' ');
    const redacted = this.redactor.redact(clean);
    const out: PredictedSpan[] = [];
    const parts = redacted.split(OPEN);
    let at = 0;
    const first = parts[0] ?? '';
    at = first.length;
    for (let p = 1; p < parts.length; p++) {
      const part = parts[p] ?? '';
      const close = part.indexOf(CLOSE);
      const code = part.charCodeAt(0) - 97;
      const literal = close >= 0 ? part.slice(close + 1) : part;
      const category = BUILT_INS[code]?.[1] ?? 'OTHER_ID';
      const next = literal === '' ? -1 : clean.indexOf(literal, at);
      const end =
        literal === '' ? (p === parts.length - 1 ? clean.length : at) : next < 0 ? clean.length : next;
      if (literal === '' && p < parts.length - 1) {
        // adjacent markers: the next literal decides where this run of redactions ends
        const nextLiteral = (parts[p + 1] ?? '').slice((parts[p + 1] ?? '').indexOf(CLOSE) + 1);
        const e = nextLiteral === '' ? clean.length : clean.indexOf(nextLiteral, at);
        if (e > at) out.push({ start: at, end: e, category });
        continue;
      }
      if (end > at) out.push({ start: at, end, category });
      at = end + literal.length;
    }
    return out;
  }
}
