import { ErrorNotice } from '../../components/states';
import { segmentsOf, summarise, type PreviewResult } from './preview';

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

export interface PreviewPanelProps {
  status: 'empty' | 'waiting' | 'ready' | 'failed';
  title?: { submitted: string; result: PreviewResult };
  body?: { submitted: string; result: PreviewResult };
  error?: unknown;
  onRetry?: () => void;
}

export function PreviewPanel({ status, title, body, error, onRetry }: PreviewPanelProps) {
  return (
    <section className="preview" aria-labelledby="preview-heading" aria-busy={status === 'waiting'}>
      <h2 id="preview-heading">What will be stored</h2>
      {status === 'empty' && <p className="muted">Start typing: the de-identified version appears here.</p>}
      {status === 'waiting' && (
        <p className="muted" role="status">
          Checking for identifiers…
        </p>
      )}
      {status === 'failed' && <ErrorNotice error={error} onRetry={onRetry} />}
      {status === 'ready' && title && body && (
        <>
          <PreviewField name="Title" submitted={title.submitted} result={title.result} />
          <PreviewField name="Case" submitted={body.submitted} result={body.result} />
        </>
      )}
    </section>
  );
}
