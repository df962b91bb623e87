import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { when } from '../../lib/format';

const Notifications = graphql(`
  query Notifications {
    notifications(first: 50) {
      edges {
        node {
          id
          kind
          createdAt
          readAt
          case {
            id
            title
          }
          consult {
            id
            status
          }
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

const KIND_TEXT: Record<string, string> = {
  REPLY_ADDED: 'New reply on',
  CONSULT_REQUESTED: 'Consult requested on',
  CONSULT_CLAIMED: 'Your consult was claimed on',
  CONSULT_ANSWERED: 'Consult answered on',
  CONSULT_EXPIRED: 'Consult expired on',
  REPLY_ACCEPTED: 'Your reply was accepted on',
  LICENSE_REVIEWED: 'Your licence has been reviewed',
  CONTENT_HIDDEN: 'Hidden for review after a report:',
  CONTENT_RETURNED: 'Returned to you to remove identifiers:',
  CONTENT_RESTORED: 'Visible again after review:',
  CONTENT_REMOVED: 'Removed after review:',
  CONTENT_REDACTED: 'Identifiers redacted by an administrator:',
  HELD_CONTENT_EDITED: 'The author edited held content on',
  REPORT_OUTCOME: 'A report you made was decided on',
};

/** Notices about the account itself: whole sentences, about no case. */
const ACCOUNT_TEXT: Record<string, string> = {
  REGISTRATION_ATTEMPTED: 'Someone tried to register with your e-mail address; your account is unchanged',
  PASSWORD_RESET: 'A link to reset your password was e-mailed to you',
};

export function NotificationsScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Notifications });
  const [marked, markRead] = useMutation(MarkRead);
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const unread = items.filter((n) => !n.readAt);
  return (
    <>
      <div className="heading-row">
        <h1>Notifications</h1>
        <Link href="/settings/notifications">Notification settings</Link>
        <button
          type="button"
          className="secondary"
          disabled={unread.length === 0 || marked.fetching}
          onClick={() => void markRead({ ids: null })}
        >
          Mark all read
        </button>
      </div>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {marked.error && <ErrorNotice error={marked.error} />}
      {data && items.length === 0 && (
        <Empty>Nothing yet. Replies, consults and licence decisions appear here.</Empty>
      )}
      {items.length > 0 && (
        <ul className="rows">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'row' : 'row unread'}>
              <span>
                {!n.readAt && <span className="visually-hidden">Unread: </span>}
                {ACCOUNT_TEXT[n.kind] ?? <>{KIND_TEXT[n.kind] ?? 'Update on'} </>}
                {ACCOUNT_TEXT[n.kind] ? null : n.case ? (
                  <Link href={`/cases/${n.case.id}`} onClick={() => void markRead({ ids: [n.id] })}>
                    {n.case.title}
                  </Link>
                ) : n.kind === 'LICENSE_REVIEWED' ? (
                  <Link href="/licence">see your licence</Link>
                ) : (
                  'a case you can no longer see'
                )}
                <span className="muted"> · {when(n.createdAt)}</span>
              </span>
              {!n.readAt && (
                <button type="button" className="link" onClick={() => void markRead({ ids: [n.id] })}>
                  Mark read
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
