import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { Done, ErrorNotice } from '../../components/states';
import { graphql } from '../../gql';
import { label, when } from '../../lib/format';
import { canPost, markSpan, shiftSpans, unanswered, type DraftFields, type TextSpan } from './preview';
import { MarkedSpans, PreviewPanel, QuasiWarnings, UncertainQuestions } from './preview-panel';
import { useLivePreview, type PreviewFetcher } from './use-live-preview';

/** Why a piece of the author's own content is hidden, as the API gives it (`ContentHold`). */
export interface Hold {
  reason: string;
  stage: string;
  since: string;
  returnNote?: string | null;
}

/** What the author rewrites: a case (title and body) or a reply (body only). */
export type HeldTarget =
  | { kind: 'case'; caseId: string; title: string; body: string }
  | { kind: 'reply'; replyId: string; body: string };

/** The variables of `editHeldCase` / `editHeldReply` the form sends. */
export type HeldEdit =
  | { kind: 'case'; input: { caseId: string; title: string; body: string; extraRedactions: TextSpan[] } }
  | { kind: 'reply'; input: { replyId: string; body: string; extraRedactions: TextSpan[] } };

const REASON_TEXT: Record<string, string> = {
  PHI_SUSPECTED: 'it may identify a patient',
  SPAM: 'spam',
  UNPROFESSIONAL: 'unprofessional',
  MISINFORMATION: 'misinformation',
  OTHER: 'other',
};

const STAGE_TEXT: Record<string, string> = {
  AWAITING_REVIEW: 'An administrator will review it. Until then only you and the administrators can see it.',
  RETURNED_TO_AUTHOR:
    'An administrator returned it to you: remove the identifiers, and your edit goes back to them.',
  EDITED_BY_AUTHOR:
    'Your edit was sent back to the administrators. It stays hidden until they have reviewed it.',
  REDACTED: 'An administrator removed identifiers from it. It stays hidden until the review is finished.',
};

export interface HeldBannerProps {
  target: HeldTarget;
  hold: Hold;
  fetchPreview: PreviewFetcher;
  /** Resolves to an error to show, or nothing when the edit was accepted. */
  onSend: (edit: HeldEdit) => Promise<unknown>;
  debounceMs?: number;
}

/**
 * The author's view of their own content that an identifier report hides: why, what the administrator
 * said, and an edit (with the composer's live de-identification preview) that sends it back for review.
 */
export function HeldBanner({ target, hold, fetchPreview, onSend, debounceMs = 400 }: HeldBannerProps) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [sent, setSent] = useState(false);
  const what = target.kind === 'case' ? 'case' : 'reply';
  return (
    <section className="notice held" aria-labelledby={headingId}>
      <h2 id={headingId}>Your {what} is hidden from other clinicians</h2>
      <p>
        It was reported ({REASON_TEXT[hold.reason] ?? label(hold.reason).toLowerCase()}) and hidden{' '}
        {when(hold.since)}. {STAGE_TEXT[hold.stage] ?? STAGE_TEXT.AWAITING_REVIEW}
      </p>
      {hold.returnNote && (
        <p>
          <strong>Administrator’s note:</strong> {hold.returnNote}
        </p>
      )}
      {sent && <Done>Your edit was sent back to the administrators.</Done>}
      {!editing && (
        <button type="button" onClick={() => setEditing(true)}>
          Edit to remove identifiers
        </button>
      )}
      {editing && (
        <HeldEditForm
          target={target}
          fetchPreview={fetchPreview}
          debounceMs={debounceMs}
          onCancel={() => setEditing(false)}
          onSend={async (edit) => {
            const failed = await onSend(edit);
            if (!failed) {
              setEditing(false);
              setSent(true);
            }
            return failed;
          }}
        />
      )}
    </section>
  );
}

