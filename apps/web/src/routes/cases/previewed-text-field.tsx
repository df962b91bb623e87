import { useRef, useState } from 'react';
import { ErrorNotice } from '../../components/states';
import { markSpan, shiftSpans, unanswered, type DraftFields, type TextSpan } from './preview';
import { MarkedSpans, PreviewField, QuasiWarnings, UncertainQuestions } from './preview-panel';
import { useLivePreview, type PreviewFetcher } from './use-live-preview';

/** A field's text as typed and the spans of it its author marked for removal. */
export interface MarkedText {
  text: string;
  spans: TextSpan[];
}

/**
 * The text as the server saves it (trimmed) with the marked spans moved to match: what is previewed
 * and what is sent.
 */
export function trimmed({ text, spans }: MarkedText): MarkedText {
  const lead = text.length - text.trimStart().length;
  const out = text.trim();
  return {
    text: out,
    spans: spans
      .map((s) => ({ start: Math.max(0, s.start - lead), end: Math.min(out.length, s.end - lead) }))
      .filter((s) => s.end > s.start),
  };
}

/**
 * One free-text field with its own live de-identification preview underneath: what will be removed,
 * the words the engine is unsure of, and "Remove selected text" to add to it (the server removes the
 * marked spans; the text on screen is not changed). The control keeps its `name` for form data.
 */
export function PreviewedTextField({
  id,
  name,
  label,
  value,
  onChange,
  fetchPreview,
  multiline = true,
  rows = 3,
  maxLength,
  describedBy,
  invalid,
  debounceMs = 400,
}: {
  id: string;
  name: string;
  label: string;
  value: MarkedText;
  onChange: (next: MarkedText) => void;
  fetchPreview: PreviewFetcher;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  describedBy?: string;
  invalid?: boolean;
  debounceMs?: number;
}) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const sent = trimmed(value);
  const lead = value.text.length - value.text.trimStart().length;
  const fields: DraftFields = { title: '', body: sent.text, spans: sent.spans };
  const { preview, retry } = useLivePreview(fields, fetchPreview, debounceMs);

  const edit = (next: string) => onChange({ text: next, spans: shiftSpans(value.text, next, value.spans) });
  const mark = (span: TextSpan) =>
    onChange({ text: value.text, spans: markSpan(value.spans, span, value.text.length) });
  const markSelection = () => {
    const el = ref.current;
    if (el && el.selectionStart !== null && el.selectionEnd !== null)
      mark({ start: el.selectionStart, end: el.selectionEnd });
  };
  const control = {
    id,
    name,
    ref,
    maxLength,
    value: value.text,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': [describedBy, `${id}-hint`].filter(Boolean).join(' '),
  };
  const questions =
    preview.status === 'ready' ? unanswered(preview.for.body, preview.body.uncertain, kept) : [];

  return (
    <div className="previewed-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...control} rows={rows} onChange={(e) => edit(e.target.value)} />
      ) : (
        <input {...control} onChange={(e) => edit(e.target.value)} />
      )}
      <p id={`${id}-hint`} className="hint">
        To remove anything else, select it and choose “Remove selected text”.
      </p>
      {value.text.trim() !== '' && (
        <>
          <button type="button" className="secondary" onClick={markSelection}>
            Remove selected text
            <span className="visually-hidden"> from {label.toLowerCase()}</span>
          </button>
          <MarkedSpans
            idPrefix={id}
            text={value.text}
            spans={value.spans}
            onUnmark={(i) => onChange({ text: value.text, spans: value.spans.filter((_, k) => k !== i) })}
          />
          <div className="preview field-preview" aria-live="polite" aria-busy={preview.status === 'waiting'}>
            {preview.status === 'waiting' && <p className="muted">Checking for identifiers…</p>}
            {preview.status === 'failed' && <ErrorNotice error={preview.error} onRetry={retry} />}
            {preview.status === 'ready' && (
              <>
                <PreviewField name={label} submitted={preview.for.body} result={preview.body} />
                <UncertainQuestions
                  idPrefix={id}
                  submitted={preview.for.body}
                  tokens={questions}
                  onKeep={(word) => setKept(new Set([...kept, word]))}
                  onRemove={(span) => mark({ start: span.start + lead, end: span.end + lead })}
                />
                <QuasiWarnings idPrefix={id} warnings={preview.body.warnings ?? []} />
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}
