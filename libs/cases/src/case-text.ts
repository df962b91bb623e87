import {
  type Anonymizer,
  type DeidentifiedText,
  type PhiFinding,
  authorSpansProblem,
  deidentifyShortField,
  deidentifyWithAuthorSpans,
  type TextSpan,
  summarize,
} from '@curbside/anonymizer';
import { DomainError } from '@curbside/core';

export interface DeidentifiedCaseText {
  title?: DeidentifiedText;
  body?: DeidentifiedText;
  tags?: DeidentifiedText[];
  findings: PhiFinding[];
}

/**
 * De-identifies whichever of title, body and tags are given; each is its own text. Title and tags
 * have no context, so they get the strict short-field policy: a title loses every token that is no
 * known safe word, and a tag holding one is refused (the message never repeats it).
 */
export function deidentifyCaseText(
  anonymizer: Anonymizer,
  text: {
    title?: string | null;
    body?: string | null;
    tags?: readonly string[] | null;
    extraRedactions?: readonly TextSpan[] | null;
  },
): DeidentifiedCaseText {
  const findings: PhiFinding[] = [];
  const title = (value: string): DeidentifiedText => {
    const result = deidentifyShortField(anonymizer, value);
    findings.push(...result.findings);
    return result.text;
  };
  return {
    title: text.title == null ? undefined : title(text.title.trim()),
    body:
      text.body == null
        ? undefined
        : withAuthorSpans(anonymizer, text.body, text.extraRedactions ?? [], findings),
    // Tags are checked as written: letter case helps find names, so it is not folded first.
    tags:
      text.tags == null ? undefined : uniqueIgnoringCase(text.tags).map((tag) => safeTag(anonymizer, tag)),
    findings,
  };
}

/**
 * De-identifies a body and removes the spans its author marked as well; they count among the
 * findings (so in the stored summary) and are never stored or logged raw.
 */
export function withAuthorSpans(
  anonymizer: Anonymizer,
  body: string,
  spans: readonly TextSpan[],
  findings: PhiFinding[],
): DeidentifiedText {
  const problem = authorSpansProblem(body, spans);
  if (problem) throw DomainError.badInput(`extraRedactions: ${problem}`, { fields: ['extraRedactions'] });
  const result = deidentifyWithAuthorSpans(anonymizer, body, spans);
  findings.push(...result.findings);
  return result.text;
}

function safeTag(anonymizer: Anonymizer, tag: string): DeidentifiedText {
  const result = deidentifyShortField(anonymizer, tag);
  if (result.findings.length > 0) {
    throw DomainError.badInput(
      'each tag must be made of known medical or English words, with no name, place, number or other identifier',
      { fields: ['tags'] },
    );
  }
  return result.text;
}

function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const trimmed = value.trim();
    if (!seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
}

/** Merges a stored summary with new findings (an edit keeps what earlier versions removed). */
export function mergeSummary(
  stored: { deidFindingCount: number; deidCategories: string[] },
  findings: PhiFinding[],
): { deidFindingCount: number; deidCategories: string[] } {
  const summary = summarize(findings);
  return {
    deidFindingCount: stored.deidFindingCount + summary.findingCount,
    deidCategories: [...new Set([...stored.deidCategories, ...summary.categories])].sort(),
  };
}

/** Ages 90 and over are one Safe Harbor bucket. */
export function patientAgeText(age: number | null | undefined): string | null {
  if (age == null) return null;
  return age >= 90 ? '90+' : String(age);
}
