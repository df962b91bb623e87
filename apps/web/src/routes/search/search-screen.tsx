import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { usePages } from '../../lib/use-pages';
import { graphql } from '../../gql';
import { label, when } from '../../lib/format';
import { snippetAround } from './snippet';

const SearchCases = graphql(`
  query SearchCases($query: String!, $after: String) {
    searchCases(query: $query, first: 20, after: $after) {
      edges {
        node {
          id
          title
          body
          status
          createdAt
          replyCount
          channel {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The search words stay in this screen's state, never in the address bar (no case text in URLs). */
export function SearchScreen() {
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const search = usePages(SearchCases, { query: submitted }, (d) => d.searchCases, submitted === '');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(query.trim());
  }
  const results = search.nodes;
  return (
    <>
      <h1>Search cases</h1>
      <form role="search" onSubmit={submit} className="inline-form">
        <label htmlFor="search">Words to find</label>
        <input id="search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {submitted === '' && (
        <p className="muted">Search titles and case text across the channels you can read.</p>
      )}
      {search.fetching && !search.loadingMore && <Loading label="Searching…" />}
      {search.error && <ErrorNotice error={search.error} onRetry={search.retry} />}
      {search.loaded && !search.fetching && results.length === 0 && (
        <Empty>No cases match “{submitted}”.</Empty>
      )}
      {results.length > 0 && (
        <ul className="cards" aria-label="Search results">
          {results.map((c) => {
            const parts = snippetAround(c.body, submitted);
            return (
              <li key={c.id} className="card">
                <h2 className="h3">
                  <Link href={`/cases/${c.id}`}>{c.title}</Link>
                </h2>
                <p className="muted">
                  {c.channel.name} · {label(c.status)} · {when(c.createdAt)} · {c.replyCount} replies
                </p>
                <p className="snippet">
                  {parts.map((p, i) =>
                    p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <MoreButton pages={search} label="Show more results" />
    </>
  );
}
