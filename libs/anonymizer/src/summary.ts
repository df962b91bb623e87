import { type DeidentificationSummary, type PhiCategory, type PhiFinding } from './phi-category.js';

/** Counts and categories of findings, safe to store: it holds no original text and no offsets. */
export function summarize(findings: readonly PhiFinding[]): DeidentificationSummary {
  const seen = new Set<PhiCategory>();
  for (const f of findings) seen.add(f.category);
  const categories = [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { findingCount: findings.length, categories };
}
