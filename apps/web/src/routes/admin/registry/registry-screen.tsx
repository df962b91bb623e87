import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import { field } from '../../../lib/forms';
import { label, when } from '../../../lib/format';
import { uploadRegistryFile } from './upload-registry-file';

export const RegistryImportsQuery = graphql(`
  query AdminRegistryImports {
    registryImports(first: 20) {
      id
      status
      source
      percent
      rowsRead
      individualsImported
      malformedRows
      deactivationsApplied
      licensesChecked
      licensesFlagged
      licensesRevoked
      errorCode
      createdAt
      finishedAt
    }
  }
`);

/** The running import's live progress; the normalised cache puts each event into the list above. */
export const RegistryImportProgressSubscription = graphql(`
  subscription AdminRegistryImportProgress($id: ID!) {
    registryImportProgress(id: $id) {
      id
      status
      source
      percent
      rowsRead
      individualsImported
      malformedRows
      deactivationsApplied
      licensesChecked
      licensesFlagged
      licensesRevoked
      errorCode
      createdAt
      finishedAt
    }
  }
`);

export const StartRegistryImportMutation = graphql(`
  mutation AdminStartRegistryImport($path: String!) {
    startRegistryImport(path: $path) {
      id
      status
    }
  }
`);

const FAILURES: Record<string, string> = {
  FORMAT: 'the file is not an NPPES file',
  FILE_MISSING: 'the file was not found',
  INTERRUPTED: 'the server stopped too many times while it ran',
  INTERNAL: 'something went wrong on the server',
};

/**
 * Live progress of the queued or running import (`registryImportProgress` over the WebSocket): the
 * server sends its state at once, then after each progress write (about once a second) and each
 * change of status, and completes when it ends; then the list is read once more.
 */
function LiveProgress({ id, onEnded }: { id: string; onEnded: () => void }) {
  const [{ data }] = useSubscription({ query: RegistryImportProgressSubscription, variables: { id } });
  const status = data?.registryImportProgress.status;
  useEffect(() => {
    if (status === 'SUCCEEDED' || status === 'FAILED') onEnded();
  }, [status, onEnded]);
  return null;
}

type Upload =
  { state: 'idle' } | { state: 'sending'; fraction: number | null } | { state: 'failed'; error: unknown };

/** The uploader: a file input and how much of the file has gone. */
function UploadForm({ disabled, onStarted }: { disabled: boolean; onStarted: () => void }) {
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = new FormData(e.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    const form = e.currentTarget;
    setUpload({ state: 'sending', fraction: 0 });
    uploadRegistryFile(file, (fraction) => setUpload({ state: 'sending', fraction }))
      .then(() => {
        form.reset();
        setUpload({ state: 'idle' });
        onStarted();
      })
      .catch((error: unknown) => setUpload({ state: 'failed', error }));
  }

  const sending = upload.state === 'sending';
  const percent = sending && upload.fraction !== null ? Math.floor(upload.fraction * 100) : null;
  return (
    <form aria-label="Upload an NPPES file" onSubmit={onSubmit}>
      <label htmlFor="registry-file">NPPES file to upload (CSV)</label>
      <input id="registry-file" name="file" type="file" accept=".csv,text/csv" required disabled={sending} />
      {upload.state === 'failed' && <ErrorNotice error={upload.error} />}
      <button type="submit" disabled={sending || disabled}>
        Upload and import
      </button>
      {sending && (
        <p role="status">
          <progress
            max={100}
            value={percent ?? undefined}
            aria-label={percent === null ? 'Upload progress' : `Uploaded ${percent} percent`}
          />{' '}
          {percent === null ? 'Uploading…' : `Uploading: ${percent}%`}
        </p>
      )}
    </form>
  );
}

export function RegistryScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegistryImportsQuery });
  const [started, start] = useMutation(StartRegistryImportMutation);
  const [done, setDone] = useState<string | null>(null);
  const imports = data?.registryImports ?? [];
  const running = imports.find((i) => i.status === 'QUEUED' || i.status === 'RUNNING');
  const active = running !== undefined;
  const reread = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const path = field(new FormData(e.currentTarget), 'path').trim();
    void start({ path }).then((res) => {
      if (!res.error) {
        setDone('The import has started. Its progress shows below.');
        refetch({ requestPolicy: 'network-only' });
      }
    });
  }

  return (
    <>
      <h1>Registry imports</h1>
      <p className="muted">
        Imports the public NPPES file in the background; licences are compared with it again when it ends.
      </p>
      <UploadForm
        disabled={active}
        onStarted={() => {
          setDone('The file is uploaded and its import has started. Its progress shows below.');
          refetch({ requestPolicy: 'network-only' });
        }}
      />
      <form aria-label="Start a registry import" onSubmit={onSubmit}>
        <label htmlFor="registry-path">File on the server (inside the registry import folder)</label>
        <input id="registry-path" name="path" required maxLength={500} autoComplete="off" />
        {started.error && <ErrorNotice error={started.error} />}
        <button type="submit" disabled={started.fetching || active}>
          Start the import
        </button>
        {active && <p className="hint">One import runs at a time.</p>}
      </form>
      {running && <LiveProgress key={running.id} id={running.id} onEnded={reread} />}
      {done && <Done>{done}</Done>}
      {fetching && !data && <Loading label="Loading imports…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && imports.length === 0 && <Empty>No registry import yet.</Empty>}
      {imports.length > 0 && (
        <ul className="cards" aria-label="Imports">
          {imports.map((i) => (
            <li key={i.id} className="card">
              <h2 className="h3">
                {label(i.status)} · started {when(i.createdAt)}
              </h2>
              {(i.status === 'RUNNING' || i.status === 'QUEUED') && (
                <p>
                  <progress
                    max={100}
                    value={i.percent ?? undefined}
                    aria-label={i.percent === null ? 'Progress' : `${Math.floor(i.percent)} percent`}
                  />{' '}
                  {i.percent === null ? '' : `${Math.floor(i.percent)}%`}
                </p>
              )}
              <p>
                {i.rowsRead.toLocaleString()} rows read, {i.individualsImported.toLocaleString()} clinicians
                imported
                {i.malformedRows > 0 ? `, ${i.malformedRows.toLocaleString()} rows malformed` : ''}.
              </p>
              {i.status === 'SUCCEEDED' && (
                <p>
                  {i.licensesChecked} licences checked again: {i.licensesFlagged} flagged, {i.licensesRevoked}{' '}
                  revoked (NPI deactivated); {i.deactivationsApplied} deactivations applied.
                </p>
              )}
              {i.status === 'FAILED' && (
                <p className="match-none">
                  Failed: {FAILURES[i.errorCode ?? 'INTERNAL'] ?? FAILURES.INTERNAL}.
                </p>
              )}
              {i.finishedAt && <p className="muted">Finished {when(i.finishedAt)}.</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
