import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { LayoutMe } from '../../components/layout';
import { Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { graphql } from '../../gql';
import type { ConsultStatus, MyConsultRole } from '../../gql/graphql';
import { label, relative, when } from '../../lib/format';
import { usePages } from '../../lib/use-pages';

const MyConsults = graphql(`
  query MyConsults($role: MyConsultRole, $statuses: [ConsultStatus!], $first: Int, $after: String) {
    myConsults(role: $role, statuses: $statuses, first: $first, after: $after) {
      edges {
        node {
          id
          status
          urgency
          dueAt
          answerDueAt
          helpful
          createdAt
          specialty {
            id
            name
          }
          case {
            id
            title
          }
          requestedBy {
            id
            displayName
          }
          consultant {
            id
            displayName
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

const ACTIVE: ConsultStatus[] = ['OPEN', 'CLAIMED', 'ANSWERED'];
const CLOSED: ConsultStatus[] = ['RESOLVED', 'EXPIRED', 'CANCELLED'];

type Side = 'ALL' | MyConsultRole;
type Shown = 'ACTIVE' | 'CLOSED' | 'ALL';

const STATUS_TEXT: Record<ConsultStatus, string> = {
  OPEN: 'Waiting for a specialist',
  CLAIMED: 'Claimed, being answered',
  ANSWERED: 'Answered',
  RESOLVED: 'Resolved',
  EXPIRED: 'Expired without an answer',
  CANCELLED: 'Withdrawn',
};

/** What the caller should do next with a consult, in a clinician's words (nothing when nothing). */
function nextStep(status: ConsultStatus, mineToAsk: boolean): string | null {
  if (mineToAsk && status === 'ANSWERED') return 'Read the answer on the case and say whether it helped.';
  if (!mineToAsk && status === 'CLAIMED') return 'Answer it from the case page.';
  if (!mineToAsk && status === 'OPEN') return 'Named to you: claim or answer it from the case.';
  return null;
}

/**
 * "My consults": the consults the clinician asked for and, for specialists, the ones they hold,
 * newest first, with their state and due time; active ones by default.
 */
export function MyConsultsScreen() {
  const [side, setSide] = useState<Side>('ALL');
  const [shown, setShown] = useState<Shown>('ACTIVE');
  const [{ data: me }] = useQuery({ query: LayoutMe });
  const meId = me?.me?.id;
  const pages = usePages(
    MyConsults,
    {
      role: side === 'ALL' ? null : side,
      statuses: shown === 'ACTIVE' ? ACTIVE : shown === 'CLOSED' ? CLOSED : null,
      first: 20,
    },
    (d) => d.myConsults,
  );
  return (
    <>
      <h1>My consults</h1>
      <p className="muted">
        Consults you asked for and, as a specialist, the ones you took. The{' '}
        <Link href="/consults">queue</Link> lists open consults you could claim.
      </p>
      <div className="inline-form filters">
        <div>
          <label htmlFor="my-consults-side">Show consults</label>
          <select id="my-consults-side" value={side} onChange={(e) => setSide(e.target.value as Side)}>
            <option value="ALL">I asked for or took</option>
            <option value={'REQUESTED'}>I asked for</option>
            <option value={'CONSULTING'}>I took as the specialist</option>
          </select>
        </div>
        <div>
          <label htmlFor="my-consults-state">State</label>
          <select id="my-consults-state" value={shown} onChange={(e) => setShown(e.target.value as Shown)}>
            <option value="ACTIVE">Still open</option>
            <option value="CLOSED">Closed</option>
            <option value="ALL">All</option>
          </select>
        </div>
      </div>
      {pages.fetching && !pages.loaded && <Loading label="Loading your consults…" />}
      {pages.error && <ErrorNotice error={pages.error} onRetry={pages.retry} />}
      {pages.loaded && pages.nodes.length === 0 && (
        <Empty>
          {shown === 'ACTIVE'
            ? 'No open consults. Ask for one from a case you posted, with “Ask a specialist”.'
            : 'No consults here yet.'}
        </Empty>
      )}
      {pages.nodes.length > 0 && (
        <ul className="cards" aria-label="My consults">
          {pages.nodes.map((c) => {
            const mineToAsk = c.requestedBy.id === meId;
            const step = nextStep(c.status, mineToAsk);
            const due = c.status === 'CLAIMED' && c.answerDueAt ? c.answerDueAt : c.dueAt;
            return (
              <li key={c.id} className="card">
                <h2 className="h3">
                  <Link href={`/cases/${c.case.id}`}>{c.case.title}</Link>
                </h2>
                <p>
                  {c.specialty.name} ·{' '}
                  <span className={c.urgency === 'URGENT' ? 'pill urgent' : 'pill'}>{label(c.urgency)}</span>{' '}
                  · <strong>{STATUS_TEXT[c.status]}</strong>
                  {c.status === 'RESOLVED' && c.helpful !== null && (
                    <> ({c.helpful ? 'helpful' : 'not helpful'})</>
                  )}
                </p>
                <p className="muted">
                  Asked by {c.requestedBy.displayName}
                  {c.consultant ? `, with ${c.consultant.displayName}` : ''} · {when(c.createdAt)}
                  {!mineToAsk && <span className="pill">You are the specialist</span>}
                </p>
                {ACTIVE.includes(c.status) && c.status !== 'ANSWERED' && (
                  <p className="muted">
                    Due {when(due)} ({relative(due)})
                  </p>
                )}
                {step && <p>{step}</p>}
              </li>
            );
          })}
        </ul>
      )}
      <MoreButton pages={pages} label="Show more consults" />
    </>
  );
}
