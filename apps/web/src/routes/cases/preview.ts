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

/** A span of the submitted text (UTF-16 offsets, end exclusive), as the API's TextSpanInput. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A kept token the engine is least sure of: the author is asked to keep or remove it. */
export interface UncertainToken extends TextSpan {
  reason: string;
}

/** A quasi-identifier combination found in the text (Safe Harbor does not list it, but it may point to one person). */
export interface QuasiWarning {
  rule: string;
  message: string;
}

export interface PreviewResult {
  text: string;
  findings: readonly Finding[];
  uncertain?: readonly UncertainToken[];
  warnings?: readonly QuasiWarning[];
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

/** Plain words for why the engine asks about a token. */
export const UNCERTAINTY_LABELS: Record<string, string> = {
  POSSIBLE_NAME: 'may be a name',
  INITIAL: 'may be an initial',
  LONG_NUMBER: 'a long number with no unit',
  UNKNOWN_WORD: 'a word we do not know',
};

export function uncertaintyLabel(reason: string): string {
  return UNCERTAINTY_LABELS[reason] ?? 'not sure';
}

/**
 * Adds a span the author marked for removal (the server removes it: the text in the browser is not
 * edited). Overlapping or touching spans are joined; the list stays sorted.
 */
export function markSpan(spans: readonly TextSpan[], span: TextSpan, textLength: number): TextSpan[] {
  const start = Math.max(0, Math.min(span.start, span.end));
  const end = Math.min(textLength, Math.max(span.start, span.end));
  if (end <= start) return [...spans];
  const all = [...spans, { start, end }].sort((a, b) => a.start - b.start);
  const merged: TextSpan[] = [];
  for (const s of all) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * Moves marked spans along with an edit of the text: spans before or after the changed stretch keep
 * marking the same words, a span the edit cut into is dropped (its words changed, so ask again).
 */
export function shiftSpans(before: string, after: string, spans: readonly TextSpan[]): TextSpan[] {
  if (before === after || spans.length === 0) return [...spans];
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const changedEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: TextSpan[] = [];
  for (const s of spans) {
    if (s.end <= prefix) out.push({ ...s });
    else if (s.start >= changedEnd) out.push({ start: s.start + delta, end: s.end + delta });
  }
  return out;
}

/** The uncertain tokens the author has not yet answered (a kept word is not asked about again). */
export function unanswered(
  submitted: string,
  uncertain: readonly UncertainToken[] | undefined,
  kept: ReadonlySet<string>,
): UncertainToken[] {
  return (uncertain ?? []).filter((u) => !kept.has(submitted.slice(u.start, u.end)));
}

export interface DraftFields {
  title: string;
  body: string;
  /** Spans of `body` the author marked for removal, sent as `extraRedactions`. */
  spans: readonly TextSpan[];
  /**
   * Other free-text fields posted with it (the structured case fields), by name, trimmed as the
   * server saves them; each is previewed on its own and needs a preview like the body.
   */
  extra?: Readonly<Record<string, string>>;
}

/** What the preview is, for the exact text the author has now. */
export type PreviewState =
  | { status: 'empty' }
  | { status: 'waiting'; for: DraftFields }
  | {
      status: 'ready';
      for: DraftFields;
      title: PreviewResult;
      body: PreviewResult;
      extra?: Readonly<Record<string, PreviewResult>>;
    }
  | { status: 'failed'; for: DraftFields; error: unknown };

export type PreviewEvent =
  | { type: 'edited'; fields: DraftFields }
  | {
      type: 'previewed';
      fields: DraftFields;
      title: PreviewResult;
      body: PreviewResult;
      extra?: Readonly<Record<string, PreviewResult>>;
    }
  | { type: 'failed'; fields: DraftFields; error: unknown };

function sameExtra(a: DraftFields['extra'], b: DraftFields['extra']): boolean {
  const keys = Object.keys(a ?? {});
  return keys.length === Object.keys(b ?? {}).length && keys.every((k) => (a ?? {})[k] === (b ?? {})[k]);
}

function same(a: DraftFields, b: DraftFields): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    sameExtra(a.extra, b.extra) &&
    a.spans.length === b.spans.length &&
    a.spans.every((s, i) => s.start === b.spans[i]?.start && s.end === b.spans[i]?.end)
  );
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
      return {
        status: 'ready',
        for: event.fields,
        title: event.title,
        body: event.body,
        ...(event.extra ? { extra: event.extra } : {}),
      };
    case 'failed':
      if (state.status !== 'waiting' || !same(state.for, event.fields)) return state;
      return { status: 'failed', for: event.fields, error: event.error };
  }
}

/**
 * Posting is allowed only on a ready preview of exactly the current text and marks, once every
 * uncertain token of the body has been answered and the author confirmed. `needsTitle` is false for
 * a reply, which has no title.
 */
export function canPost(
  state: PreviewState,
  fields: DraftFields,
  confirmed: boolean,
  kept: ReadonlySet<string> = new Set(),
  needsTitle = true,
): boolean {
  return (
    state.status === 'ready' &&
    same(state.for, fields) &&
    confirmed &&
    (!needsTitle || fields.title.trim() !== '') &&
    fields.body.trim() !== '' &&
    unanswered(fields.body, state.body.uncertain, kept).length === 0
  );
}
