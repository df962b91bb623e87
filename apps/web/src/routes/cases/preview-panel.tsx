import type { ReactNode } from 'react';
import { ErrorNotice } from '../../components/states';
import {
  segmentsOf,
  summarise,
  uncertaintyLabel,
  type PreviewResult,
  type QuasiWarning,
  type TextSpan,
  type UncertainToken,
} from './preview';

/** One field's preview: the stored text with each removal highlighted and labelled. */
export function PreviewField({
  name,
  submitted,
  result,
}: {
  name: string;
  submitted: string;
  result: PreviewResult;
}) {
  const segments = segmentsOf(submitted, result);
  return (
    <section className="preview-field" aria-label={`${name} as it will be stored`}>
      <h3>{name}</h3>
      <p className="preview-text">
        {segments
          ? segments.map((s, i) =>
              s.kind === 'text' ? (
                <span key={i}>{s.text}</span>
              ) : (
                <mark key={i} className="removal" data-category={s.category}>
                  <span className="removal-label">{s.label} removed:</span> {s.replacement}
                </mark>
              ),
            )
          : result.text}
      </p>
      <p className="muted">{summarise(result.findings)}</p>
    </section>
  );
}

/**
 * The kept tokens the engine is least sure of, each asked about: keep it as written, or remove it
 * (the server removes it: the span goes as `extraRedactions`, the text on screen is not changed).
 */
export function UncertainQuestions({
  idPrefix = 'case',
  submitted,
  tokens,
  onKeep,
  onRemove,
}: {
  idPrefix?: string;
  submitted: string;
  tokens: readonly UncertainToken[];
  onKeep: (word: string) => void;
  onRemove: (span: TextSpan) => void;
}) {
  if (tokens.length === 0) return null;
  return (
    <section className="questions" aria-labelledby={`${idPrefix}-questions`}>
      <h3 id={`${idPrefix}-questions`}>Please check {tokens.length === 1 ? 'this word' : 'these words'}</h3>
      <p className="muted">
        We kept {tokens.length === 1 ? 'it' : 'them'}, but could not be sure{' '}
        {tokens.length === 1 ? 'it is' : 'they are'} not an identifier. Answer each before posting.
      </p>
      <ul>
        {tokens.map((t) => {
          const word = submitted.slice(t.start, t.end);
          return (
            <li key={`${t.start}-${t.end}`} className="question">
              <span>
                <strong>“{word}”</strong> <span className="muted">({uncertaintyLabel(t.reason)})</span>
              </span>
              <span className="actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onKeep(word)}
                  aria-label={`Keep “${word}”`}
                >
                  Keep
                </button>
                <button
                  type="button"
                  onClick={() => onRemove({ start: t.start, end: t.end })}
                  aria-label={`Remove “${word}”`}
                >
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Quasi-identifier combinations: not removed, but the author should consider rewording. */
export function QuasiWarnings({
  idPrefix = 'case',
  warnings,
}: {
  idPrefix?: string;
  warnings: readonly QuasiWarning[];
}) {
  if (warnings.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby={`${idPrefix}-warnings`}>
      <h3 id={`${idPrefix}-warnings`}>Could still point to one patient</h3>
      <ul>
        {[...new Map(warnings.map((w) => [w.message, w])).values()].map((w) => (
          <li key={`${w.rule}:${w.message}`}>{w.message}</li>
        ))}
      </ul>
      <p className="muted">These details are kept. Reword or mark them for removal if they are not needed.</p>
    </section>
  );
}

/** The spans the author marked for removal, each of which can be given back. */
export function MarkedSpans({
  idPrefix = 'case',
  text,
  spans,
  onUnmark,
}: {
  idPrefix?: string;
  text: string;
  spans: readonly TextSpan[];
  onUnmark: (index: number) => void;
}) {
  if (spans.length === 0) return null;
  return (
    <section className="marked" aria-labelledby={`${idPrefix}-marked`}>
      <h3 id={`${idPrefix}-marked`}>Marked by you for removal</h3>
      <ul>
        {spans.map((s, i) => {
          const words = text.slice(s.start, s.end);
          return (
            <li key={`${s.start}-${s.end}`}>
              “{words}”{' '}
              <button
                type="button"
                className="link"
                onClick={() => onUnmark(i)}
                aria-label={`Keep after all: “${words}”`}
              >
                Keep after all
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export interface PreviewPanelProps {
  status: 'empty' | 'waiting' | 'ready' | 'failed';
  title?: { submitted: string; result: PreviewResult };
  body?: { submitted: string; result: PreviewResult };
  /** The body's name in headings ("Case", "Reply"). */
  bodyName?: string;
  headingId?: string;
  error?: unknown;
  onRetry?: () => void;
  online?: boolean;
  /** Shown under a ready preview: the questions, warnings and marked spans. */
  children?: ReactNode;
}

export function PreviewPanel({
  status,
  title,
  body,
  bodyName = 'Case',
  headingId = 'preview-heading',
  error,
  onRetry,
  online = true,
  children,
}: PreviewPanelProps) {
  return (
    <section className="preview" aria-labelledby={headingId} aria-busy={status === 'waiting'}>
      <h2 id={headingId}>What will be stored</h2>
      {status === 'empty' && <p className="muted">Start typing: the de-identified version appears here.</p>}
      {status === 'waiting' && (
        <p className="muted" role="status">
          Checking for identifiers…
        </p>
      )}
      {status === 'failed' && !online && (
        <p className="notice" role="status">
          You are offline. What you wrote stays on this screen, and the last de-identified draft is kept on
          this device; the preview comes back when the connection does.
        </p>
      )}
      {status === 'failed' && online && <ErrorNotice error={error} onRetry={onRetry} />}
      {status === 'ready' && body && (
        <>
          {title && <PreviewField name="Title" submitted={title.submitted} result={title.result} />}
          <PreviewField name={bodyName} submitted={body.submitted} result={body.result} />
          {children}
        </>
      )}
    </section>
  );
}
