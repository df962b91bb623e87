import { Link } from 'wouter';
import type { CaseSummaryFragment } from '../gql/graphql';
import { graphql } from '../gql';
import { label, when } from '../lib/format';

export const CaseSummary = graphql(`
  fragment CaseSummary on CasePost {
    id
    title
    status
    replyCount
    createdAt
    tags
    patientAge
    patientSex
    anonymous
    author {
      id
      displayName
    }
    channel {
      id
      name
      slug
    }
  }
`);

export function CaseList({ cases, snippets }: { cases: CaseSummaryFragment[]; snippets?: boolean }) {
  return (
    <ul className="cards">
      {cases.map((c) => (
        <li key={c.id} className="card">
          <h3>
            <Link href={`/cases/${c.id}`}>{c.title}</Link>
          </h3>
          <p className="muted">
            {c.channel.name} · {c.anonymous || !c.author ? 'Anonymous' : c.author.displayName} ·{' '}
            {when(c.createdAt)}
          </p>
          <p>
            <span className={`pill case-${c.status.toLowerCase()}`}>{label(c.status)}</span> {c.replyCount}{' '}
            {c.replyCount === 1 ? 'reply' : 'replies'}
            {c.patientAge ? ` · ${c.patientAge} y` : ''}
            {c.patientSex ? ` · ${label(c.patientSex)}` : ''}
          </p>
          {snippets && 'body' in c && typeof c.body === 'string' && (
            <p className="snippet">{snippet(c.body)}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

function snippet(body: string): string {
  return body.length > 220 ? `${body.slice(0, 220)}…` : body;
}
