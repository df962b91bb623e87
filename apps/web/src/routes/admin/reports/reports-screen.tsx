import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import type { AdminReportsQuery as ReportsResult, ReportStatus } from '../../../gql/graphql';
import { label, relative, when } from '../../../lib/format';
import { RedactableText } from './redact-form';

export const AdminReportsQuery = graphql(`
  query AdminReports($status: ReportStatus) {
    reports(status: $status, first: 10) {
      edges {
        node {
          id
          reason
          note
          status
          outcome
          returnNote
          createdAt
          reporter {
            id
            displayName
          }
          case {
            id
            title
            body
            author {
              id
              displayName
            }
            hold {
              stage
            }
          }
          reply {
            id
            body
            author {
              id
              displayName
            }
            case {
              id
              title
            }
            hold {
              stage
            }
          }
        }
      }
    }
  }
`);

export const RestoreContentMutation = graphql(`
  mutation AdminRestoreContent($reportId: ID!) {
    restoreContent(reportId: $reportId) {
      id
      status
      outcome
    }
  }
`);

export const ReturnToAuthorMutation = graphql(`
  mutation AdminReturnToAuthor($reportId: ID!, $note: String!) {
    returnToAuthor(reportId: $reportId, note: $note) {
      id
      stage
      returnNote
    }
  }
`);

const STAGES: Record<string, string> = {
  AWAITING_REVIEW: 'Waiting for review',
  REDACTED: 'Redacted, still hidden',
  RETURNED_TO_AUTHOR: 'Returned to the author',
  EDITED_BY_AUTHOR: 'Edited by the author, back for review',
};

export const ResolveReportMutation = graphql(`
  mutation AdminResolveReport($reportId: ID!, $removeContent: Boolean!) {
    resolveReport(reportId: $reportId, removeContent: $removeContent) {
      id
      status
    }
  }
`);

const REASONS: Record<string, string> = {
  PHI_SUSPECTED: 'Suspected patient identifiers',
  UNPROFESSIONAL: 'Unprofessional',
  MISINFORMATION: 'Misinformation',
  SPAM: 'Spam',
  OTHER: 'Other',
};

const STATUSES: ReportStatus[] = ['OPEN', 'ACTIONED', 'DISMISSED'];

type ReportNode = ReportsResult['reports']['edges'][number]['node'];

function ReportedText({ report, onDone }: { report: ReportNode; onDone: (message: string) => void }) {
  const open = report.status === 'OPEN';
  if (report.case) {
    return (
      <>
        <p>
          Case by {report.case.author?.displayName ?? 'an anonymous author'}
          {open ? (
            ''
          ) : (
            <>
              : <strong>{report.case.title}</strong>
            </>
          )}
        </p>
        {open ? (
          <RedactableText
            reportId={report.id}
            target={{ kind: 'case', id: report.case.id, title: report.case.title, body: report.case.body }}
            onDone={onDone}
          />
        ) : (
          <blockquote className="moderated-text" aria-label="Reported text">
            {report.case.body}
          </blockquote>
        )}
      </>
    );
  }
  if (report.reply) {
    return (
      <>
        <p>
          Reply by {report.reply.author.displayName} on <strong>{report.reply.case.title}</strong>
        </p>
        {open ? (
          <RedactableText
            reportId={report.id}
            target={{ kind: 'reply', id: report.reply.id, body: report.reply.body }}
            onDone={onDone}
          />
        ) : (
          <blockquote className="moderated-text" aria-label="Reported text">
            {report.reply.body}
          </blockquote>
        )}
      </>
    );
  }
  return <p className="muted">The reported content is no longer there.</p>;
}

function ReturnForm({ reportId, onDone }: { reportId: string; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [state, send] = useMutation(ReturnToAuthorMutation);
  const id = `return-note-${reportId}`;
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Return to the author…
      </button>
    );
  }
  return (
    <div>
      <label htmlFor={id}>Note to the author (what to change; de-identified)</label>
      <textarea id={id} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      {state.error && <ErrorNotice error={state.error} />}
      <button
        type="button"
        disabled={state.fetching || note.trim().length === 0}
        onClick={() =>
          void send({ reportId, note: note.trim() }).then((res) => {
            if (!res.error) onDone('Returned to the author with your note.');
          })
        }
      >
        Send back to the author
      </button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </div>
  );
}

