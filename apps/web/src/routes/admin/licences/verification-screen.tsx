import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import type { LicenseDecision } from '../../../gql/graphql';
import { friendlyError } from '../../../lib/errors';
import { label, relative, when } from '../../../lib/format';

export const VerificationQueueQuery = graphql(`
  query AdminVerificationQueue {
    verificationQueue(first: 50) {
      edges {
        node {
          id
          npi
          credential
          jurisdiction
          licenseNumber
          expiresOn
          submittedAt
          registryMatch
          status
          clinician {
            id
            displayName
            email
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const ReviewLicenseMutation = graphql(`
  mutation AdminReviewLicense($input: ReviewLicenseInput!) {
    reviewLicense(input: $input) {
      id
      status
      reviewedAt
    }
  }
`);

const MATCH_TEXT: Record<string, string> = {
  FULL: 'Registry: full match',
  PARTIAL: 'Registry: partial match',
  NONE: 'Registry: no match',
};

interface Outcome {
  decision: LicenseDecision;
  done: number;
  failed: { name: string; message: string }[];
}

const VERB: Record<LicenseDecision, string> = { APPROVE: 'Approved', REJECT: 'Rejected' };

export function VerificationScreen() {
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VerificationQueueQuery });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [noteMissing, setNoteMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const licences = (data?.verificationQueue.edges.map((e) => e.node) ?? []).filter(
    (l) => l.status === 'PENDING',
  );
  const chosen = licences.filter((l) => selected.has(l.id));
  const allChosen = licences.length > 0 && chosen.length === licences.length;

  function toggle(id: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function decide(decision: LicenseDecision) {
    if (decision === 'REJECT' && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    setWorking(true);
    setOutcome(null);
    const result: Outcome = { decision, done: 0, failed: [] };
    // One at a time: each decision is its own audited transaction, and a failure stops nothing else.
    for (const licence of chosen) {
      const res = await client
        .mutation(ReviewLicenseMutation, {
          input: { licenseId: licence.id, decision, note: note.trim() || null },
        })
        .toPromise();
      if (res.error)
        result.failed.push({
          name: licence.clinician.displayName,
          message: friendlyError(res.error).message,
        });
      else result.done += 1;
    }
    setOutcome(result);
    setSelected(new Set());
    setNote('');
    setWorking(false);
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <h1>Licences waiting for review</h1>
      <p className="muted">Oldest first. Select licences to approve or reject them together.</p>
      {fetching && !data && <Loading label="Loading the queue…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {outcome && outcome.done > 0 && (
        <Done>
          {VERB[outcome.decision]} {outcome.done} {outcome.done === 1 ? 'licence' : 'licences'}.
        </Done>
      )}
      {outcome && outcome.failed.length > 0 && (
        <div className="notice error" role="alert">
          <p>
            {outcome.failed.length} could not be {outcome.decision === 'APPROVE' ? 'approved' : 'rejected'}:
          </p>
          <ul>
            {outcome.failed.map((f, i) => (
              <li key={i}>
                {f.name}: {f.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data && licences.length === 0 && <Empty>No licence is waiting for review.</Empty>}
      {licences.length > 0 && (
        <form
          aria-label="Review licences"
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <div className="check">
            <input
              id="select-all"
              type="checkbox"
              checked={allChosen}
              onChange={(e) => setSelected(e.target.checked ? new Set(licences.map((l) => l.id)) : new Set())}
            />
            <label htmlFor="select-all">Select all {licences.length} shown</label>
          </div>
          <ul className="cards">
            {licences.map((l) => (
              <li key={l.id} className="card licence-card">
                <input
                  id={`licence-${l.id}`}
                  type="checkbox"
                  checked={selected.has(l.id)}
                  onChange={(e) => toggle(l.id, e.target.checked)}
                  aria-label={`Select the licence of ${l.clinician.displayName}`}
                />
                <div className="details">
                  <h2 className="h3">{l.clinician.displayName}</h2>
                  <p className="muted break">{l.clinician.email}</p>
                  <p className={`match-${(l.registryMatch ?? 'NONE').toLowerCase()}`}>
                    {MATCH_TEXT[l.registryMatch ?? 'NONE']}
                  </p>
                  <dl className="fields">
                    <div>
                      <dt>Credential</dt>
                      <dd>{l.credential}</dd>
                    </div>
                    <div>
                      <dt>State</dt>
                      <dd>{l.jurisdiction}</dd>
                    </div>
                    <div>
                      <dt>Licence number</dt>
                      <dd>{l.licenseNumber}</dd>
                    </div>
                    <div>
                      <dt>NPI</dt>
                      <dd>{l.npi}</dd>
                    </div>
                    <div>
                      <dt>Expires</dt>
                      <dd>{l.expiresOn}</dd>
                    </div>
                    <div>
                      <dt>Submitted</dt>
                      <dd>
                        {when(l.submittedAt)} ({relative(l.submittedAt)})
                      </dd>
                    </div>
                  </dl>
                  <p className="muted">Status: {label(l.status)}</p>
                </div>
              </li>
            ))}
          </ul>
          <label htmlFor="review-note">
            Note to the clinicians (optional, de-identified before it is kept)
          </label>
          <textarea
            id="review-note"
            rows={2}
            maxLength={500}
            value={note}
            aria-invalid={noteMissing || undefined}
            aria-describedby={noteMissing ? 'review-note-error' : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
          {noteMissing && (
            <p id="review-note-error" className="notice error" role="alert">
              A rejection needs a note that tells the clinicians why.
            </p>
          )}
          <div className="batch-bar">
            <button
              type="button"
              disabled={working || chosen.length === 0}
              onClick={() => void decide('APPROVE')}
            >
              Approve selected ({chosen.length})
            </button>
            <button
              type="button"
              className="danger"
              disabled={working || chosen.length === 0}
              onClick={() => void decide('REJECT')}
            >
              Reject selected ({chosen.length})
            </button>
            {working && <Loading label="Saving the decisions…" />}
          </div>
        </form>
      )}
      {data?.verificationQueue.pageInfo.hasNextPage && (
        <p className="muted">More licences are waiting: decide these first, then the next ones appear.</p>
      )}
    </>
  );
}
