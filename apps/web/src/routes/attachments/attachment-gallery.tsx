import { useRef, useState, type KeyboardEvent } from 'react';
import type { PostedAttachmentFragment } from '../../gql/graphql';
import './attachments.css';

const WINDOW_LABELS: Record<string, string> = {
  'soft-tissue': 'Soft tissue',
  lung: 'Lung',
  bone: 'Bone',
  brain: 'Brain',
};

const MIN_ZOOM = 1;
const MAX_ZOOM = 8;

function clampZoom(z: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(z * 100) / 100));
}

/**
 * The images posted with a case, a reply or an answer: thumbnails that open a viewer with zoom
 * (buttons; + and - keys, 0 to reset, arrow keys to pan; pinch with two fingers; the wheel with Ctrl).
 */
export function AttachmentGallery({
  attachments,
  label,
}: {
  attachments: readonly PostedAttachmentFragment[];
  label: string;
}) {
  const [open, setOpen] = useState<string | null>(null);
  if (attachments.length === 0) return null;
  const shown = attachments.find((a) => a.id === open) ?? null;
  return (
    <section className="gallery" aria-label={label}>
      <ul className="thumbs">
        {attachments.map((a, i) => (
          <li key={a.id}>
            <button
              type="button"
              className="thumb"
              aria-pressed={open === a.id}
              onClick={() => setOpen(open === a.id ? null : a.id)}
            >
              {a.url ? <img src={a.url} alt="" /> : <span>Unavailable</span>}
              <span className="visually-hidden">
                {open === a.id ? 'Close' : 'Open'} image {i + 1} of {attachments.length}
                {a.kind === 'dicom' ? ' (DICOM scan)' : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown && <ZoomViewer key={shown.id} attachment={shown} onClose={() => setOpen(null)} />}
    </section>
  );
}

function ZoomViewer({ attachment, onClose }: { attachment: PostedAttachmentFragment; onClose: () => void }) {
  const [zoom, setZoom] = useState(1);
  const [windowName, setWindowName] = useState<string | null>(null);
  const shownWindow = attachment.windows.find((w) => w.name === windowName) ?? null;
  const src = shownWindow ? shownWindow.url : attachment.url;
  const viewport = useRef<HTMLDivElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; zoom: number } | null>(null);

  function onKey(event: KeyboardEvent<HTMLDivElement>) {
    const el = viewport.current;
    const step = 40;
    const actions: Record<string, () => void> = {
      '+': () => setZoom((z) => clampZoom(z * 1.25)),
      '=': () => setZoom((z) => clampZoom(z * 1.25)),
      '-': () => setZoom((z) => clampZoom(z / 1.25)),
      '0': () => setZoom(1),
      Escape: onClose,
      ArrowLeft: () => el?.scrollBy(-step, 0),
      ArrowRight: () => el?.scrollBy(step, 0),
      ArrowUp: () => el?.scrollBy(0, -step),
      ArrowDown: () => el?.scrollBy(0, step),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  function distance(): number {
    const [a, b] = [...pointers.current.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  }

  return (
    <figure className="viewer">
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setZoom((z) => clampZoom(z / 1.25))}>
          Zoom out
        </button>
        <button type="button" className="secondary" onClick={() => setZoom((z) => clampZoom(z * 1.25))}>
          Zoom in
        </button>
        <button type="button" className="secondary" onClick={() => setZoom(1)}>
          Fit
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
        <span className="muted" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
      </div>
      {attachment.windows.length > 0 && (
        <div className="actions" role="group" aria-label="Window">
          <button
            type="button"
            className="secondary"
            aria-pressed={windowName === null}
            onClick={() => setWindowName(null)}
          >
            As acquired
          </button>
          {attachment.windows.map((w) => (
            <button
              key={w.name}
              type="button"
              className="secondary"
              aria-pressed={windowName === w.name}
              onClick={() => setWindowName(w.name)}
            >
              {WINDOW_LABELS[w.name] ?? w.name} (L {w.centre} / W {w.width})
            </button>
          ))}
        </div>
      )}
      <div
        ref={viewport}
        className="viewport"
        tabIndex={0}
        role="group"
        aria-label="Image viewer: + and - zoom, 0 fits, arrow keys move, Escape closes"
        onKeyDown={onKey}
        onWheel={(e) => {
          if (!e.ctrlKey) return;
          e.preventDefault();
          setZoom((z) => clampZoom(z * (e.deltaY < 0 ? 1.1 : 1 / 1.1)));
        }}
        onPointerDown={(e) => {
          if (e.pointerType !== 'touch') return;
          pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
          if (pointers.current.size === 2) pinch.current = { distance: distance(), zoom };
        }}
        onPointerMove={(e) => {
          if (!pointers.current.has(e.pointerId)) return;
          pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
          if (pinch.current && pointers.current.size === 2 && pinch.current.distance > 0) {
            setZoom(clampZoom((pinch.current.zoom * distance()) / pinch.current.distance));
          }
        }}
        onPointerUp={(e) => {
          pointers.current.delete(e.pointerId);
          if (pointers.current.size < 2) pinch.current = null;
        }}
        onPointerCancel={(e) => {
          pointers.current.delete(e.pointerId);
          pinch.current = null;
        }}
      >
        {src && (
          <img
            src={src}
            style={{ width: `${zoom * 100}%` }}
            alt={attachment.kind === 'dicom' ? 'De-identified scan (rendering)' : 'De-identified photo'}
            draggable={false}
          />
        )}
      </div>
      <figcaption className="hint">
        {attachment.kind === 'dicom' ? 'DICOM scan, shown as its rendering. ' : ''}
        {attachment.faceMasking === 'EYES_ONLY' ? 'Eyes covered, with the patient’s consent. ' : ''}
        De-identified before it was shared.
        {attachment.dicomUrl && (
          <>
            {' '}
            <a href={attachment.dicomUrl} download>
              Download the de-identified DICOM file
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}
