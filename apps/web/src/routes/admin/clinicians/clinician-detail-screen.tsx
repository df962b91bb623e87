import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import { field } from '../../../lib/forms';
import { label, when } from '../../../lib/format';
import { ReinstateForm, SuspendForm } from './clinicians-screen';

export const ClinicianDetailQuery = graphql(`
  query AdminClinicianDetail($clinicianId: ID!) {
    clinicianModeration(clinicianId: $clinicianId) {
      clinician {
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
          credential
          jurisdiction
          licenseNumber
          npi
          expiresOn
          submittedAt
          reviewedAt
          flag
          flaggedAt
          registryMatch
        }
      }
      reportsAgainst {
        id
        reason
        status
        stage
        outcome
        hidContent
        createdAt
        resolvedAt
      }
      reportsFiled {
        id
        reason
        status
        stage
        outcome
        hidContent
        createdAt
        resolvedAt
      }
      history {
        id
        action
        at
        targetType
        actor {
          id
          displayName
        }
      }
    }
  }
`);

export const ClearLicenseFlagMutation = graphql(`
  mutation AdminClearLicenseFlag($licenseId: ID!, $reason: String!) {
    clearLicenseFlag(licenseId: $licenseId, reason: $reason) {
      id
      flag
      flaggedAt
    }
  }
`);

type Detail = NonNullable<ReturnType<typeof useDetail>[0]['data']>['clinicianModeration'];
type LicenseRow = Detail['clinician']['licenses'][number];
type ReportRow = Detail['reportsAgainst'][number];

function useDetail(clinicianId: string) {
  return useQuery({ query: ClinicianDetailQuery, variables: { clinicianId } });
}

const FLAGS: Record<string, string> = {
  EXPIRY_MISMATCH: 'The registry has another expiry date',
  REGISTRY_DEACTIVATED: 'The registry deactivated this NPI',
};

function ClearFlagForm({ license, onDone }: { license: LicenseRow; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [state, clear] = useMutation(ClearLicenseFlagMutation);
  const reasonId = `clear-flag-${license.id}`;
  const name = `${license.jurisdiction} ${license.licenseNumber}`;
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Clear the flag on {name}
      </button>
    );
  }
  return (
    <form
      aria-label={`Clear the flag on ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        const reason = field(new FormData(e.currentTarget), 'reason').trim();
        void clear({ licenseId: license.id, reason }).then((res) => {
          if (!res.error) {
            setOpen(false);
            onDone();
          }
        });
      }}
    >
      <label htmlFor={reasonId}>How you checked the expiry date (kept de-identified)</label>
      <textarea id={reasonId} name="reason" rows={2} required minLength={3} maxLength={500} />
      {state.error && <ErrorNotice error={state.error} />}
      <button type="submit" disabled={state.fetching}>
        Clear the flag
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

function LicenceCard({ license, onCleared }: { license: LicenseRow; onCleared: () => void }) {
  return (
    <li className="card">
      <h3>
        {license.credential} · {license.jurisdiction} {license.licenseNumber}
      </h3>
      <p>
        <span className={`pill status-${license.status.toLowerCase()}`}>{label(license.status)}</span> · NPI{' '}
        {license.npi} · expires {license.expiresOn}
      </p>
      <p className="muted">
        Submitted {when(license.submittedAt)}
        {license.reviewedAt ? ` · reviewed ${when(license.reviewedAt)}` : ''}
        {license.registryMatch ? ` · registry: ${label(license.registryMatch).toLowerCase()}` : ''}
      </p>
      {license.flag && (
        <p className="match-none">
          Flagged: {FLAGS[license.flag] ?? label(license.flag)}
          {license.flaggedAt ? ` (${when(license.flaggedAt)})` : ''}.
        </p>
      )}
      {license.flag === 'EXPIRY_MISMATCH' && <ClearFlagForm license={license} onDone={onCleared} />}
    </li>
  );
}

function ReportList({ reports, name, empty }: { reports: ReportRow[]; name: string; empty: string }) {
  if (reports.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="cards" aria-label={name}>
      {reports.map((r) => (
        <li key={r.id} className="card">
          <p>
            <strong>{label(r.reason)}</strong> · {label(r.status)}
            {r.outcome ? ` · ${label(r.outcome).toLowerCase()}` : ''}
            {r.status === 'OPEN' ? ` · ${label(r.stage).toLowerCase()}` : ''}
            {r.hidContent ? ' · hid the content' : ''}
          </p>
          <p className="muted">
            Reported {when(r.createdAt)}
            {r.resolvedAt ? ` · resolved ${when(r.resolvedAt)}` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** One clinician as administrators see them: licences, reports by and about them, their history. */
export function ClinicianDetailScreen({ params }: { params: { id: string } }) {
  const [{ data, fetching, error }, refetch] = useDetail(params.id);
  const [done, setDone] = useState<string | null>(null);
  const again = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading label="Loading the clinician…" />;
  if (error && !data) return <ErrorNotice error={error} onRetry={again} />;
  if (!data) return null;
  const { clinician, reportsAgainst, reportsFiled, history } = data.clinicianModeration;
  const afterChange = (message: string) => {
    setDone(message);
    again();
  };
  return (
    <>
      <p>
        <Link href="/clinicians">Back to clinicians</Link>
      </p>
      <h1>{clinician.displayName}</h1>
      <p className="muted break">{clinician.email}</p>
      <p>
        <span className={`pill status-${clinician.verificationStatus.toLowerCase()}`}>
          {label(clinician.verificationStatus)}
        </span>{' '}
        {clinician.role === 'ADMIN' && <span className="pill">Administrator</span>}
        {clinician.state ? ` · ${clinician.state}` : ''} · joined {when(clinician.createdAt)}
      </p>
      {done && <Done>{done}</Done>}
      {clinician.role !== 'ADMIN' && clinician.verificationStatus !== 'SUSPENDED' && (
        <SuspendForm
          id={clinician.id}
          name={clinician.displayName}
          onDone={(name) => afterChange(`${name} is suspended and signed out everywhere.`)}
        />
      )}
      {clinician.verificationStatus === 'SUSPENDED' && (
        <ReinstateForm
          id={clinician.id}
          name={clinician.displayName}
          onDone={(name) => afterChange(`${name} is reinstated and may sign in again.`)}
        />
      )}

      <h2>Licences</h2>
      {clinician.licenses.length === 0 ? (
        <Empty>No licence submitted.</Empty>
      ) : (
        <ul className="cards" aria-label="Licences">
          {clinician.licenses.map((l) => (
            <LicenceCard
              key={l.id}
              license={l}
              onCleared={() => afterChange('The flag is cleared; later imports will not raise it again.')}
            />
          ))}
        </ul>
      )}

      <h2>Reports of their content</h2>
      <ReportList
        reports={reportsAgainst}
        name="Reports of their content"
        empty="No report of their content."
      />

      <h2>Reports they filed</h2>
      <ReportList reports={reportsFiled} name="Reports they filed" empty="They have filed no report." />

      <h2>Moderation history</h2>
      {history.length === 0 ? (
        <Empty>Nothing recorded about them yet.</Empty>
      ) : (
        <ul className="cards" aria-label="Moderation history">
          {history.map((h) => (
            <li key={h.id} className="card">
              <p>
                <strong>{label(h.action)}</strong>
                {h.targetType === 'License' ? ' (a licence)' : ''} · {when(h.at)}
              </p>
              <p className="muted">By {h.actor?.displayName ?? 'the system'}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={`/audit?actor=${clinician.id}`}>What {clinician.displayName} did (audit log)</Link>
      </p>
    </>
  );
}
