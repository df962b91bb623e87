import { useEffect, useReducer, useState } from 'react';
import { previewReducer, type DraftFields, type PreviewResult, type PreviewState } from './preview';

export type PreviewFetcher = (
  fields: DraftFields,
) => Promise<{ title: PreviewResult; body: PreviewResult; extra?: Record<string, PreviewResult> }>;

/**
 * The live de-identification preview of a text being written: every edit (or change of the marked
 * spans) restarts a short timer, then the server previews exactly that text. A failed preview is
 * tried again by `retry()` and, after a lost connection, as soon as the browser is back online.
 */
export function useLivePreview(
  fields: DraftFields,
  fetchPreview: PreviewFetcher,
  debounceMs: number,
): { preview: PreviewState; retry: () => void; online: boolean } {
  const [preview, dispatch] = useReducer(previewReducer, { status: 'empty' });
  const [attempt, setAttempt] = useState(0);
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const { title, body, spans, extra } = fields;
  const spansKey = JSON.stringify(spans);
  const extraKey = JSON.stringify(extra ?? null);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      setAttempt((n) => n + 1);
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);

  useEffect(() => {
    const more = JSON.parse(extraKey) as DraftFields['extra'] | null;
    const current: DraftFields = {
      title,
      body,
      spans: JSON.parse(spansKey) as DraftFields['spans'],
      ...(more ? { extra: more } : {}),
    };
    dispatch({ type: 'edited', fields: current });
    if (title.trim() === '' && body.trim() === '') return;
    const timer = setTimeout(() => {
      fetchPreview(current).then(
        (result) => dispatch({ type: 'previewed', fields: current, ...result }),
        (error: unknown) => dispatch({ type: 'failed', fields: current, error }),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [title, body, spansKey, extraKey, attempt, fetchPreview, debounceMs]);

  return { preview, retry: () => setAttempt((n) => n + 1), online };
}
