import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Done, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import type { EmailMode, NotificationCategory } from '../../gql/graphql';
import { pushSupported, subscribeThisBrowser } from './push-subscription';

/** What the screen shows of the preferences: the query and both mutations answer with it. */
graphql(`
  fragment NotificationPreferencesView on NotificationPreferences {
    categories {
      category
      customised
      email
      push
    }
    pushSubscriptions
    quietHours {
      startMinute
      endMinute
      timeZone
    }
  }
`);

const Settings = graphql(`
  query NotificationSettings {
    notificationPreferences {
      ...NotificationPreferencesView
    }
    pushPublicKey
  }
`);

const SetPreference = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      ...NotificationPreferencesView
    }
  }
`);

const SetQuietHours = graphql(`
  mutation SetQuietHours($input: QuietHoursInput) {
    setQuietHours(input: $input) {
      ...NotificationPreferencesView
    }
  }
`);

const SubscribePush = graphql(`
  mutation SubscribePush($input: PushSubscriptionInput!) {
    subscribePush(input: $input)
  }
`);

const CATEGORY_LABELS: Record<NotificationCategory, string> = {
  CONSULT_REQUESTS: 'Consult requests for you or your specialties',
  CONSULT_ANSWERS: 'Answers and messages on your consults',
  CASE_REPLIES: 'Replies to your cases',
  CASE_OUTCOMES: 'Case outcome follow-ups',
  LICENSE_DECISIONS: 'Licence decisions',
  CONTENT_REPORTS: 'Reports on your content',
  DIGESTS: 'The daily digest',
  ACCOUNT_NOTICES: 'Notices about your account',
};

const EMAIL_LABELS: Record<EmailMode, string> = {
  IMMEDIATE: 'At once',
  DIGEST: 'In the daily digest',
  OFF: 'Off',
};

/** "HH:MM" for a minute of the day, and back. */
const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const minuteOf = (value: string): number => {
  const [h, m] = value.split(':').map(Number);
  return h * 60 + m;
};

function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Per category e-mail and push, quiet hours, and push in this browser. */
export function NotificationSettingsScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Settings });
  const [saved, setPreference] = useMutation(SetPreference);
  const [quiet, setQuietHours] = useMutation(SetQuietHours);
  const [subscribed, subscribePush] = useMutation(SubscribePush);
  const [pushMessage, setPushMessage] = useState<string | null>(null);
  const prefs = data?.notificationPreferences;
  const hours = prefs?.quietHours;

  const saveQuietHours = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string): string => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    void setQuietHours({
      input: {
        startMinute: minuteOf(field('start')),
        endMinute: minuteOf(field('end')),
        timeZone: field('timeZone').trim(),
      },
    });
  };

  const turnOnPush = async () => {
    setPushMessage(null);
    if (!data) return;
    try {
      const keys = await subscribeThisBrowser(data.pushPublicKey);
      if (!keys) {
        setPushMessage('This browser did not allow notifications. You can allow them in its site settings.');
        return;
      }
      const res = await subscribePush({ input: keys });
      if (!res.error) {
        setPushMessage('Push is on for this browser.');
        refetch({ requestPolicy: 'network-only' });
      }
    } catch {
      setPushMessage('This browser could not subscribe to push. Try again, or use e-mail.');
    }
  };

  return (
    <>
      <div className="heading-row">
        <h1>Notification settings</h1>
        <Link href="/notifications">Back to notifications</Link>
      </div>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {prefs && (
        <>
          <section aria-labelledby="channels-heading">
            <h2 id="channels-heading">What reaches you, and how</h2>
            {saved.error && <ErrorNotice error={saved.error} />}
            <table>
              <thead>
                <tr>
                  <th scope="col">Notifications</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Push</th>
                </tr>
              </thead>
              <tbody>
                {prefs.categories.map((c) => {
                  const label = CATEGORY_LABELS[c.category];
                  return (
                    <tr key={c.category}>
                      <th scope="row">{label}</th>
                      <td>
                        <select
                          aria-label={`E-mail for ${label}`}
                          value={c.email}
                          disabled={saved.fetching}
                          onChange={(e) =>
                            void setPreference({
                              input: {
                                category: c.category,
                                email: e.target.value as EmailMode,
                                push: c.push,
                              },
                            })
                          }
                        >
                          {(Object.keys(EMAIL_LABELS) as EmailMode[]).map((mode) => (
                            <option key={mode} value={mode}>
                              {EMAIL_LABELS[mode]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Push for ${label}`}
                          checked={c.push}
                          disabled={saved.fetching}
                          onChange={(e) =>
                            void setPreference({
                              input: { category: c.category, email: c.email, push: e.target.checked },
                            })
                          }
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>

          <section aria-labelledby="quiet-heading">
            <h2 id="quiet-heading">Quiet hours</h2>
            <p className="muted">
              E-mail and push wait until quiet hours end. An urgent consult for you while you are on call
              still gets through.
            </p>
            {quiet.error && <ErrorNotice error={quiet.error} />}
            <form onSubmit={saveQuietHours} key={hours ? `${hours.startMinute}-${hours.endMinute}` : 'none'}>
              <label>
                From
                <input
                  name="start"
                  type="time"
                  required
                  defaultValue={clock(hours?.startMinute ?? 22 * 60)}
                />
              </label>
              <label>
                Until
                <input name="end" type="time" required defaultValue={clock(hours?.endMinute ?? 7 * 60)} />
              </label>
              <label>
                Time zone
                <input name="timeZone" required defaultValue={hours?.timeZone ?? localTimeZone()} />
              </label>
              <button type="submit" disabled={quiet.fetching}>
                Save quiet hours
              </button>
              {hours && (
                <button
                  type="button"
                  className="secondary"
                  disabled={quiet.fetching}
                  onClick={() => void setQuietHours({ input: null })}
                >
                  Turn quiet hours off
                </button>
              )}
            </form>
            {hours && (
              <Done>
                Quiet from {clock(hours.startMinute)} to {clock(hours.endMinute)} ({hours.timeZone}).
              </Done>
            )}
          </section>

          <section aria-labelledby="push-heading">
            <h2 id="push-heading">Push in this browser</h2>
            <p className="muted">
              {prefs.pushSubscriptions === 0
                ? 'No browser receives push yet.'
                : `${prefs.pushSubscriptions} browser${prefs.pushSubscriptions === 1 ? '' : 's'} receive push.`}{' '}
              A push message shows only what happened and a link, never case text.
            </p>
            {subscribed.error && <ErrorNotice error={subscribed.error} />}
            {pushSupported() ? (
              <button type="button" disabled={subscribed.fetching} onClick={() => void turnOnPush()}>
                Turn on push in this browser
              </button>
            ) : (
              <p>This browser cannot receive push notifications. E-mail still reaches you.</p>
            )}
            {pushMessage && <p role="status">{pushMessage}</p>}
          </section>
        </>
      )}
    </>
  );
}
