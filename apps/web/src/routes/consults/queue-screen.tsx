import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { label, relative, when } from '../../lib/format';

const ConsultQueue = graphql(`
  query ConsultQueue {
    consultQueue(first: 30) {
      edges {
        node {
          id
          status
          urgency
          dueAt
          specialty {
            id
            name
          }
          case {
            id
            title
          }
        }
      }
    }
  }
`);

const ClaimConsult = graphql(`
  mutation ClaimConsult($consultId: ID!) {
    claimConsult(consultId: $consultId) {
      id
      status
      consultant {
        id
        displayName
      }
      case {
        id
      }
    }
  }
`);

export function QueueScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConsultQueue });
  const [claimed, claim] = useMutation(ClaimConsult);
  const consults = data?.consultQueue.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Consult queue</h1>
      <p className="muted">
        Open consults in your specialties, most urgent first. Claim one to answer it from its case page.
      </p>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {claimed.error && <ErrorNotice error={claimed.error} />}
      {claimed.data && (
        <p className="notice done" role="status">
          Claimed.{' '}
          <Link href={`/cases/${claimed.data.claimConsult.case.id}`}>Open the case to answer it</Link>.
        </p>
      )}
      {data && consults.length === 0 && (
        <Empty>
          No open consults for your specialties. Set your specialties and “accepting consults” in your{' '}
          <Link href="/profile">profile</Link>.
        </Empty>
      )}
      {consults.length > 0 && (
        <ul className="cards">
          {consults.map((c) => (
            <li key={c.id} className="card">
              <h2 className="h3">
                <Link href={`/cases/${c.case.id}`}>{c.case.title}</Link>
              </h2>
              <p>
                {c.specialty.name} ·{' '}
                <span className={c.urgency === 'URGENT' ? 'pill urgent' : 'pill'}>{label(c.urgency)}</span>
              </p>
              <p className="muted">
                Due {when(c.dueAt)} ({relative(c.dueAt)})
              </p>
              <button
                type="button"
                disabled={claimed.fetching}
                aria-label={`Claim consult: ${c.case.title}`}
                onClick={() => void claim({ consultId: c.id })}
              >
                Claim
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
