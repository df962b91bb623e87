import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import type { VerificationStatus } from '../../../gql/graphql';
import { field } from '../../../lib/forms';
import { label, when } from '../../../lib/format';

export const AdminCliniciansQuery = graphql(`
  query AdminClinicians($input: ClinicianSearchInput, $after: String) {
    adminClinicians(input: $input, first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          verificationStatus
          state
          createdAt
          licenses {
            id
            status
            jurisdiction
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

export const SuspendClinicianMutation = graphql(`
  mutation AdminSuspendClinician($clinicianId: ID!, $reason: String!) {
    suspendClinician(clinicianId: $clinicianId, reason: $reason) {
      id
      verificationStatus
    }
  }
`);

export const ReinstateClinicianMutation = graphql(`
  mutation AdminReinstateClinician($clinicianId: ID!, $reason: String!) {
    reinstateClinician(clinicianId: $clinicianId, reason: $reason) {
      id
      verificationStatus
    }
  }
`);

const STATUSES: VerificationStatus[] = [
  'VERIFIED',
  'PENDING',
  'UNVERIFIED',
  'REJECTED',
  'SUSPENDED',
  'EXPIRED',
];

interface Search {
  search: string | null;
  status: VerificationStatus | null;
}

export function SuspendForm({
  id,
  name,
  onDone,
}: {
  id: string;
  name: string;
  onDone: (name: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [state, suspend] = useMutation(SuspendClinicianMutation);
  const reasonId = `suspend-reason-${id}`;
  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        onClick={() => setOpen(true)}
        aria-label={`Suspend ${name}`}
      >
        Suspend
      </button>
    );
  }
  return (
    <form
      aria-label={`Suspend ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const reason = field(new FormData(e.currentTarget), 'reason').trim();
        void suspend({ clinicianId: id, reason }).then((res) => {
          if (!res.error) {
            setOpen(false);
            onDone(name);
          }
        });
      }}
    >
      <label htmlFor={reasonId}>Reason (kept with the suspension, de-identified)</label>
      <textarea id={reasonId} name="reason" rows={2} required minLength={3} maxLength={500} />
      {state.error && <ErrorNotice error={state.error} />}
      <button type="submit" className="danger" disabled={state.fetching}>
        Suspend {name}
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

export function ReinstateForm({
  id,
  name,
  onDone,
}: {
  id: string;
  name: string;
  onDone: (name: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [state, reinstate] = useMutation(ReinstateClinicianMutation);
  const reasonId = `reinstate-reason-${id}`;
  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        onClick={() => setOpen(true)}
        aria-label={`Reinstate ${name}`}
      >
        Reinstate
      </button>
    );
  }
  return (
    <form
      aria-label={`Reinstate ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const reason = field(new FormData(e.currentTarget), 'reason').trim();
        void reinstate({ clinicianId: id, reason }).then((res) => {
          if (!res.error) {
            setOpen(false);
            onDone(name);
          }
        });
      }}
    >
      <label htmlFor={reasonId}>Reason for reinstating (kept, de-identified)</label>
      <textarea id={reasonId} name="reason" rows={2} required minLength={3} maxLength={500} />
      {state.error && <ErrorNotice error={state.error} />}
      <button type="submit" disabled={state.fetching}>
        Reinstate {name}
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

export function CliniciansScreen() {
  const [search, setSearch] = useState<Search>({ search: null, status: null });
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const input = { search: search.search, status: search.status };
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdminCliniciansQuery,
    variables: { input, after },
  });
  const clinicians = data?.adminClinicians.edges.map((e) => e.node) ?? [];

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = field(form, 'search').trim();
    const status = field(form, 'status');
    setSearch({
      search: text.length >= 2 ? text : null,
      status: (status || null) as VerificationStatus | null,
    });
    setAfter(null);
    setPages([]);
    setDone(null);
  }

  return (
    <>
      <h1>Clinicians</h1>
      <form role="search" aria-label="Find clinicians" className="filters" onSubmit={onSubmit}>
        <div>
          <label htmlFor="clinician-search">Name or e-mail</label>
          <input id="clinician-search" name="search" type="search" maxLength={100} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="clinician-status">Status</label>
          <select id="clinician-status" name="status" defaultValue="">
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="buttons">
          <button type="submit">Search</button>
        </div>
      </form>
      {done && <Done>{done}</Done>}
      {fetching && !data && <Loading label="Searching…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && clinicians.length === 0 && <Empty>No clinician matches this search.</Empty>}
      {clinicians.length > 0 && (
        <ul className="cards" aria-label="Clinicians found">
          {clinicians.map((c) => (
            <li key={c.id} className="card">
              <h2 className="h3">
                <Link href={`/clinicians/${c.id}`}>{c.displayName}</Link>
              </h2>
              <p className="muted break">{c.email}</p>
              <p>
                <span className={`pill status-${c.verificationStatus.toLowerCase()}`}>
                  {label(c.verificationStatus)}
                </span>{' '}
                {c.role === 'ADMIN' && <span className="pill">Administrator</span>}
              </p>
              <p className="muted">
                Joined {when(c.createdAt)}
                {c.licenses.length > 0 &&
                  ` · licences: ${c.licenses.map((l) => `${l.jurisdiction} ${label(l.status).toLowerCase()}`).join(', ')}`}
              </p>
              <p>
                <Link href={`/audit?actor=${c.id}`}>What {c.displayName} did (audit log)</Link>
              </p>
              {c.role !== 'ADMIN' && c.verificationStatus !== 'SUSPENDED' && (
                <SuspendForm
                  id={c.id}
                  name={c.displayName}
                  onDone={(name) => {
                    setDone(`${name} is suspended and signed out everywhere.`);
                  }}
                />
              )}
              {c.verificationStatus === 'SUSPENDED' && (
                <ReinstateForm
                  id={c.id}
                  name={c.displayName}
                  onDone={(name) => {
                    setDone(`${name} is reinstated and may sign in again.`);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="batch-bar">
        {pages.length > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const previous = pages.slice(0, -1);
              setAfter(pages.length > 1 ? pages[pages.length - 2] : null);
              setPages(previous);
            }}
          >
            Previous page
          </button>
        )}
        {data?.adminClinicians.pageInfo.hasNextPage && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const next = data.adminClinicians.pageInfo.endCursor;
              if (!next) return;
              setPages([...pages, next]);
              setAfter(next);
            }}
          >
            Next page
          </button>
        )}
      </div>
    </>
  );
}
