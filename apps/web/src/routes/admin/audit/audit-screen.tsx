import { useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { Done, Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import { friendlyError } from '../../../lib/errors';
import { field } from '../../../lib/forms';
import { label, when } from '../../../lib/format';
import {
  AUDIT_ACTIONS,
  TARGET_TYPES,
  auditQueryString,
  datesReversed,
  parseAuditQuery,
  toApiFilter,
  type AuditQuery,
} from './audit-filter';

export const AdminAuditLogQuery = graphql(`
  query AdminAuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      edges {
        cursor
        node {
          id
          at
          action
          targetType
          targetId
          actor {
            id
            displayName
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

export const AdminAuditActorQuery = graphql(`
  query AdminAuditActor($id: ID!) {
    clinician(id: $id) {
      id
      displayName
    }
  }
`);

export const AdminAuditCsvQuery = graphql(`
  query AdminAuditCsv($filter: AuditLogFilter) {
    auditLogCsv(filter: $filter)
  }
`);

/** Hands a CSV text to the browser as a file download (nothing is kept in storage). */
function download(csv: string, name: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function ActorName({ id }: { id: string }) {
  const [{ data }] = useQuery({ query: AdminAuditActorQuery, variables: { id } });
  return <>{data?.clinician?.displayName ?? 'one clinician'}</>;
}

export function AuditScreen() {
  const client = useClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const query = parseAuditQuery(search);
  const filter = toApiFilter(query);
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const reversed = datesReversed(query);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdminAuditLogQuery,
    variables: { filter, after },
    pause: reversed,
  });
  const events = data?.auditLog.edges.map((e) => e.node) ?? [];

  function apply(next: AuditQuery) {
    setAfter(null);
    setPages([]);
    setExported(null);
    navigate(`/audit${auditQueryString(next)}`);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    apply({
      actor: query.actor,
      action: field(form, 'action'),
      targetType: field(form, 'targetType'),
      target: field(form, 'target').trim(),
      from: field(form, 'from'),
      to: field(form, 'to'),
    });
  }

  async function exportCsv() {
    setExporting(true);
    setExported(null);
    setExportError(null);
    const res = await client
      .query(AdminAuditCsvQuery, { filter }, { requestPolicy: 'network-only' })
      .toPromise();
    setExporting(false);
    if (res.error || !res.data) {
      setExportError(friendlyError(res.error).message);
      return;
    }
    const rows = res.data.auditLogCsv.split('\r\n').filter(Boolean).length - 1;
    download(res.data.auditLogCsv, `curbside-audit-${new Date().toISOString().slice(0, 10)}.csv`);
    setExported(`Exported ${rows} ${rows === 1 ? 'event' : 'events'} as CSV.`);
  }

  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Newest first. Every record holds ids and codes only, never text anyone typed.</p>
      {/* key: the fields show the URL's filter again after navigating */}
      <form key={search} aria-label="Filter the audit log" className="filters" onSubmit={onSubmit}>
        <div>
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={query.action}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {label(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-target-type">Target kind</label>
          <select id="audit-target-type" name="targetType" defaultValue={query.targetType}>
            <option value="">Any kind</option>
            {TARGET_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-target">Target id</label>
          <input
            id="audit-target"
            name="target"
            defaultValue={query.target}
            autoComplete="off"
            pattern="[0-9a-fA-F\-]{36}"
            title="An id of 36 letters, digits and dashes"
          />
        </div>
        <div>
          <label htmlFor="audit-from">From (day)</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} />
        </div>
        <div>
          <label htmlFor="audit-to">To (day, included)</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} />
        </div>
        <div className="buttons">
          <button type="submit">Apply filters</button>
          <button
            type="button"
            className="secondary"
            onClick={() => apply({ actor: '', action: '', targetType: '', target: '', from: '', to: '' })}
          >
            Clear
          </button>
        </div>
      </form>
      {query.actor && (
        <p>
          Only what <ActorName id={query.actor} /> did.{' '}
          <button type="button" className="link" onClick={() => apply({ ...query, actor: '' })}>
            Show every actor
          </button>
        </p>
      )}
      <div className="batch-bar">
        <button
          type="button"
          className="secondary"
          disabled={exporting || reversed}
          onClick={() => void exportCsv()}
        >
          Export as CSV
        </button>
        {exporting && <Loading label="Preparing the file…" />}
      </div>
      {exported && <Done>{exported}</Done>}
      {exportError && (
        <div className="notice error" role="alert">
          <p>{exportError}</p>
        </div>
      )}
      {reversed && (
        <div className="notice error" role="alert">
          <p>The “to” day comes before the “from” day. Change one of them.</p>
        </div>
      )}
      {fetching && !data && <Loading label="Loading the audit log…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && events.length === 0 && <Empty>No audit record matches these filters.</Empty>}
      {events.length > 0 && (
        <ul className="rows audit-list" aria-label="Audit records">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{label(e.action)}</strong> · <span className="muted">{when(e.at)}</span>
              <br />
              {e.actor ? (
                <>
                  by {e.actor.displayName}{' '}
                  {e.actor.id !== query.actor && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => apply({ ...query, actor: e.actor!.id })}
                      aria-label={`Only this actor: ${e.actor.displayName}`}
                    >
                      only this actor
                    </button>
                  )}
                </>
              ) : (
                <span className="muted">by the system or someone not signed in</span>
              )}
              {e.targetType && e.targetId && (
                <>
                  {' '}
                  · {e.targetType}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => apply({ ...query, targetType: e.targetType!, target: e.targetId! })}
                  >
                    only this {e.targetType.toLowerCase()}
                  </button>
                </>
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
              setAfter(pages.length > 1 ? pages[pages.length - 2] : null);
              setPages(pages.slice(0, -1));
            }}
          >
            Newer
          </button>
        )}
        {data?.auditLog.pageInfo.hasNextPage && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const next = data.auditLog.pageInfo.endCursor;
              if (!next) return;
              setPages([...pages, next]);
              setAfter(next);
            }}
          >
            Older
          </button>
        )}
      </div>
    </>
  );
}
