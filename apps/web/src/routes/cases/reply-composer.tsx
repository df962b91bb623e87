import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '../../components/states';
import { canPost, markSpan, shiftSpans, unanswered, type DraftFields, type TextSpan } from './preview';
import { MarkedSpans, PreviewPanel, QuasiWarnings, UncertainQuestions } from './preview-panel';
import { useLivePreview, type PreviewFetcher } from './use-live-preview';

const NOUN_PLURAL: Record<string, string> = { reply: 'Replies are', answer: 'Answers are' };

export interface ReplyComposerProps {
  /** Unique on the page: a thread may show several reply forms. */
  id: string;
  label: string;
  fetchPreview: (fields: DraftFields) => ReturnType<PreviewFetcher>;
  /** Resolves to an error to show, or nothing when the reply was sent. */
  onSend: (body: string, extraRedactions: TextSpan[]) => Promise<unknown>;
  debounceMs?: number;
  /** What the form sends (a reply by default). */
  noun?: string;
  /** More of the form (the images, or a consult message's "asks for information"), above the send button. */
  children?: ReactNode;
  /** Sending waits (images still uploading, processing or with unsaved masks). */
  holdSend?: boolean;
}

/**
 * A reply, written like a case: a live preview of exactly what will be stored, the uncertain words
 * asked about, the author's marked spans removed on the server, and sent only once confirmed.
 */
export function ReplyComposer({
  id,
  label,
  fetchPreview,
  onSend,
  debounceMs = 400,
  noun = 'reply',
  children,
  holdSend = false,
}: ReplyComposerProps) {
  const [body, setBody] = useState('');
  const [spans, setSpans] = useState<TextSpan[]>([]);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [confirmed, setConfirmed] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState(false);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const fields: DraftFields = { title: '', body, spans };
  const { preview, retry, online } = useLivePreview(fields, fetchPreview, debounceMs);

  useEffect(() => setConfirmed(false), [body, spans]);
  useEffect(() => {
    if (body !== '') setOpen(true);
  }, [body]);

  const markSelection = useCallback(() => {
    const el = boxRef.current;
    if (!el) return;
    setSpans((current) => markSpan(current, { start: el.selectionStart, end: el.selectionEnd }, body.length));
  }, [body.length]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (preview.status !== 'ready' || !canPost(preview, fields, confirmed, kept, false)) return;
    setSending(true);
    setError(null);
    const failed = await onSend(
      preview.for.body,
      preview.for.spans.map((s) => ({ start: s.start, end: s.end })),
    );
    setSending(false);
    if (failed) {
      setError(failed);
      return;
    }
    setBody('');
    setSpans([]);
    setKept(new Set());
    setOpen(false);
  }

  const questions =
    preview.status === 'ready' ? unanswered(preview.for.body, preview.body.uncertain, kept) : [];
  const ready = canPost(preview, fields, confirmed, kept, false);
  return (
    <form onSubmit={(e) => void submit(e)} className="reply-form">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={boxRef}
        rows={4}
        required
        value={body}
        onChange={(e) => {
          const next = e.target.value;
          setSpans((current) => shiftSpans(body, next, current));
          setBody(next);
        }}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        {NOUN_PLURAL[noun] ?? 'Messages are'} de-identified before they are stored, like cases: check the
        preview. To remove anything else, select it and choose “Remove selected text”.
      </p>
      {open && (
        <>
          <button type="button" className="secondary" onClick={markSelection}>
            Remove selected text
          </button>
          <MarkedSpans
            idPrefix={id}
            text={body}
            spans={spans}
            onUnmark={(i) => setSpans(spans.filter((_, k) => k !== i))}
          />
          <PreviewPanel
            status={preview.status}
            headingId={`${id}-preview`}
            bodyName={noun === 'reply' ? 'Reply' : noun === 'answer' ? 'Answer' : 'Message'}
            body={
              preview.status === 'ready' ? { submitted: preview.for.body, result: preview.body } : undefined
            }
            error={preview.status === 'failed' ? preview.error : undefined}
            onRetry={retry}
            online={online}
          >
            {preview.status === 'ready' && (
              <>
                <UncertainQuestions
                  idPrefix={id}
                  submitted={preview.for.body}
                  tokens={questions}
                  onKeep={(word) => setKept(new Set([...kept, word]))}
                  onRemove={(span) => setSpans((current) => markSpan(current, span, body.length))}
                />
                <QuasiWarnings idPrefix={id} warnings={preview.body.warnings ?? []} />
              </>
            )}
          </PreviewPanel>
          <div className="check">
            <input
              id={`${id}-confirm`}
              type="checkbox"
              checked={confirmed}
              disabled={preview.status !== 'ready' || questions.length > 0}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <label htmlFor={`${id}-confirm`}>I have checked the preview of my {noun}</label>
          </div>
        </>
      )}
      {children}
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" disabled={!ready || sending || holdSend}>
        {sending ? 'Sending…' : `Send ${noun}`}
      </button>
    </form>
  );
}
