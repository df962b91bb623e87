/**
 * The composer's de-identification preview, as pure functions: what the server said would be stored,
 * broken into plain text and labelled removals so the author can see each one. Kept apart from React
 * so the rules are tested on their own.
 */

export interface Finding {
  category: string;
  start: number;
  end: number;
  replacement: string;
}

export interface PreviewResult {
  text: string;
  findings: readonly Finding[];
}

export type Segment =
  { kind: 'text'; text: string } | { kind: 'removed'; replacement: string; category: string; label: string };

/** Plain words for each Safe Harbor category (anything new from the engine falls back to "Identifier"). */
export const CATEGORY_LABELS: Record<string, string> = {
  NAME: 'Name',
  DATE: 'Date',
  LOCATION: 'Place',
  PHONE: 'Phone number',
  FAX: 'Fax number',
  EMAIL: 'Email address',
  SSN: 'Social Security number',
  MRN: 'Medical record number',
  HEALTH_PLAN_ID: 'Health plan number',
  ACCOUNT_NUMBER: 'Account number',
  LICENSE_NUMBER: 'Licence number',
  VEHICLE_ID: 'Vehicle identifier',
  DEVICE_ID: 'Device identifier',
  URL: 'Web address',
  IP_ADDRESS: 'IP address',
  BIOMETRIC_ID: 'Biometric identifier',
  AGE_OVER_89: 'Age over 89',
  OTHER_ID: 'Other identifier',
  AUTHOR_MARKED: 'Marked by you',
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? 'Identifier';
}

/**
 * Rebuilds the stored text from the submitted text and the findings (offsets into the submitted
 * text). Returns null when that does not give exactly the server's text (the engine changed something
 * a finding does not describe), so the caller shows the server's text as it is rather than a guess.
 */
export function segmentsOf(submitted: string, result: PreviewResult): Segment[] | null {
  const findings = [...result.findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end > submitted.length || f.end < f.start) return null;
    if (f.start > at) segments.push({ kind: 'text', text: submitted.slice(at, f.start) });
    segments.push({
      kind: 'removed',
      replacement: f.replacement,
      category: f.category,
      label: categoryLabel(f.category),
    });
    at = f.end;
  }
  if (at < submitted.length) segments.push({ kind: 'text', text: submitted.slice(at) });
  const rebuilt = segments.map((s) => (s.kind === 'text' ? s.text : s.replacement)).join('');
  return rebuilt === result.text ? segments : null;
}

/** How many removals of each kind, for the summary line ("2 names, 1 date"). */
export function summarise(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'Nothing was removed.';
  const counts = new Map<string, number>();
  for (const f of findings)
    counts.set(categoryLabel(f.category), (counts.get(categoryLabel(f.category)) ?? 0) + 1);
  const parts = [...counts].map(([name, n]) => `${n} × ${name.toLowerCase()}`);
  return `${findings.length} ${findings.length === 1 ? 'removal' : 'removals'}: ${parts.join(', ')}.`;
}

/** Replaces the author's selection with a marker before anything leaves the browser. */
export function removeSpan(text: string, start: number, end: number, marker = '[REMOVED]'): string {
  if (start < 0 || end <= start || end > text.length) return text;
  return `${text.slice(0, start)}${marker}${text.slice(end)}`;
}

export interface DraftFields {
  title: string;
  body: string;
}

/** What the preview is, for the exact text the author has now. */
export type PreviewState =
  | { status: 'empty' }
  | { status: 'waiting'; for: DraftFields }
  | { status: 'ready'; for: DraftFields; title: PreviewResult; body: PreviewResult }
  | { status: 'failed'; for: DraftFields; error: unknown };

export type PreviewEvent =
  | { type: 'edited'; fields: DraftFields }
  | { type: 'previewed'; fields: DraftFields; title: PreviewResult; body: PreviewResult }
  | { type: 'failed'; fields: DraftFields; error: unknown };

function same(a: DraftFields, b: DraftFields): boolean {
  return a.title === b.title && a.body === b.body;
}

/**
 * A preview counts only for the text it was made from: an answer for older text (typing went on
 * while it travelled) is dropped, so the author never confirms a preview of something else.
 */
export function previewReducer(state: PreviewState, event: PreviewEvent): PreviewState {
  switch (event.type) {
    case 'edited':
      if (event.fields.title.trim() === '' && event.fields.body.trim() === '') return { status: 'empty' };
      if (state.status !== 'empty' && same(state.for, event.fields) && state.status !== 'failed')
        return state;
      return { status: 'waiting', for: event.fields };
    case 'previewed':
      if (state.status !== 'waiting' || !same(state.for, event.fields)) return state;
      return { status: 'ready', for: event.fields, title: event.title, body: event.body };
    case 'failed':
      if (state.status !== 'waiting' || !same(state.for, event.fields)) return state;
      return { status: 'failed', for: event.fields, error: event.error };
  }
}

/** Posting is allowed only on a ready preview of exactly the current text. */
export function canPost(state: PreviewState, fields: DraftFields, confirmed: boolean): boolean {
  return (
    state.status === 'ready' &&
    same(state.for, fields) &&
    confirmed &&
    fields.title.trim() !== '' &&
    fields.body.trim() !== ''
  );
}
