import type { Anonymizer } from '../anonymizer.js';
import type { DeidentificationResult, DeidentifiedText, PhiFinding } from '../phi-category.js';

/** A span of the submitted text the author marked for removal (UTF-16 offsets, end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** Most author spans accepted for one text. */
export const MAX_AUTHOR_SPANS = 200;

/** Why a list of author spans cannot be applied (the message names no text). */
export function authorSpansProblem(text: string, spans: readonly TextSpan[]): string | undefined {
  if (spans.length > MAX_AUTHOR_SPANS) return `at most ${MAX_AUTHOR_SPANS} spans may be marked`;
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end <= s.start)
      return 'each marked span needs 0 <= start < end';
    if (s.end > text.length) return 'each marked span must lie inside the text';
  }
  return undefined;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0
  );
}

/** Widens a span to whole words, so that no piece of a marked word is left ("Okonk|wo"). */
function widen(text: string, s: TextSpan): TextSpan {
  let start = s.start;
  let end = s.end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) start--;
  while (end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) end++;
  return { start, end };
}

/**
 * De-identifies `text` and removes, as well, the spans its author marked: each becomes `[OTHER_ID]`
 * (widened to whole words; where it overlaps what the engine found, the union goes as one). Spans
 * must pass {@link authorSpansProblem}; invalid ones are ignored here. Findings stay sorted, disjoint
 * and offset into `text`; `authorFindings` counts those the author's spans added or widened.
 */
export function deidentifyWithAuthorSpans(
  anonymizer: Anonymizer,
  text: string,
  spans: readonly TextSpan[],
): DeidentificationResult & { authorFindings: number } {
  const result = anonymizer.deidentify(text);
  const marked = spans
    .filter((s) => authorSpansProblem(text, [s]) === undefined)
    .map((s) => widen(text, s))
    .map((s) => ({ ...s, category: 'OTHER_ID' as const, replacement: '[OTHER_ID]', author: true }));
  if (marked.length === 0) return { ...result, authorFindings: 0 };
  const all = [...result.findings.map((f) => ({ ...f, author: false })), ...marked].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const findings: PhiFinding[] = [];
  let authorFindings = 0;
  for (const f of all) {
    const last = findings[findings.length - 1];
    if (last && f.start < last.end) {
      // an overlap: one finding covers both, removed as the author asked
      if (f.end > last.end || f.author) {
        last.end = Math.max(last.end, f.end);
        last.category = 'OTHER_ID';
        last.replacement = '[OTHER_ID]';
      }
      continue;
    }
    if (f.author) authorFindings++;
    findings.push({ category: f.category, start: f.start, end: f.end, replacement: f.replacement });
  }
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return { text: (out + text.slice(at)) as DeidentifiedText, findings, authorFindings };
}
