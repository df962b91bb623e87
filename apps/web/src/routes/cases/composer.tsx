import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorNotice } from '../../components/states';
import { clearDraft, loadDraft, saveDeidentifiedDraft } from '../../lib/drafts';
import { MarkedSpans, PreviewField, PreviewPanel, QuasiWarnings, UncertainQuestions } from './preview-panel';
import { canPost, markSpan, shiftSpans, unanswered, type DraftFields, type TextSpan } from './preview';
import { useLivePreview, type PreviewFetcher } from './use-live-preview';
import { CaseDetailsFields } from './case-details-fields';
import {
  EMPTY_DETAILS,
  deidentifiedDetails,
  detailTextName,
  detailTexts,
  detailsProblems,
  hasDetails,
  restoredDetails,
  type DetailUnits,
  type DetailsDraft,
} from './case-details-rules';

export type { PreviewFetcher } from './use-live-preview';

export interface NewCase {
  channelId: string;
  /** The title as the preview showed it (de-identified). */
  title: string;
  /** The text as written: the server de-identifies it and removes `extraRedactions`, as the preview did. */
  body: string;
  extraRedactions: TextSpan[];
  /** The structured template, saved with the case when the author started it. */
  details: DetailsDraft | null;
  patientAge: number | null;
  patientSex: string | null;
  tags: string[];
  anonymous: boolean;
}

export interface ComposerProps {
  channels: readonly { id: string; name: string }[];
  /** The units the API accepts (`caseDetailUnits`). */
  units: DetailUnits;
  fetchPreview: PreviewFetcher;
  /** Resolves to an error to show, or nothing when the case was posted. */
  onPost: (input: NewCase) => Promise<unknown>;
  storage?: Storage;
  debounceMs?: number;
  /** More of the form (the images), shown before the confirmation. */
  children?: ReactNode;
  /** Posting waits (images still uploading, processing or with unsaved masks). */
  holdPost?: boolean;
}

const SEXES = [
  ['', 'Not stated'],
  ['FEMALE', 'Female'],
  ['MALE', 'Male'],
  ['INTERSEX', 'Intersex'],
  ['UNKNOWN', 'Unknown'],
] as const;

/** The template's free text, or nothing when none is written (the preview asks only for what is). */
function writtenDetailTexts(details: DetailsDraft): Record<string, string> | undefined {
  const texts = detailTexts(details);
  return Object.keys(texts).length > 0 ? texts : undefined;
}

/**
 * The case composer. Every edit restarts a short timer; then the title and the case text go to the
 * server's preview, and the answer is shown as exactly what would be stored. Posting needs a preview
 * of the very text on screen and the author's confirmation; the draft kept on this device is the
 * de-identified text only.
 */
