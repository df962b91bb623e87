import { field } from '../../lib/forms';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Done, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { label, when } from '../../lib/format';
import { checkNpi, NPI_MESSAGES } from '../../lib/npi';

const MyLicences = graphql(`
  query MyLicences {
    me {
      id
      verificationStatus
      licenses {
        id
        npi
        jurisdiction
        licenseNumber
        credential
        expiresOn
        status
        reviewNote
        submittedAt
        reviewedAt
      }
    }
  }
`);

const SubmitLicence = graphql(`
  mutation SubmitLicence($input: SubmitLicenseInput!) {
    submitLicense(input: $input) {
      id
      status
      npi
      jurisdiction
      licenseNumber
      credential
      expiresOn
      reviewNote
      submittedAt
      reviewedAt
    }
  }
`);

const CREDENTIALS = ['MD', 'DO', 'NP', 'PA', 'PHARMD', 'RN', 'OTHER'] as const;

const STATUS_TEXT: Record<string, string> = {
  UNVERIFIED: 'You have not submitted a licence yet.',
  PENDING: 'Your licence is waiting for an administrator to review it. You will get a notification.',
  VERIFIED: 'Your licence is verified. Every part of Curbside is open to you.',
  REJECTED: 'Your licence was not approved. See the reason below, then submit a corrected one.',
  EXPIRED: 'Your licence has expired. Submit the renewed licence to keep reading and posting cases.',
  SUSPENDED: 'Your account is suspended. Contact your Curbside administrator.',
};

export function LicenceScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyLicences });
  const [submitted, submit] = useMutation(SubmitLicence);
  const [npi, setNpi] = useState('');
  const npiCheck = checkNpi(npi);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (npiCheck !== 'valid') return;
    const form = new FormData(event.currentTarget);
    const result = await submit({
      input: {
        npi: npi.trim(),
        jurisdiction: field(form, 'jurisdiction').trim().toUpperCase(),
        licenseNumber: field(form, 'licenseNumber').trim(),
        credential: field(form, 'credential') as (typeof CREDENTIALS)[number],
        expiresOn: field(form, 'expiresOn'),
      },
    });
    if (!result.error) refetch({ requestPolicy: 'network-only' });
  }

  const me = data?.me;
  const status = me?.verificationStatus;
  return (
    <>
      <h1>Your licence</h1>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {status && (
        <p className={`status status-${status.toLowerCase()}`}>
          <strong>Verification: {label(status)}.</strong> {STATUS_TEXT[status]}
        </p>
      )}
      {me && me.licenses.length === 0 && <p className="empty">No licence submitted yet.</p>}
      {me && me.licenses.length > 0 && (
        <ul className="cards">
          {me.licenses.map((licence) => (
            <li key={licence.id} className="card">
              <p>
                <strong>
                  {licence.credential} · {licence.jurisdiction} {licence.licenseNumber}
                </strong>{' '}
                <span className={`pill status-${licence.status.toLowerCase()}`}>{label(licence.status)}</span>
              </p>
              <p className="muted">
                NPI {licence.npi} · expires {licence.expiresOn} · submitted {when(licence.submittedAt)}
              </p>
              {licence.reviewNote && <p>Reviewer’s note: {licence.reviewNote}</p>}
            </li>
          ))}
        </ul>
      )}
      {status && status !== 'VERIFIED' && status !== 'PENDING' && status !== 'SUSPENDED' && (
        <form onSubmit={(e) => void onSubmit(e)}>
          <h2>Submit a licence</h2>
          <label htmlFor="npi">NPI</label>
          <input
            id="npi"
            name="npi"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            value={npi}
            onChange={(e) => setNpi(e.target.value)}
            aria-describedby="npi-check"
            aria-invalid={npiCheck === 'bad-check-digit' || npiCheck === 'not-digits'}
            required
          />
          <p id="npi-check" className={`hint npi-${npiCheck}`} aria-live="polite">
            {NPI_MESSAGES[npiCheck]}
          </p>
          <label htmlFor="credential">Credential</label>
          <select id="credential" name="credential" defaultValue="MD">
            {CREDENTIALS.map((c) => (
              <option key={c} value={c}>
                {c === 'PHARMD' ? 'PharmD' : c === 'OTHER' ? 'Other' : c}
              </option>
            ))}
          </select>
          <label htmlFor="jurisdiction">State or territory (two letters)</label>
          <input id="jurisdiction" name="jurisdiction" required maxLength={2} pattern="[A-Za-z]{2}" />
          <label htmlFor="licenseNumber">Licence number</label>
          <input id="licenseNumber" name="licenseNumber" required maxLength={40} autoComplete="off" />
          <label htmlFor="expiresOn">Expires on</label>
          <input id="expiresOn" name="expiresOn" type="date" required />
          {submitted.error && <ErrorNotice error={submitted.error} />}
          <button type="submit" disabled={submitted.fetching || npiCheck !== 'valid'}>
            {submitted.fetching ? 'Submitting…' : 'Submit for verification'}
          </button>
        </form>
      )}
      {submitted.data && <Done>Licence submitted. An administrator will review it.</Done>}
    </>
  );
}
