import type { ReactNode } from 'react';
import { friendlyError } from '../lib/errors';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {label}
    </p>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { message } = friendlyError(error);
  return (
    <div className="notice error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function Done({ children }: { children: ReactNode }) {
  return (
    <p className="notice done" role="status">
      {children}
    </p>
  );
}

/** "Show more" under a paged list, with its own loading line. */
export function MoreButton({
  pages,
  label,
}: {
  pages: { hasMore: boolean; loadingMore: boolean; loadMore: () => void };
  label: string;
}) {
  if (pages.loadingMore) return <Loading label="Loading more…" />;
  if (!pages.hasMore) return null;
  return (
    <button type="button" className="secondary more" onClick={pages.loadMore}>
      {label}
    </button>
  );
}
