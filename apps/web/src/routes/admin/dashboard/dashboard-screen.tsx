import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorNotice, Loading } from '../../../components/states';
import { graphql } from '../../../gql';
import { relative, when } from '../../../lib/format';
import { duration } from '../admin-format';

export const AdminDashboardQuery = graphql(`
  query AdminDashboard {
    adminDashboard {
      generatedAt
      licenses {
        waiting
        waitingOverTwoDays
        oldestSubmittedAt
      }
      reports {
        open
        oldestCreatedAt
      }
      overdueConsults
      responseWindowDays
      responseTimes {
        specialty {
          id
          name
        }
        answered
        medianMinutes
      }
      signupsPerWeek {
        weekStart
        count
      }
    }
  }
`);

const week = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function DashboardScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdminDashboardQuery });
  const d = data?.adminDashboard;
  const maxSignups = Math.max(1, ...(d?.signupsPerWeek.map((w) => w.count) ?? [0]));
  return (
    <>
      <h1>Dashboard</h1>
      {fetching && !d && <Loading label="Counting the queues…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {d && (
        <>
          <p className="muted">
            As of {when(d.generatedAt)}.{' '}
            <button type="button" className="link" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              Refresh
            </button>
          </p>
          <ul className="figures" aria-label="Queues">
            <li className="figure">
              <span className="value">{d.licenses.waiting}</span>
              <span className="caption">
                <Link href="/licences">licences waiting</Link>
                {d.licenses.oldestSubmittedAt
                  ? `; the oldest since ${relative(d.licenses.oldestSubmittedAt)}, ${d.licenses.waitingOverTwoDays} over two days`
                  : ''}
              </span>
            </li>
            <li className="figure">
              <span className="value">{d.reports.open}</span>
              <span className="caption">
                <Link href="/reports">open reports</Link>
                {d.reports.oldestCreatedAt ? `; the oldest made ${relative(d.reports.oldestCreatedAt)}` : ''}
              </span>
            </li>
            <li className="figure">
              <span className="value">{d.overdueConsults}</span>
              <span className="caption">consults waiting past their due time</span>
            </li>
          </ul>

          <h2 id="response-times">Time to first answer</h2>
          <p className="muted">
            Median time from a consult request to its answer, last {d.responseWindowDays} days.
          </p>
          {d.responseTimes.length === 0 ? (
            <Empty>No consult was answered in the last {d.responseWindowDays} days.</Empty>
          ) : (
            <div className="table-wrap">
              <table className="data" aria-labelledby="response-times">
                <thead>
                  <tr>
                    <th scope="col">Specialty</th>
                    <th scope="col" className="number">
                      Answered
                    </th>
                    <th scope="col" className="number">
                      Median
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.responseTimes.map((row) => (
                    <tr key={row.specialty.id}>
                      <th scope="row">{row.specialty.name}</th>
                      <td className="number">{row.answered}</td>
                      <td className="number">{duration(row.medianMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h2 id="signups">Sign-ups per week</h2>
          <div className="table-wrap">
            <table className="data" aria-labelledby="signups">
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  <th scope="col" className="number">
                    New accounts
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Compared with the busiest week</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.signupsPerWeek.map((w) => (
                  <tr key={w.weekStart}>
                    <th scope="row">{week.format(new Date(`${w.weekStart}T00:00:00Z`))}</th>
                    <td className="number">{w.count}</td>
                    <td>
                      <meter
                        min={0}
                        max={maxSignups}
                        value={w.count}
                        aria-label={`${w.count} of at most ${maxSignups}`}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