export function Composer({
  channels,
  units,
  fetchPreview,
  onPost,
  storage,
  debounceMs = 400,
  children,
  holdPost = false,
}: ComposerProps) {
  const [restored] = useState(() => loadDraft(storage));
  const [title, setTitle] = useState(restored?.title ?? '');
  const [body, setBody] = useState(restored?.body ?? '');
  const [channelId, setChannelId] = useState(restored?.channelId ?? '');
  const [age, setAge] = useState(restored?.patientAge?.toString() ?? '');
  const [sex, setSex] = useState(restored?.patientSex ?? '');
  const [tags, setTags] = useState('');
  const [anonymous, setAnonymous] = useState(restored?.anonymous ?? false);
  const [spans, setSpans] = useState<TextSpan[]>([]);
  const [details, setDetails] = useState<DetailsDraft>(
    () => restoredDetails(restored?.details) ?? EMPTY_DETAILS,
  );
  const [kept, setKept] = useState<ReadonlySet<string>>(new Set());
  const [confirmed, setConfirmed] = useState(false);
  const [postError, setPostError] = useState<unknown>(null);
  const [posting, setPosting] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // The title is saved trimmed, under the short-field policy: it is previewed exactly so.
  const extra = writtenDetailTexts(details);
  const problems = detailsProblems(details);
  const problemCount = Object.keys(problems).length;
  const [showProblems, setShowProblems] = useState(false);
  const fields: DraftFields = { title: title.trim(), body, spans, ...(extra ? { extra } : {}) };
  const { preview, retry, online } = useLivePreview(fields, fetchPreview, debounceMs);

  // A confirmation is for the preview of the text and marks as they were: any change withdraws it.
  const extraKey = JSON.stringify(extra ?? null);
  useEffect(() => setConfirmed(false), [title, body, spans, extraKey]);

  function editBody(next: string) {
    setSpans((current) => shiftSpans(body, next, current));
    setBody(next);
  }

  // Only de-identified text is kept on this device, and only once the server has produced it.
  useEffect(() => {
    if (preview.status !== 'ready') return;
    // the template changed since this preview: wait for the one of the template as it is now
    if (JSON.stringify(preview.for.extra ?? null) !== extraKey) return;
    saveDeidentifiedDraft(
      {
        title: preview.title.text,
        body: preview.body.text,
        channelId,
        patientAge: age === '' ? null : Number(age),
        patientSex: sex,
        anonymous,
        // 'ready' is the preview of the template as it is now: each free text has its stored form
        details: hasDetails(details)
          ? deidentifiedDetails(
              details,
              Object.fromEntries(Object.entries(preview.extra ?? {}).map(([key, r]) => [key, r.text])),
            )
          : null,
        savedAt: new Date().toISOString(),
      },
      storage,
    );
  }, [preview, channelId, age, sex, anonymous, details, extraKey, storage]);

  function removeSelection() {
    const el = bodyRef.current;
    if (!el) return;
    setSpans((current) => markSpan(current, { start: el.selectionStart, end: el.selectionEnd }, body.length));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (problemCount > 0) {
      setShowProblems(true);
      const first = Object.keys(problems)[0];
      event.currentTarget.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    if (!canPost(preview, fields, confirmed, kept) || preview.status !== 'ready') return;
    setPosting(true);
    setPostError(null);
    const error = await onPost({
      channelId,
      // The title as previewed (the server checks a title again, more strictly); the body as written
      // with the author's marks, which the server de-identifies exactly as the confirmed preview did.
      title: preview.title.text,
      body: preview.for.body,
      extraRedactions: preview.for.spans.map((s) => ({ start: s.start, end: s.end })),
      patientAge: age === '' ? null : Number(age),
      patientSex: sex === '' ? null : sex,
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      anonymous,
      details: hasDetails(details) ? details : null,
    });
    setPosting(false);
    if (error) setPostError(error);
    else clearDraft(storage);
  }

  const ready = canPost(preview, fields, confirmed, kept);
  const questions =
    preview.status === 'ready' ? unanswered(preview.for.body, preview.body.uncertain, kept) : [];
  return (
    <form className="composer" onSubmit={(e) => void submit(e)}>
      {restored && (
        <p className="notice" role="status">
          Your draft was restored. It holds only the de-identified text.{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              clearDraft(storage);
              setTitle('');
              setBody('');
              setSpans([]);
            }}
          >
            Discard draft
          </button>
        </p>
      )}
      <div className="composer-grid">
        <div>
          <label htmlFor="channel">Channel</label>
          <select id="channel" required value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            <option value="">Choose a channel…</option>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor="title">Title</label>
          <input
            id="title"
            required
            maxLength={200}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <div className="pair">
            <div>
              <label htmlFor="age">Patient age (years)</label>
              <input
                id="age"
                type="number"
                min={0}
                max={130}
                inputMode="numeric"
                value={age}
                onChange={(e) => setAge(e.target.value)}
                aria-describedby="age-hint"
              />
            </div>
            <div>
              <label htmlFor="sex">Patient sex</label>
              <select id="sex" value={sex} onChange={(e) => setSex(e.target.value)}>
                {SEXES.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p id="age-hint" className="hint">
            90 and over is stored as “90+”.
          </p>
          <label htmlFor="body">Case</label>
          <textarea
            id="body"
            ref={bodyRef}
            required
            rows={10}
            value={body}
            onChange={(e) => editBody(e.target.value)}
            aria-describedby="body-hint"
          />
          <p id="body-hint" className="hint">
            Write as you would to a colleague. Names, dates, places and numbers that could identify the
            patient are removed before anything is stored; check the preview. To remove anything else, select
            it and choose “Remove selected text”.
          </p>
          <button type="button" className="secondary" onClick={removeSelection}>
            Remove selected text
          </button>
          <MarkedSpans
            text={body}
            spans={spans}
            onUnmark={(i) => setSpans(spans.filter((_, k) => k !== i))}
          />
          <label htmlFor="tags">Tags (comma separated, optional)</label>
          <input id="tags" value={tags} onChange={(e) => setTags(e.target.value)} />
          <CaseDetailsFields
            value={details}
            units={units}
            onChange={setDetails}
            problems={problems}
            showAll={showProblems}
          />
          <div className="check">
            <input
              id="anonymous"
              type="checkbox"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            <label htmlFor="anonymous">Post without my name</label>
          </div>
        </div>
        <PreviewPanel
          status={preview.status}
          title={
            preview.status === 'ready' ? { submitted: preview.for.title, result: preview.title } : undefined
          }
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
                submitted={preview.for.body}
                tokens={questions}
                onKeep={(word) => setKept(new Set([...kept, word]))}
                onRemove={(span) => setSpans((current) => markSpan(current, span, body.length))}
              />
              {Object.entries(preview.for.extra ?? {}).map(([key, submitted]) => {
                const result = preview.extra?.[key];
                if (!result) return null;
                const name = detailTextName(key);
                const unsure = (result.uncertain ?? []).map((u) => submitted.slice(u.start, u.end));
                return (
                  <div key={key}>
                    <PreviewField name={name} submitted={submitted} result={result} />
                    {unsure.length > 0 && (
                      <p className="hint">
                        Kept, but we are not sure: {unsure.map((w) => `“${w}”`).join(', ')}. If{' '}
                        {unsure.length === 1 ? 'it' : 'any'} could identify the patient, reword the field.
                      </p>
                    )}
                  </div>
                );
              })}
              <QuasiWarnings
                warnings={[
                  ...(preview.title.warnings ?? []),
                  ...(preview.body.warnings ?? []),
                  ...Object.values(preview.extra ?? {}).flatMap((r) => r.warnings ?? []),
                ]}
              />
            </>
          )}
        </PreviewPanel>
      </div>
      {children}
      <div className="check">
        <input
          id="confirm"
          type="checkbox"
          checked={confirmed}
          disabled={preview.status !== 'ready' || questions.length > 0}
          aria-describedby={questions.length > 0 ? 'questions-hint' : undefined}
          onChange={(e) => setConfirmed(e.target.checked)}
        />
        <label htmlFor="confirm">I have checked the preview: this is what may be shared</label>
      </div>
      {questions.length > 0 && (
        <p className="hint" id="questions-hint">
          Answer the {questions.length === 1 ? 'question' : `${questions.length} questions`} about uncertain
          words in the preview before posting.
        </p>
      )}
      {showProblems && problemCount > 0 && (
        <p className="field-error" role="alert">
          Fix {problemCount === 1 ? 'the problem' : `the ${problemCount} problems`} marked in the structured
          details before posting.
        </p>
      )}
      {postError !== null && <ErrorNotice error={postError} />}
      <button type="submit" disabled={!ready || posting || channelId === '' || holdPost}>
        {posting ? 'Posting…' : 'Post case'}
      </button>
    </form>
  );
}
