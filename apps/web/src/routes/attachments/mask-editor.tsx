import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/states';
import type { AttachmentReviewFragment } from '../../gql/graphql';
import { UpdateAttachmentMasks } from './attachment-queries';
import { centredRect, clampRect, nudge, percentStyle, rectBetween, sameRects, type Rect } from './masks';

const FIELDS = [
  ['x', 'Left'],
  ['y', 'Top'],
  ['width', 'Width'],
  ['height', 'Height'],
] as const;

/**
 * The author's masks over the de-identified rendering. Draw a rectangle with the mouse or a finger;
 * or, with the keyboard, add one and move it with the arrow keys (Shift + arrows resize, Alt for
 * bigger steps) or type its position and size. The automatic masks are outlined and cannot be
 * removed. Saving re-renders the image on the server; until saved, posting waits.
 */
export function MaskEditor({
  attachment,
  onDirty,
}: {
  attachment: AttachmentReviewFragment;
  onDirty: (dirty: boolean) => void;
}) {
  const image = { width: attachment.width ?? 1, height: attachment.height ?? 1 };
  const saved = attachment.authorMasks.map(({ x, y, width, height }) => ({ x, y, width, height }));
  const [masks, setMasks] = useState<Rect[]>(saved);
  const [drawing, setDrawing] = useState<{ from: { x: number; y: number }; rect: Rect } | null>(null);
  const [result, save] = useMutation(UpdateAttachmentMasks);
  const stageRef = useRef<HTMLDivElement>(null);
  const dirty = !sameRects(masks, saved);
  const prefix = `mask-${attachment.id}`;

  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  function pointAt(event: ReactPointerEvent<HTMLDivElement>) {
    const box = stageRef.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * image.width,
      y: ((event.clientY - box.top) / box.height) * image.height,
    };
  }

  function setMask(index: number, rect: Rect) {
    setMasks((current) => current.map((m, i) => (i === index ? clampRect(rect, image) : m)));
  }

  return (
    <div className="mask-editor">
      <div
        ref={stageRef}
        className="mask-stage"
        onPointerDown={(e) => {
          if (e.button !== 0 || e.target !== e.currentTarget.querySelector('img')) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const from = pointAt(e);
          setDrawing({ from, rect: rectBetween(from, from, image) });
        }}
        onPointerMove={(e) => {
          if (drawing) setDrawing({ ...drawing, rect: rectBetween(drawing.from, pointAt(e), image) });
        }}
        onPointerUp={() => {
          if (drawing && drawing.rect.width > 3 && drawing.rect.height > 3) {
            setMasks((current) => [...current, drawing.rect]);
          }
          setDrawing(null);
        }}
        onPointerCancel={() => setDrawing(null)}
      >
        {attachment.url && (
          <img
            src={attachment.url}
            alt={`De-identified ${attachment.kind === 'dicom' ? 'scan' : 'photo'}, with ${attachment.autoMasks.length} automatic masks`}
            draggable={false}
          />
        )}
        {attachment.autoMasks.map((m, i) => (
          <span key={`auto-${i}`} className="mask auto" style={percentStyle(m, image)} aria-hidden="true" />
        ))}
        {masks.map((m, i) => (
          <span
            key={`own-${i}`}
            className="mask own"
            style={percentStyle(m, image)}
            role="button"
            tabIndex={0}
            aria-label={`Your mask ${i + 1}: arrow keys move it, Shift and arrow keys resize it, Delete removes it`}
            onKeyDown={(e) => {
              if (e.key === 'Delete' || e.key === 'Backspace') {
                e.preventDefault();
                setMasks((current) => current.filter((_, k) => k !== i));
                return;
              }
              const next = nudge(m, e.key, image, e.shiftKey, e.altKey);
              if (next) {
                e.preventDefault();
                setMask(i, next);
              }
            }}
          />
        ))}
        {drawing && <span className="mask own drawing" style={percentStyle(drawing.rect, image)} />}
      </div>
      <p className="hint">
        Drag over the image to cover more, or add a mask and move it with the arrow keys. Your masks are
        outlined in orange; black areas are already covered.
      </p>
      {masks.length > 0 && (
        <ol className="mask-list">
          {masks.map((m, i) => (
            <li key={i}>
              <fieldset>
                <legend>Your mask {i + 1} (pixels)</legend>
                <div className="mask-fields">
                  {FIELDS.map(([field, text]) => (
                    <div key={field}>
                      <label htmlFor={`${prefix}-${i}-${field}`}>{text}</label>
                      <input
                        id={`${prefix}-${i}-${field}`}
                        type="number"
                        inputMode="numeric"
                        min={field === 'x' || field === 'y' ? 0 : 1}
                        max={field === 'x' || field === 'width' ? image.width : image.height}
                        value={m[field]}
                        onChange={(e) => {
                          const value = Number(e.target.value);
                          if (Number.isFinite(value)) setMask(i, { ...m, [field]: value });
                        }}
                      />
                    </div>
                  ))}
                </div>
                <button
                  type="button"
                  className="link"
                  onClick={() => setMasks((current) => current.filter((_, k) => k !== i))}
                >
                  Remove mask {i + 1}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setMasks([...masks, centredRect(image)])}>
          Add a mask
        </button>
        <button
          type="button"
          disabled={!dirty || result.fetching}
          onClick={() => void save({ input: { attachmentId: attachment.id, masks } })}
        >
          {result.fetching ? 'Saving masks…' : 'Save masks'}
        </button>
      </div>
      {dirty && <p className="hint">Save your masks before posting.</p>}
      {result.error && <ErrorNotice error={result.error} />}
    </div>
  );
}
