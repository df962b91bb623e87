import { type Anonymizer, type DeidentifiedText, type PhiFinding, summarize } from '@curbside/anonymizer';

export interface DeidentifiedCaseText {
  title?: DeidentifiedText;
  body?: DeidentifiedText;
  tags?: DeidentifiedText[];
  findings: PhiFinding[];
}

/** De-identifies whichever of title, body and tags are given; each is its own text. */
export function deidentifyCaseText(
  anonymizer: Anonymizer,
  text: { title?: string | null; body?: string | null; tags?: readonly string[] | null },
): DeidentifiedCaseText {
  const findings: PhiFinding[] = [];
  const run = (value: string): DeidentifiedText => {
    const result = anonymizer.deidentify(value);
    findings.push(...result.findings);
    return result.text;
  };
  return {
    title: text.title == null ? undefined : run(text.title.trim()),
    body: text.body == null ? undefined : run(text.body),
    // Tags are de-identified as written: letter case helps find names, so it is not folded first.
    tags: text.tags == null ? undefined : uniqueIgnoringCase(text.tags).map(run),
    findings,
  };
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