function HeldEditForm({
  target,
  fetchPreview,
  onSend,
  onCancel,
  debounceMs,
}: {
  target: HeldTarget;
  fetchPreview: PreviewFetcher;
  onSend: (edit: HeldEdit) => Promise<unknown>;
  onCancel: () => void;
  debounceMs: number;
}) {
  const id = useId();
  const isCase = target.kind === 'case';
  const [title, setTitle] = useState(target.kind === 'case' ? target.title : '');
  const [body, setBody] = useState(target.body);
  const [spans, setSpans] = useState<TextSpan[]>([]);
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [confirmed, setConfirmed] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const fields: DraftFields = { title: isCase ? title : '', body, spans };
  const { preview, retry, online } = useLivePreview(fields, fetchPreview, debounceMs);

  useEffect(() => setConfirmed(false), [title, body, spans]);

  const markSelection = useCallback(() => {
    const el = boxRef.current;
    if (!el) return;
    setSpans((current) => markSpan(current, { start: el.selectionStart, end: el.selectionEnd }, body.length));
  }, [body.length]);

  const ready = canPost(preview, fields, confirmed, kept, isCase);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (preview.status !== 'ready' || !ready) return;
    const extraRedactions = preview.for.spans.map((s) => ({ start: s.start, end: s.end }));
    const edit: HeldEdit =
      target.kind === 'case'
        ? {
            kind: 'case',
            input: {
              caseId: target.caseId,
              title: preview.for.title,
              body: preview.for.body,
              extraRedactions,
            },
          }
        : { kind: 'reply', input: { replyId: target.replyId, body: preview.for.body, extraRedactions } };
    setSending(true);
    setError(null);
    const failed = await onSend(edit);
    setSending(false);
    if (failed) setError(failed);
  }

  const questions =
    preview.status === 'ready' ? unanswered(preview.for.body, preview.body.uncertain, kept) : [];
  const bodyLabel = isCase ? 'Case text' : 'Reply text';
  return (
    <form onSubmit={(e) => void submit(e)} className="reply-form" aria-label={`Edit your ${target.kind}`}>
      {isCase && (
        <>
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} required value={title} onChange={(e) => setTitle(e.target.value)} />
        </>
      )}
      <label htmlFor={`${id}-body`}>{bodyLabel}</label>
      <textarea
        id={`${id}-body`}
        ref={boxRef}
        rows={6}
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
        Your edit is de-identified before it is stored: check the preview. To remove anything else, select it
        and choose “Remove selected text”.
      </p>
      <button type="button" className="secondary" onClick={markSelection}>
        Remove selected text
      </button>
      <MarkedSpans
        idPrefix={`${id}-m`}
        text={body}
        spans={spans}
        onUnmark={(i) => setSpans(spans.filter((_, k) => k !== i))}
      />
      <PreviewPanel
        status={preview.status}
        headingId={`${id}-preview`}
        bodyName={isCase ? 'Case' : 'Reply'}
        title={
          isCase && preview.status === 'ready'
            ? { submitted: preview.for.title, result: preview.title }
            : undefined
        }
        body={preview.status === 'ready' ? { submitted: preview.for.body, result: preview.body } : undefined}
        error={preview.status === 'failed' ? preview.error : undefined}
        onRetry={retry}
        online={online}
      >
        {preview.status === 'ready' && (
          <>
            <UncertainQuestions
              idPrefix={`${id}-q`}
              submitted={preview.for.body}
              tokens={questions}
              onKeep={(word) => setKept(new Set([...kept, word]))}
              onRemove={(span) => setSpans((current) => markSpan(current, span, body.length))}
            />
            <QuasiWarnings idPrefix={`${id}-w`} warnings={preview.body.warnings ?? []} />
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
        <label htmlFor={`${id}-confirm`}>I have checked the preview of my edit</label>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="actions">
        <button type="submit" disabled={!ready || sending}>
          {sending ? 'Sending…' : 'Send edit for review'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel edit
        </button>
      </div>
    </form>
  );
}

const NO_TITLE = { text: '', findings: [] };

const PreviewHeldEdit = graphql(`
  query PreviewHeldEdit($title: String!, $withTitle: Boolean!, $body: String!, $spans: [TextSpanInput!]) {
    title: previewDeidentification(text: $title) @include(if: $withTitle) {
      ...PreviewOfText
    }
    body: previewDeidentification(text: $body, extraRedactions: $spans) {
      ...PreviewOfText
    }
  }
`);

const EditHeldCase = graphql(`
  mutation EditHeldCase($input: EditHeldCaseInput!) {
    editHeldCase(input: $input) {
      id
      title
      body
      hold {
        reason
        stage
        since
        returnNote
      }
    }
  }
`);

const EditHeldReply = graphql(`
  mutation EditHeldReply($input: EditHeldReplyInput!) {
    editHeldReply(input: $input) {
      id
      body
      hold {
        reason
        stage
        since
        returnNote
      }
    }
  }
`);

/** The banner wired to the API: previews through `previewDeidentification`, sends `editHeld*`. */
export function HeldContent({ target, hold }: { target: HeldTarget; hold: Hold }) {
  const client = useClient();
  const [, editCase] = useMutation(EditHeldCase);
  const [, editReply] = useMutation(EditHeldReply);
  const fetchPreview = useCallback<PreviewFetcher>(
    async (fields) => {
      const result = await client
        .query(
          PreviewHeldEdit,
          {
            title: fields.title,
            withTitle: fields.title.trim() !== '',
            body: fields.body,
            spans: fields.spans.map((s) => ({ start: s.start, end: s.end })),
          },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no preview');
      return { title: result.data.title ?? NO_TITLE, body: result.data.body };
    },
    [client],
  );
  const send = useCallback(
    async (edit: HeldEdit) => {
      const outcome =
        edit.kind === 'case' ? await editCase({ input: edit.input }) : await editReply({ input: edit.input });
      return outcome.error ?? null;
    },
    [editCase, editReply],
  );
  return <HeldBanner target={target} hold={hold} fetchPreview={fetchPreview} onSend={send} />;
}
