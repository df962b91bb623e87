import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { Done, Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { graphql } from '../../gql';
import type { ConsultUrgency } from '../../gql/graphql';
import { relative, when } from '../../lib/format';
import { usePages } from '../../lib/use-pages';

const DirectorySpecialties = graphql(`
  query DirectorySpecialties {
    specialties {
      id
      name
    }
  }
`);

const DirectoryCase = graphql(`
  query DirectoryCase($id: ID!) {
    case(id: $id) {
      id
      title
      status
    }
  }
`);

const SpecialistDirectory = graphql(`
  query SpecialistDirectory($specialtyId: ID, $onCallNow: Boolean, $after: String) {
    specialistDirectory(
      specialtyId: $specialtyId
      onCallNow: $onCallNow
      acceptingConsults: true
      first: 20
      after: $after
    ) {
      edges {
        node {
          id
          acceptingConsults
          onCallNow
          consultsAnswered
          medianMinutesToAnswer
          clinician {
            id
            displayName
            state
          }
          specialties {
            id
            name
          }
          onCallWindows {
            id
            startsAt
            endsAt
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

const AskSpecialist = graphql(`
  mutation AskSpecialist($input: RequestConsultInput!) {
    requestConsult(input: $input) {
      id
      status
      urgency
      dueAt
      consultant {
        id
        displayName
      }
      case {
        id
        consults {
          id
        }
      }
    }
  }
`);

function minutes(n: number): string {
  if (n < 90) return `${n} min`;
  if (n < 48 * 60) return `${Math.round(n / 60)} h`;
  return `${Math.round(n / 1440)} days`;
}

/** Asks one specialist about the case this screen was opened for: routine or urgent. */
function AskForm({
  caseId,
  specialistId,
  name,
  specialties,
  preferred,
}: {
  caseId: string;
  specialistId: string;
  name: string;
  specialties: { id: string; name: string }[];
  preferred: string;
}) {
  const [result, ask] = useMutation(AskSpecialist);
  const [urgency, setUrgency] = useState<ConsultUrgency>('ROUTINE');
  const [specialtyId, setSpecialtyId] = useState(
    specialties.some((x) => x.id === preferred) ? preferred : (specialties[0]?.id ?? ''),
  );
  const base = `ask-${specialistId}`;
  if (result.data) {
    const c = result.data.requestConsult;
    return (
      <Done>
        Consult requested from {name}. It is due {when(c.dueAt)} ({relative(c.dueAt)}).{' '}
        <Link href={`/cases/${caseId}`}>Back to the case</Link>
      </Done>
    );
  }
  return (
    <form
      className="ask"
      aria-label={`Ask ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void ask({ input: { caseId, specialtyId, consultantId: specialistId, urgency } });
      }}
    >
      {specialties.length > 1 && (
        <>
          <label htmlFor={`${base}-specialty`}>As specialist in</label>
          <select
            id={`${base}-specialty`}
            value={specialtyId}
            onChange={(e) => setSpecialtyId(e.target.value)}
          >
            {specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </>
      )}
      <fieldset>
        <legend>Urgency</legend>
        <div className="check">
          <input
            type="radio"
            id={`${base}-routine`}
            name={`${base}-urgency`}
            checked={urgency === 'ROUTINE'}
            onChange={() => setUrgency('ROUTINE')}
          />
          <label htmlFor={`${base}-routine`}>Routine</label>
        </div>
        <div className="check">
          <input
            type="radio"
            id={`${base}-urgent`}
            name={`${base}-urgency`}
            checked={urgency === 'URGENT'}
            onChange={() => setUrgency('URGENT')}
          />
          <label htmlFor={`${base}-urgent`}>Urgent</label>
        </div>
      </fieldset>
      {result.error && <ErrorNotice error={result.error} />}
      <button type="submit" disabled={result.fetching || specialtyId === ''}>
        {result.fetching ? 'Asking…' : `Send the request to ${name}`}
      </button>
    </form>
  );
}

