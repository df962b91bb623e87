import { useEffect, type ReactNode } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Link, useLocation } from 'wouter';
import { graphql } from '../gql';
import { signOut } from '../lib/session';
import { ErrorBoundary } from './error-boundary';

export const LayoutMe = graphql(`
  query LayoutMe {
    me {
      id
      displayName
      role
      verificationStatus
    }
  }
`);

export const UnreadNotifications = graphql(`
  query UnreadNotifications {
    notifications(first: 20, unreadOnly: true) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const NotificationAddedBadge = graphql(`
  subscription NotificationAddedBadge {
    notificationAdded {
      id
      kind
      createdAt
      readAt
      consult {
        id
        status
        dueAt
        consultant {
          id
          displayName
        }
      }
    }
  }
`);

const NAV = [
  { href: '/', label: 'Feed' },
  { href: '/cases/new', label: 'Post a case' },
  { href: '/search', label: 'Search' },
  { href: '/consults', label: 'Consults' },
  { href: '/my-consults', label: 'My consults' },
  { href: '/my-credit', label: 'My credit' },
  { href: '/specialists', label: 'Specialists' },
  { href: '/channels', label: 'Channels' },
  { href: '/profile', label: 'Profile' },
];

function Badge() {
  const [{ data }] = useQuery({ query: UnreadNotifications });
  useSubscription({ query: NotificationAddedBadge });
  const unread = data?.notifications.edges.length ?? 0;
  const more = data?.notifications.pageInfo.hasNextPage ?? false;
  const text = unread === 0 ? 'no unread' : `${unread}${more ? '+' : ''} unread`;
  return (
    <Link href="/notifications" className="nav-link">
      Notifications{' '}
      <span className={unread > 0 ? 'badge' : 'badge quiet'} aria-label={text}>
        {unread}
        {more ? '+' : ''}
      </span>
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [{ data }] = useQuery({ query: LayoutMe });
  const me = data?.me;
  useEffect(() => {
    document.getElementById('main')?.focus();
  }, [location]);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Curbside
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="nav-link"
                  aria-current={location === item.href ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
            {me?.role === 'ADMIN' && (
              <li>
                <Link
                  href="/admin"
                  className="nav-link"
                  aria-current={location.startsWith('/admin') ? 'page' : undefined}
                >
                  Administration
                </Link>
              </li>
            )}
            <li>
              <Badge />
            </li>
            <li>
              <button type="button" className="link" onClick={() => void signOut()}>
                Sign out
              </button>
            </li>
          </ul>
        </nav>
      </header>
      {me && me.role !== 'ADMIN' && me.verificationStatus !== 'VERIFIED' && (
        <p className="banner" role="note">
          {me.verificationStatus === 'PENDING'
            ? 'Your licence is being reviewed. You can read channel names meanwhile; cases open once it is verified.'
            : 'Cases are shared only between verified clinicians.'}{' '}
          <Link href="/licence">See your licence status</Link>
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location}>{children}</ErrorBoundary>
      </main>
    </>
  );
}
