import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import type { Anonymizer } from '../anonymizer.js';
import { InputTooLargeError } from '../errors.js';

/** Counts of what a stream run did. */
export interface StreamStats {
  lines: number;
  errors: number;
}

type JsonId = string | number | null;

function idOf(value: unknown): JsonId {
  if (typeof value === 'string' || typeof value === 'number') return value;
  return null;
}

/** The id at the start of a broken line, so its error can still be matched to its input. */
export const LEADING_ID = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,20})/;

function recoverId(line: string): JsonId {
  const m = LEADING_ID.exec(line);
  if (!m?.[1]) return null;
  try {
    return idOf(JSON.parse(m[1]));
  } catch {
    return null;
  }
}

/** Processes one input line into one output line. Never echoes input text in an error. */
export function processLine(engine: Anonymizer, line: string): { output: string; error: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { output: JSON.stringify({ id: recoverId(line), error: 'malformed JSON' }), error: true };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { output: JSON.stringify({ id: null, error: 'line is not a JSON object' }), error: true };
  }
  const obj = parsed as Record<string, unknown>;
  const id = idOf(obj['id']);
  const text = obj['text'];
  if (typeof text !== 'string') {
    return { output: JSON.stringify({ id, error: 'missing string field "text"' }), error: true };
  }
  try {
    const result = engine.deidentify(text);
    const findings = result.findings.map((f) => ({
      start: f.start,
      end: f.end,
      category: f.category,
      replacement: f.replacement,
    }));
    return { output: JSON.stringify({ id, text: result.text, findings }), error: false };
  } catch (err: unknown) {
    const message = err instanceof InputTooLargeError ? err.message : 'de-identification failed';
    return { output: JSON.stringify({ id, error: message }), error: true };
  }
}

/**
 * Reads JSONL `{"id","text"}` from `input` and writes `{"id","text","findings"}` (or
 * `{"id","error"}`) to `output`, one line per input line, in order. Memory stays constant: one
 * line at a time, and it waits for `drain` when the output pushes back.
 */
export async function deidentifyStream(
  engine: Anonymizer,
  input: Readable,
  output: Writable,
): Promise<StreamStats> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const stats: StreamStats = { lines: 0, errors: 0 };
  for await (const line of rl) {
    if (line.trim() === '') continue;
    stats.lines++;
    const { output: out, error } = processLine(engine, line);
    if (error) stats.errors++;
    if (!output.write(`${out}\n`)) await once(output, 'drain');
  }
  return stats;
}