/**
 * The specialist directory: verified specialists who accept consults, by specialty and on call now,
 * with how often and how fast they answer. Opened from a case (`?case=`), each entry can be asked
 * about that case directly.
 */
export function DirectoryScreen() {
  const params = new URLSearchParams(useSearch());
  const caseId = params.get('case');
  const [specialtyId, setSpecialtyId] = useState(params.get('specialty') ?? '');
  const [onCallOnly, setOnCallOnly] = useState(false);
  const [{ data: specialties }] = useQuery({ query: DirectorySpecialties });
  const [{ data: caseData }] = useQuery({
    query: DirectoryCase,
    variables: { id: caseId ?? '' },
    pause: !caseId,
  });
  const [asking, setAsking] = useState<string | null>(null);
  const directory = usePages(
    SpecialistDirectory,
    { specialtyId: specialtyId === '' ? null : specialtyId, onCallNow: onCallOnly ? true : null },
    (d) => d.specialistDirectory,
  );
  const forCase = caseData?.case;
  return (
    <>
      <h1>Find a specialist</h1>
      {forCase ? (
        <p>
          Asking about <Link href={`/cases/${forCase.id}`}>{forCase.title}</Link>. Choose a specialist who is
          on call to get an answer sooner.
        </p>
      ) : (
        <p className="muted">
          Verified specialists who accept consults. To ask one, open this list from your case (“Find a
          specialist”).
        </p>
      )}
      <form className="filters" aria-label="Filter specialists" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="directory-specialty">Specialty</label>
          <select
            id="directory-specialty"
            value={specialtyId}
            onChange={(e) => setSpecialtyId(e.target.value)}
          >
            <option value="">All specialties</option>
            {specialties?.specialties.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="check">
          <input
            id="directory-on-call"
            type="checkbox"
            checked={onCallOnly}
            onChange={(e) => setOnCallOnly(e.target.checked)}
          />
          <label htmlFor="directory-on-call">On call now only</label>
        </div>
      </form>
      {directory.fetching && !directory.loaded && <Loading label="Loading specialists…" />}
      {directory.error && <ErrorNotice error={directory.error} onRetry={directory.retry} />}
      {directory.loaded && directory.nodes.length === 0 && (
        <Empty>
          No specialist matches. {onCallOnly ? 'Try without “On call now only”.' : 'Try another specialty.'}
        </Empty>
      )}
      {directory.nodes.length > 0 && (
        <ul className="cards" aria-label="Specialists">
          {directory.nodes.map((s) => {
            const name = s.clinician.displayName;
            const next = s.onCallWindows[0];
            return (
              <li key={s.id} className="card">
                <h2 className="h3">{name}</h2>
                <p>
                  {s.specialties.map((x) => x.name).join(', ') || 'No specialty listed'}
                  {s.clinician.state ? ` · ${s.clinician.state}` : ''}
                </p>
                <p>
                  {s.onCallNow ? (
                    <span className="pill on-call">On call now</span>
                  ) : next ? (
                    <span className="muted">
                      Next on call {when(next.startsAt)} ({relative(next.startsAt)})
                    </span>
                  ) : (
                    <span className="muted">No on-call time set</span>
                  )}
                </p>
                <p className="muted">
                  {s.consultsAnswered} {s.consultsAnswered === 1 ? 'consult' : 'consults'} answered
                  {s.medianMinutesToAnswer !== null && s.medianMinutesToAnswer !== undefined
                    ? ` · usually answers in ${minutes(s.medianMinutesToAnswer)}`
                    : ''}
                </p>
                {forCase &&
                  forCase.status === 'OPEN' &&
                  (asking === s.id ? (
                    <AskForm
                      caseId={forCase.id}
                      specialistId={s.id}
                      name={name}
                      specialties={s.specialties}
                      preferred={specialtyId}
                    />
                  ) : (
                    <button type="button" onClick={() => setAsking(s.id)}>
                      Ask {name}
                    </button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      <MoreButton pages={directory} label="Show more specialists" />
    </>
  );
}
