import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/states';
import type { AttachmentReviewFragment } from '../../gql/graphql';
import { AttachmentStatusQuery, DiscardAttachment, REVIEW_REASONS } from './attachment-queries';
import { MaskEditor } from './mask-editor';
import { type ConsentBy, uploadAttachment, uploadErrorMessage } from './upload';
import './attachments.css';

/** What the form that holds the picker needs to know. */
export interface AttachmentsState {
  /** READY attachments whose masks are saved: these are posted. */
  ids: string[];
  /** Something is uploading, processing or has unsaved masks: posting waits. */
  busy: boolean;
}

interface Item {
  key: string;
  name: string;
  progress: number;
  id: string | null;
  error: string | null;
}

interface ItemState {
  ready: boolean;
  busy: boolean;
}

const MAX_ATTACHMENTS = 10;
const POLL_MS = 1000;

function newDraftId(): string {
  return crypto.randomUUID();
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Attach photos and scans to a case, a reply or a consult answer: from the phone's camera or a file,
 * uploaded with progress, processed on the server (status followed live), then shown de-identified
 * with its masks for the author to check and cover more. Eyes-only masking (the face is the finding)
 * needs the patient's consent, attested here before the upload.
 */
export function AttachmentPicker({
  idPrefix,
  onChange,
  resetKey = 0,
}: {
  idPrefix: string;
  onChange: (state: AttachmentsState) => void;
  /** Changing it empties the picker (after the post was sent). */
  resetKey?: number;
}) {
  const [draftId, setDraftId] = useState(newDraftId);
  const [items, setItems] = useState<Item[]>([]);
  const [states, setStates] = useState<Record<string, ItemState>>({});
  const [eyesOnly, setEyesOnly] = useState(false);
  const [consentBy, setConsentBy] = useState<ConsentBy | ''>('');
  const [consentOn, setConsentOn] = useState(today);
  const [attested, setAttested] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (resetKey === 0) return;
    setItems([]);
    setStates({});
    setDraftId(newDraftId());
    setEyesOnly(false);
    setAttested(false);
  }, [resetKey]);

  useEffect(() => {
    const ids: string[] = [];
    let busy = false;
    for (const item of items) {
      if (item.error) continue;
      const state = item.id ? states[item.id] : undefined;
      if (!item.id || !state || state.busy) busy = true;
      else if (state.ready) ids.push(item.id);
    }
    onChange({ ids, busy });
  }, [items, states, onChange]);

  const consentMissing = eyesOnly && (consentBy === '' || !attested || consentOn === '');

  function update(key: string, patch: Partial<Item>) {
    setItems((current) => current.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  }

  async function upload(files: FileList | null) {
    if (!files || consentMissing) return;
    const chosen = [...files].slice(0, Math.max(0, MAX_ATTACHMENTS - items.length));
    for (const file of chosen) {
      const key = `${Date.now()}-${Math.random()}`;
      setItems((current) => [...current, { key, name: file.name, progress: 0, id: null, error: null }]);
      try {
        const id = await uploadAttachment(file, {
          draftId,
          eyesOnly: eyesOnly && consentBy !== '' ? { by: consentBy, on: consentOn } : undefined,
          onProgress: (fraction) => update(key, { progress: fraction }),
        });
        update(key, { id, progress: 1 });
      } catch (error) {
        update(key, { error: uploadErrorMessage(error) });
      }
    }
    if (fileRef.current) fileRef.current.value = '';
    if (cameraRef.current) cameraRef.current.value = '';
  }

  const onItemState = useCallback((id: string, state: ItemState) => {
    setStates((current) => {
      const old = current[id];
      if (old && old.ready === state.ready && old.busy === state.busy) return current;
      return { ...current, [id]: state };
    });
  }, []);

  const full = items.length >= MAX_ATTACHMENTS;
  return (
    <fieldset className="attachments">
      <legend>Images (optional)</legend>
      <p className="hint" id={`${idPrefix}-images-hint`}>
        Photos (JPEG, PNG, HEIC) and DICOM scans. Faces and text that could identify the patient are covered
        before anyone else can see them; you can cover more before posting.
      </p>
      <div className="check">
        <input
          id={`${idPrefix}-eyes-only`}
          type="checkbox"
          checked={eyesOnly}
          onChange={(e) => setEyesOnly(e.target.checked)}
        />
        <label htmlFor={`${idPrefix}-eyes-only`}>
          The face is the finding: cover only the eyes (needs the patient’s consent)
        </label>
      </div>
      {eyesOnly && (
        <div className="consent">
          <label htmlFor={`${idPrefix}-consent-by`}>Consent obtained by</label>
          <select
            id={`${idPrefix}-consent-by`}
            value={consentBy}
            onChange={(e) => setConsentBy(e.target.value as ConsentBy | '')}
          >
            <option value="">Choose…</option>
            <option value="AUTHOR">Me</option>
            <option value="TREATING_CLINICIAN">The treating clinician</option>
            <option value="OTHER_CLINICIAN">Another clinician</option>
          </select>
          <label htmlFor={`${idPrefix}-consent-on`}>Consent obtained on</label>
          <input
            id={`${idPrefix}-consent-on`}
            type="date"
            max={today()}
            value={consentOn}
            onChange={(e) => setConsentOn(e.target.value)}
          />
          <div className="check">
            <input
              id={`${idPrefix}-consent-attest`}
              type="checkbox"
              checked={attested}
              onChange={(e) => setAttested(e.target.checked)}
            />
            <label htmlFor={`${idPrefix}-consent-attest`}>
              I confirm that the patient consented to this image being shared with clinicians with only the
              eyes covered. (No name is recorded.)
            </label>
          </div>
        </div>
      )}
      <div className="actions">
        <label className={`file-button${consentMissing || full ? ' disabled' : ''}`}>
          <input
            ref={cameraRef}
            className="visually-hidden"
            type="file"
            accept="image/*,.dcm"
            capture="environment"
            disabled={consentMissing || full}
            aria-describedby={`${idPrefix}-images-hint`}
            onChange={(e) => void upload(e.target.files)}
          />
          Take a photo
        </label>
        <label className={`file-button secondary${consentMissing || full ? ' disabled' : ''}`}>
          <input
            ref={fileRef}
            className="visually-hidden"
            type="file"
            multiple
            accept="image/jpeg,image/png,image/heic,image/heif,.heic,.dcm,application/dicom"
            disabled={consentMissing || full}
            aria-describedby={`${idPrefix}-images-hint`}
            data-testid={`${idPrefix}-file`}
            onChange={(e) => void upload(e.target.files)}
          />
          Choose files
        </label>
      </div>
      {consentMissing && <p className="hint">Record the patient’s consent first.</p>}
      {items.length > 0 && (
        <ul className="attachment-list">
          {items.map((item) => (
            <li key={item.key} className="card">
              <p className="muted">{item.name}</p>
              {item.error && (
                <div className="notice error" role="alert">
                  <p>{item.error}</p>
                </div>
              )}
              {!item.error && !item.id && (
                <>
                  <label htmlFor={`${item.key}-progress`} className="hint">
                    Uploading…
                  </label>
                  <progress id={`${item.key}-progress`} max={1} value={item.progress} />
                </>
              )}
              {item.id && (
                <AttachmentReviewItem
                  id={item.id}
                  onState={onItemState}
                  onDiscarded={() => setItems((current) => current.filter((i) => i.key !== item.key))}
                />
              )}
              {item.error && (
                <button
                  type="button"
                  className="link"
                  onClick={() => setItems((current) => current.filter((i) => i.key !== item.key))}
                >
                  Dismiss
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** One uploaded attachment: its status followed until done, then its review. */
function AttachmentReviewItem({
  id,
  onState,
  onDiscarded,
}: {
  id: string;
  onState: (id: string, state: ItemState) => void;
  onDiscarded: () => void;
}) {
  const [{ data, error }, refetch] = useQuery({
    query: AttachmentStatusQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [discarded, discard] = useMutation(DiscardAttachment);
  const [dirty, setDirty] = useState(false);
  const headingId = useId();
  const attachment = data?.attachment ?? null;
  const status = attachment?.status;

  // Followed by polling while the job runs (a second, then again): the upload's only status source.
  useEffect(() => {
    if (status !== 'PROCESSING') return;
    const timer = setTimeout(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [status, data, refetch]);

  useEffect(() => {
    onState(id, { ready: status === 'READY', busy: status === 'PROCESSING' || !status || dirty });
  }, [id, status, dirty, onState]);

  async function remove() {
    const result = await discard({ attachmentId: id });
    if (!result.error) {
      onState(id, { ready: false, busy: false });
      onDiscarded();
    }
  }

  if (error) return <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!attachment || attachment.status === 'PROCESSING') {
    return (
      <p className="muted" role="status" aria-live="polite">
        Uploaded. Removing identifiers (metadata, text in the image, faces)…
      </p>
    );
  }
  return (
    <div aria-labelledby={headingId}>
      <p id={headingId} role="status" aria-live="polite">
        {attachment.status === 'READY' ? (
          <strong>Ready: check the de-identified image below.</strong>
        ) : (
          <strong>Refused.</strong>
        )}
      </p>
      {attachment.status === 'REFUSED' && (
        <div className="notice error" role="alert">
          <p>{attachment.refusalMessage ?? 'This file could not be used.'}</p>
        </div>
      )}
      {attachment.status === 'READY' && <ReadyReview attachment={attachment} onDirty={setDirty} />}
      {discarded.error && <ErrorNotice error={discarded.error} />}
      <button type="button" className="secondary" disabled={discarded.fetching} onClick={() => void remove()}>
        Remove this image
      </button>
    </div>
  );
}

function ReadyReview({
  attachment,
  onDirty,
}: {
  attachment: AttachmentReviewFragment;
  onDirty: (dirty: boolean) => void;
}) {
  return (
    <>
      <p className="hint">
        {attachment.autoMasks.length === 0
          ? 'Nothing was masked automatically.'
          : `${attachment.autoMasks.length} area${attachment.autoMasks.length === 1 ? '' : 's'} masked automatically (outlined in blue)${attachment.facesMasked > 0 ? `, ${attachment.facesMasked} face${attachment.facesMasked === 1 ? '' : 's'} among them` : ''}.`}
      </p>
      {attachment.reviewReasons.length > 0 && (
        <ul className="review-reasons">
          {attachment.reviewReasons.map((reason) => (
            <li key={reason}>{REVIEW_REASONS[reason] ?? reason}</li>
          ))}
        </ul>
      )}
      <MaskEditor attachment={attachment} onDirty={onDirty} />
    </>
  );
}
