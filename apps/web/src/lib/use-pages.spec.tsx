import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, Provider, type Exchange, type OperationResult } from 'urql';
import { delay, filter, fromValue, mergeMap, pipe } from 'wonka';
import { graphql } from '../gql';
import { usePages } from './use-pages';

const Feed = graphql(`
  query PagesSpecFeed($channelId: ID, $after: String) {
    feed(channelId: $channelId, first: 2, after: $after) {
      edges {
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ALL = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
  __typename: 'CasePost' as const,
  id,
  title: `Case ${id}`,
}));

/** A stand-in server: two cases a page, after the cursor it is given; records what was asked. */
function pagedServer(asked: (string | null)[]): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((operation) => operation.kind === 'query'),
      mergeMap((operation) => {
        const after = (operation.variables as { after: string | null }).after;
        asked.push(after);
        const from = after === null ? 0 : ALL.findIndex((c) => c.id === after) + 1;
        const page = ALL.slice(from, from + 2);
        const result = {
          operation,
          data: {
            feed: {
              __typename: 'CaseConnection',
              edges: page.map((node) => ({ __typename: 'CaseEdge', node })),
              pageInfo: {
                __typename: 'PageInfo',
                hasNextPage: from + 2 < ALL.length,
                endCursor: page[page.length - 1]?.id ?? null,
              },
            },
          },
          stale: false,
          hasNext: false,
        } as unknown as OperationResult;
        return pipe(fromValue(result), delay(1));
      }),
    );
}

function cache(): Exchange {
  return cacheExchange({ keys: { CaseConnection: () => null, CaseEdge: () => null, PageInfo: () => null } });
}

function List({ channelId }: { channelId: string | null }) {
  const pages = usePages(Feed, { channelId }, (d) => d.feed);
  return (
    <>
      <ul aria-label="Cases">
        {pages.nodes.map((n) => (
          <li key={n.id}>{n.title}</li>
        ))}
      </ul>
      {pages.hasMore && (
        <button type="button" onClick={pages.loadMore}>
          Load more
        </button>
      )}
      {!pages.loaded && <p>Loading</p>}
    </>
  );
}

afterEach(cleanup);

describe('usePages', () => {
  it('should load one page, then each further page after the last end cursor, keeping earlier ones', async () => {
    const asked: (string | null)[] = [];
    const client = new Client({ url: '/graphql', exchanges: [cache(), pagedServer(asked)] });
    render(
      <Provider value={client}>
        <List channelId={null} />
      </Provider>,
    );
    await screen.findByText('Case b');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Case d');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Case e');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(ALL.map((c) => c.title));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(asked).toEqual([null, 'b', 'd']);
  });

  it('should start again from the first page when the list changes', async () => {
    const asked: (string | null)[] = [];
    const client = new Client({ url: '/graphql', exchanges: [cache(), pagedServer(asked)] });
    const { rerender } = render(
      <Provider value={client}>
        <List channelId={null} />
      </Provider>,
    );
    await screen.findByText('Case b');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Case d');
    rerender(
      <Provider value={client}>
        <List channelId="c2" />
      </Provider>,
    );
    await screen.findByRole('button', { name: 'Load more' });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(asked).toEqual([null, 'b', null]);
  });
});
