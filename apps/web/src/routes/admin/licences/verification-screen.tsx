import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import type { LicenseDecision } from '../../../gql/graphql';
import { friendlyError } from '../../../lib/errors';
import { label, relative, when } from '../../../lib/format';

export const VerificationQueueQuery = graphql(`
  query AdminVerificationQueue($filter: LicenseQueueFilter) {
    licenseReviewQueue(filter: $filter, first: 25) {
      edges {
        node {
          id
          flag
          informationRequestedAt
          registryComparison {
            score
            npi
            name
            state
            number
            expiry
            deactivation
          }
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

export const ReviewLicensesMutation = graphql(`
  mutation AdminReviewLicenses($input: ReviewLicensesInput!) {
    reviewLicenses(input: $input) {
      reviewed {
        id
        status
        reviewedAt
        informationRequestedAt
      }
      skipped {
        licenseId
        code
        message
      }
    }
  }
`);

const FIELD_TEXT: Record<string, string> = {
  MATCH: 'matches',
  PARTIAL: 'partly matches',
  MISMATCH: 'differs',
  MISSING: 'not in the registry',
};

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

const VERB: Record<LicenseDecision, string> = {
  APPROVE: 'Approved',
  REJECT: 'Rejected',
  NEEDS_INFORMATION: 'Asked for more information on',
};
const INFINITIVE: Record<LicenseDecision, string> = {
  APPROVE: 'approved',
  REJECT: 'rejected',
  NEEDS_INFORMATION: 'asked about',
};

export function VerificationScreen() {
  const client = useClient();
  const [flagged, setFlagged] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: VerificationQueueQuery,
    variables: { filter: flagged ? 'FLAGGED' : 'PENDING' },
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [working, setWorking] = useState(false);
  const [noteMissing, setNoteMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const licences = data?.licenseReviewQueue.edges.map((e) => e.node) ?? [];
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
    if (decision !== 'APPROVE' && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setNoteMissing(false);
    setWorking(true);
    setOutcome(null);
    // One request: the server decides each licence in its own transaction and skips, with a code, any it cannot.
    const res = await client
      .mutation(ReviewLicensesMutation, {
        input: { licenseIds: chosen.map((l) => l.id), decision, note: note.trim() || null },
      })
      .toPromise();
    setWorking(false);
    if (res.error || !res.data) {
      setOutcome({
        decision,
        done: 0,
        failed: [{ name: 'All selected', message: friendlyError(res.error).message }],
      });
      return;
    }
    const nameOf = new Map(chosen.map((l) => [l.id, l.clinician.displayName]));
    setOutcome({
      decision,
      done: res.data.reviewLicenses.reviewed.length,
      failed: res.data.reviewLicenses.skipped.map((skip) => ({
        name: nameOf.get(skip.licenseId) ?? 'A licence',
        message: friendlyError({
          graphQLErrors: [{ message: skip.message, extensions: { code: skip.code } }],
        }).message,
      })),
    });
    setSelected(new Set());
    setNote('');
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <>
      <h1>Licences waiting for review</h1>
      <p className="muted">
        The surest registry match first. Select licences to approve, reject or ask about them together.
      </p>
      <div className="check">
        <input
          id="show-flagged"
          type="checkbox"
          checked={flagged}
          onChange={(e) => {
            setFlagged(e.target.checked);
            setSelected(new Set());
            setOutcome(null);
          }}
        />
        <label htmlFor="show-flagged">
          Show flagged licences instead (registry deactivation, expiry that differs)
        </label>
      </div>
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
            {outcome.failed.length} could not be {INFINITIVE[outcome.decision]}:
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
      {data && licences.length === 0 && (
        <Empty>{flagged ? 'No licence is flagged.' : 'No licence is waiting for review.'}</Empty>
      )}
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
                    {l.registryComparison && ` (score ${l.registryComparison.score} of 100)`}
                  </p>
                  {l.flag && (
                    <p className="match-none">
                      Flagged:{' '}
                      {l.flag === 'REGISTRY_DEACTIVATED'
                        ? 'NPI deactivated in the registry'
                        : 'expiry differs from the registry'}
                    </p>
                  )}
                  {l.informationRequestedAt && (
                    <p className="muted">More information asked for {relative(l.informationRequestedAt)}.</p>
                  )}
                  {l.registryComparison && (
                    <p className="muted">
                      Registry: NPI {FIELD_TEXT[l.registryComparison.npi]}, name{' '}
                      {FIELD_TEXT[l.registryComparison.name]}, state {FIELD_TEXT[l.registryComparison.state]},
                      number {FIELD_TEXT[l.registryComparison.number]}, expiry{' '}
                      {FIELD_TEXT[l.registryComparison.expiry]},{' '}
                      {l.registryComparison.deactivation === 'MISMATCH' ? 'deactivated' : 'active'}.
                    </p>
                  )}
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
              A rejection or a question needs a note that tells the clinicians why.
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
            <button
              type="button"
              className="secondary"
              disabled={working || chosen.length === 0}
              onClick={() => void decide('NEEDS_INFORMATION')}
            >
              Ask for more information ({chosen.length})
            </button>
            {working && <Loading label="Saving the decisions…" />}
          </div>
        </form>
      )}
      {data?.licenseReviewQueue.pageInfo.hasNextPage && (
        <p className="muted">More licences are waiting: decide these first, then the next ones appear.</p>
      )}
    </>
  );
}