function ReportCard({ report, onResolved }: { report: ReportNode; onResolved: (message: string) => void }) {
  const [state, resolve] = useMutation(ResolveReportMutation);
  const [restored, restore] = useMutation(RestoreContentMutation);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const what = report.case ? 'case' : 'reply';
  const act = (removeContent: boolean) =>
    void resolve({ reportId: report.id, removeContent }).then((res) => {
      if (!res.error) onResolved(removeContent ? `The ${what} was removed.` : 'The report was dismissed.');
    });
  const held = report.case?.hold ?? report.reply?.hold ?? null;
  return (
    <li className="card">
      <h2 className="h3">{REASONS[report.reason] ?? label(report.reason)}</h2>
      <p className="muted">
        Reported {when(report.createdAt)} ({relative(report.createdAt)})
        {report.reporter ? ` by ${report.reporter.displayName}` : ''} ·{' '}
        {report.status === 'OPEN'
          ? held
            ? (STAGES[held.stage] ?? label(held.stage))
            : 'Waiting for review'
          : label(report.outcome ?? report.status)}
        {held ? ' · hidden from everyone but its author and administrators' : ''}
      </p>
      {report.note && <p>Reporter’s note: {report.note}</p>}
      {report.returnNote && <p>Your note to the author: {report.returnNote}</p>}
      <ReportedText report={report} onDone={onResolved} />
      {state.error && <ErrorNotice error={state.error} />}
      {restored.error && <ErrorNotice error={restored.error} />}
      {report.status === 'OPEN' && (
        <div className="batch-bar">
          {!confirmRemove ? (
            <button type="button" className="danger" onClick={() => setConfirmRemove(true)}>
              Remove the {what}…
            </button>
          ) : (
            <>
              <p role="alert">
                Removing the {what} deletes it{what === 'case' ? ' with its replies and consults' : ''} for
                everyone. This cannot be undone.
              </p>
              <button type="button" className="danger" disabled={state.fetching} onClick={() => act(true)}>
                Yes, remove the {what}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmRemove(false)}>
                Keep it
              </button>
            </>
          )}
          {held && (
            <button
              type="button"
              disabled={restored.fetching}
              onClick={() =>
                void restore({ reportId: report.id }).then((res) => {
                  if (!res.error) onResolved(`The ${what} is shown again and its reports are closed.`);
                })
              }
            >
              Restore the {what}
            </button>
          )}
          {held && <ReturnForm reportId={report.id} onDone={onResolved} />}
          <button type="button" className="secondary" disabled={state.fetching} onClick={() => act(false)}>
            Dismiss the report
          </button>
        </div>
      )}
    </li>
  );
}

export function ReportsScreen() {
  const [status, setStatus] = useState<ReportStatus>('OPEN');
  const [done, setDone] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminReportsQuery, variables: { status } });
  const reports = data?.reports.edges.map((e) => e.node) ?? [];
  return (
    <>
      <h1>Reports</h1>
      <p className="muted">The longest-waiting report leads. The reported text is shown as it is stored.</p>
      <div className="filters">
        <div>
          <label htmlFor="report-status">Show</label>
          <select
            id="report-status"
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ReportStatus);
              setDone(null);
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(s)} reports
              </option>
            ))}
          </select>
        </div>
      </div>
      {done && <Done>{done}</Done>}
      {fetching && !data && <Loading label="Loading reports…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && reports.length === 0 && (
        <Empty>{status === 'OPEN' ? 'No report is waiting. Nothing to moderate.' : 'No report here.'}</Empty>
      )}
      {reports.length > 0 && (
        <ul className="cards">
          {reports.map((r) => (
            <ReportCard
              key={r.id}
              report={r}
              onResolved={(message) => {
                setDone(message);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
