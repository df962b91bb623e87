import { StringDecoder } from 'node:string_decoder';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** One CSV record and the line (1-based) it starts on. */
export interface CsvRecord {
  kind: 'record';
  line: number;
  fields: string[];
}

/** Why a stretch of the input could not be read as a record. */
export type CsvDefectReason = 'BAD_QUOTING' | 'RECORD_TOO_LONG';

/** A stretch of input that is not a record; reading resumes on the next line. */
export interface CsvDefect {
  kind: 'defect';
  line: number;
  reason: CsvDefectReason;
}

export type CsvItem = CsvRecord | CsvDefect;

export interface CsvReaderOptions {
  /** A record still open after this many characters is reported as RECORD_TOO_LONG and skipped. */
  maxRecordChars?: number;
}

type Parsed = { end: number; fields: string[] } | { end: number; reason: CsvDefectReason };

/**
 * An incremental RFC 4180 reader: feed it text in pieces of any size, take back the complete records.
 * Memory is bounded by one record (at most `maxRecordChars`) plus one piece of input. A defect never
 * stops reading: the reader resynchronises at the next line break.
 */
export class CsvSplitter {
  private buf = '';
  private line = 1;
  private started = false;
  private skippingToNewline = false;
  private readonly maxRecordChars: number;

  constructor(options: CsvReaderOptions = {}) {
    this.maxRecordChars = options.maxRecordChars ?? 1 << 20;
  }

  push(text: string): CsvItem[] {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.skippingToNewline) {
      const nl = text.indexOf('\n');
      if (nl === -1) return [];
      this.skippingToNewline = false;
      this.line++;
      text = text.slice(nl + 1);
    }
    this.buf += text;
    return this.drain(false);
  }

  end(): CsvItem[] {
    return this.drain(true);
  }

  private drain(final: boolean): CsvItem[] {
    const out: CsvItem[] = [];
    for (;;) {
      let pos = 0;
      const s = this.buf;
      while (pos < s.length) {
        const parsed = this.parseAt(pos, final);
        if (parsed === null) break;
        const line = this.line;
        this.line += countNewlines(s, pos, parsed.end);
        if ('reason' in parsed) out.push({ kind: 'defect', line, reason: parsed.reason });
        else if (!isBlank(s, pos, parsed.end)) out.push({ kind: 'record', line, fields: parsed.fields });
        pos = parsed.end;
      }
      this.buf = pos === 0 ? s : s.slice(pos);
      if (final || this.buf.length <= this.maxRecordChars) return out;
      out.push({ kind: 'defect', line: this.line, reason: 'RECORD_TOO_LONG' });
      const nl = this.buf.indexOf('\n');
      if (nl === -1) {
        this.buf = '';
        this.skippingToNewline = true;
        return out;
      }
      this.line++;
      this.buf = this.buf.slice(nl + 1);
    }
  }

  /** Parses the record starting at `start`; null when more input is needed to finish it. */
  private parseAt(start: number, final: boolean): Parsed | null {
    const s = this.buf;
    const n = s.length;
    const fields: string[] = [];
    let i = start;
    for (;;) {
      if (i >= n) {
        if (!final) return null;
        fields.push('');
        return { end: n, fields };
      }
      if (s.charCodeAt(i) === QUOTE) {
        let value = '';
        let segment = i + 1;
        for (;;) {
          const q = s.indexOf('"', segment);
          if (q === -1) return final ? this.resync(start) : null;
          if (q + 1 >= n && !final) return null;
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(segment, q + 1);
            segment = q + 2;
            continue;
          }
          value += s.slice(segment, q);
          i = q + 1;
          break;
        }
        fields.push(value);
      } else {
        let j = i;
        while (j < n) {
          const c = s.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          j++;
        }
        if (j >= n && !final) return null;
        fields.push(s.slice(i, j));
        i = j;
      }
      if (i >= n) return final ? { end: n, fields } : null;
      const c = s.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === LF) return { end: i + 1, fields };
      if (c === CR) {
        if (i + 1 >= n) return final ? { end: n, fields } : null;
        return { end: s.charCodeAt(i + 1) === LF ? i + 2 : i + 1, fields };
      }
      // Text after a closing quote.
      return this.resync(i, final);
    }
  }

  /** A defect: skip to the line break at or after `from` (or to the end of the input). */
  private resync(from: number, final = true): Parsed | null {
    const nl = this.buf.indexOf('\n', from);
    if (nl === -1) return final ? { end: this.buf.length, reason: 'BAD_QUOTING' } : null;
    return { end: nl + 1, reason: 'BAD_QUOTING' };
  }
}

function countNewlines(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) count++;
  return count;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== LF && c !== CR) return false;
  }
  return true;
}

/**
 * Reads CSV records from a byte or text stream, yielding them in groups (one group per input piece,
 * so that a consumer awaiting between groups applies back-pressure to the source).
 */
export async function* readCsvRecords(
  source: AsyncIterable<Buffer | string>,
  options: CsvReaderOptions = {},
): AsyncGenerator<CsvItem[]> {
  const decoder = new StringDecoder('utf8');
  const splitter = new CsvSplitter(options);
  for await (const chunk of source) {
    const items = splitter.push(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (items.length > 0) yield items;
  }
  const items = splitter.push(decoder.end()).concat(splitter.end());
  if (items.length > 0) yield items;
}
