import type { PhiFinding } from '../phi-category.js';
import { QUASI_RULES, type QuasiRule } from './quasi-rules.js';

/** One quasi-identifier rule that fired on a text. */
export interface QuasiIdentifierWarning {
  rule: string;
  message: string;
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code >= 0xc0;
}

/** True when `term` occurs in `lower` with no letter or digit on either side. */
function hasTerm(lower: string, term: string): boolean {
  for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
    const before = at === 0 ? 32 : lower.charCodeAt(at - 1);
    const after = at + term.length >= lower.length ? 32 : lower.charCodeAt(at + term.length);
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

function fires(rule: QuasiRule, lower: string, hasDate: boolean): boolean {
  return rule.groups.every((g) => (g === 'DATE' ? hasDate : g.some((term) => hasTerm(lower, term))));
}

/**
 * The quasi-identifier rules that fire on `text` (the submitted text, with the engine's `findings`
 * to tell whether it holds a date). Each rule at most once, in the order of {@link QUASI_RULES}.
 * Never throws; time linear in the text for each term of the rules.
 */
export function quasiIdentifierWarnings(
  text: string,
  findings: readonly PhiFinding[],
  rules: readonly QuasiRule[] = QUASI_RULES,
): QuasiIdentifierWarning[] {
  const lower = text.toLowerCase();
  const hasDate = findings.some((f) => f.category === 'DATE');
  return rules.filter((r) => fires(r, lower, hasDate)).map((r) => ({ rule: r.id, message: r.message }));
}
