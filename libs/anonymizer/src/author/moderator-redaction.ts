import type { DeidentificationResult, DeidentifiedText, PhiCategory, PhiFinding } from '../phi-category.js';

/** A span of stored, already de-identified text that a moderator removes, with its category. */
export interface CategorizedSpan {
  start: number;
  end: number;
  category: PhiCategory;
}

/** Why a moderator's span cannot be applied to `text` (the message names no text). */
export function moderatorSpanProblem(text: string, span: CategorizedSpan): string | undefined {
  if (
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 0 ||
    span.end <= span.start
  )
    return 'the span needs 0 <= start < end';
  if (span.end > text.length) return 'the span must lie inside the text';
  return undefined;
}

const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/**
 * Removes one span from text that already went through the anonymizer, the way the anonymizer
 * replaces a finding: the span (widened to whole words, so no piece of a name is left) becomes its
 * category's placeholder ("[NAME]"). Everything outside the span is kept exactly. The result is
 * still de-identified: it only removes more. Throws on a span that fails {@link moderatorSpanProblem}.
 */
export function redactDeidentifiedSpan(
  text: DeidentifiedText,
  span: CategorizedSpan,
): DeidentificationResult {
  const problem = moderatorSpanProblem(text, span);
  if (problem) throw new RangeError(problem);
  let start = span.start;
  let end = span.end;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) start--;
  while (end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) end++;
  const replacement = `[${span.category}]`;
  const finding: PhiFinding = { category: span.category, start, end, replacement };
  return {
    text: (text.slice(0, start) + replacement + text.slice(end)) as DeidentifiedText,
    findings: [finding],
  };
}
