import { useEffect, useRef, useState } from 'react';
import {
  useClient,
  type AnyVariables,
  type CombinedError,
  type OperationResult,
  type TypedDocumentNode,
} from 'urql';

export interface Connection<N> {
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface Pages<N> {
  /** Every node loaded so far, in order, each once. */
  nodes: N[];
  /** Whether the first page has arrived (the screen can show "empty" only then). */
  loaded: boolean;
  fetching: boolean;
  loadingMore: boolean;
  error: CombinedError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  /** Asks for every loaded page again (after an error). */
  retry: () => void;
}

/**
 * A keyset-paged list: the first page, then one more page per `loadMore()`, each asked for with the
 * previous page's end cursor. Each page is its own cached query, so a page the cache drops (a new
 * reply, a joined channel) is fetched again on its own while the pages around it stay on screen.
 * Changing `variables` starts again from the first page.
 */
export function usePages<D, V extends AnyVariables, N extends { id: string }>(
  query: TypedDocumentNode<D, V>,
  variables: Omit<V, 'after'>,
  connectionOf: (data: D) => Connection<N> | null | undefined,
  pause = false,
): Pages<N> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const [cursors, setCursors] = useState<{ key: string; list: (string | null)[] }>({ key, list: [null] });
  const list = cursors.key === key ? cursors.list : [null];
  const [pages, setPages] = useState<{ key: string; results: (OperationResult<D, V> | undefined)[] }>({
    key,
    results: [],
  });
  const results = pages.key === key ? pages.results : [];
  const [attempt, setAttempt] = useState(0);
  // pages already shown once are read from the cache when the list of pages grows
  const shown = useRef({ key, count: 0 });
  if (shown.current.key !== key) shown.current = { key, count: 0 };
  shown.current.count = Math.max(shown.current.count, results.filter((r) => r?.data !== undefined).length);
  const listKey = JSON.stringify(list);

  useEffect(() => {
    if (pause) return;
    const base = JSON.parse(key) as Omit<V, 'after'>;
    const alreadyShown = shown.current.key === key ? shown.current.count : 0;
    const subscriptions = (JSON.parse(listKey) as (string | null)[]).map((after, index) =>
      client
        .query(query, { ...base, after } as unknown as V, {
          requestPolicy:
            attempt > 0 ? 'network-only' : index < alreadyShown ? 'cache-first' : 'cache-and-network',
        })
        .subscribe((result) =>
          setPages((previous) => {
            const next = previous.key === key ? [...previous.results] : [];
            next[index] = result;
            return { key, results: next };
          }),
        ),
    );
    return () => {
      for (const s of subscriptions) s.unsubscribe();
    };
  }, [client, query, key, listKey, pause, attempt]);

  const nodes: N[] = [];
  const seen = new Set<string>();
  let last: Connection<N> | null | undefined;
  let error: CombinedError | undefined;
  list.forEach((_, index) => {
    const result = results[index];
    error ??= result?.error;
    const connection = result?.data ? connectionOf(result.data) : undefined;
    if (index === list.length - 1) last = connection;
    for (const { node } of connection?.edges ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      nodes.push(node);
    }
  });
  const pending = list.some((_, index) => results[index]?.data === undefined && !results[index]?.error);
  const endCursor = last?.pageInfo.endCursor ?? null;
  return {
    nodes,
    loaded: results[0]?.data !== undefined,
    fetching: !pause && pending,
    loadingMore: !pause && list.length > 1 && pending,
    error,
    hasMore: Boolean(last?.pageInfo.hasNextPage && endCursor),
    loadMore: () => {
      if (!last?.pageInfo.hasNextPage || !endCursor || list.includes(endCursor)) return;
      setCursors({ key, list: [...list, endCursor] });
    },
    retry: () => setAttempt((n) => n + 1),
  };
}
