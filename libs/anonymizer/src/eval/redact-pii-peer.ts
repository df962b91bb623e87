import { createRequire } from 'node:module';
import type { PhiCategory } from '../phi-category.js';
import type { PredictedSpan } from './scoring.js';

interface SyncRedactorLike {
  redact(text: string): string;
}
type SyncRedactorConstructor = new (options?: unknown) => SyncRedactorLike;

/** The labels redact-pii 3.x writes in place of what it redacts, and the category each stands for. */
const LABELS: Readonly<Record<string, PhiCategory>> = {
  PERSON_NAME: 'NAME',
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  US_SOCIAL_SECURITY_NUMBER: 'SSN',
  STREET_ADDRESS: 'LOCATION',
  ZIPCODE: 'LOCATION',
  IP_ADDRESS: 'IP_ADDRESS',
  URL: 'URL',
  CREDIT_CARD_NUMBER: 'ACCOUNT_NUMBER',
  DIGITS: 'OTHER_ID',
  USERNAME: 'OTHER_ID',
  PASSWORD: 'OTHER_ID',
  CREDENTIALS: 'OTHER_ID',
};

/** Splits redacted output into literal pieces and labels (a capture group keeps the labels). */
export const PEER_LABEL_PATTERN = new RegExp(`(${Object.keys(LABELS).join('|')})`);

/**
 * Runs the npm package redact-pii (its synchronous redactor with the default rules) and maps its
 * output back to spans of the input. redact-pii returns only text, with labels such as
 * PERSON_NAME where it removed something, so the output is split on those labels: the literal
 * pieces between labels are verbatim input, each is located in the input in order (indexOf from
 * the end of the previous piece), and the gap before a piece is the span replaced by the label(s)
 * that preceded it. Adjacent labels share one gap and take the first label's category. A label
 * word already present in the input would be misread as a redaction; the corpora have none.
 */
export class RedactPiiPeer {
  private readonly redactor: SyncRedactorLike;

  constructor() {
    const require = createRequire(import.meta.url);
    const mod = require('redact-pii') as { SyncRedactor: SyncRedactorConstructor };
    this.redactor = new mod.SyncRedactor();
  }

  predict(text: string): PredictedSpan[] {
    const redacted = this.redactor.redact(text);
    const pieces = redacted.split(PEER_LABEL_PATTERN);
    const out: PredictedSpan[] = [];
    let at = 0;
    let pending: PhiCategory | undefined;
    pieces.forEach((piece, index) => {
      if (index % 2 === 1) {
        pending ??= LABELS[piece] ?? 'OTHER_ID';
        return;
      }
      if (piece === '') return;
      const found = text.indexOf(piece, at);
      const start = found < 0 ? at : found;
      if (pending !== undefined && start > at) out.push({ start: at, end: start, category: pending });
      pending = undefined;
      at = found < 0 ? at : found + piece.length;
    });
    if (pending !== undefined && at < text.length)
      out.push({ start: at, end: text.length, category: pending });
    return out;
  }
}
