import { useState, type FormEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { when } from '../../lib/format';
import { field } from '../../lib/forms';

const MyConsultCredit = graphql(`
  query MyConsultCredit($period: CreditPeriodInput!) {
    myConsultCredit(period: $period) {
      from
      to
      consultsAnswered
      minutesSpent
      helpfulMarks
      confirmedOutcomes
      entries {
        consultId
        caseId
        caseTitle
        answeredAt
        minutesSpent
        helpful
        adviceConfirmed
      }
    }
  }
`);

const CreditStatement = graphql(`
  query CreditStatement($period: CreditPeriodInput!) {
    creditStatementLink(period: $period) {
      url
      expiresAt
    }
  }
`);

/** The longest period the API accepts (CREDIT_MAX_PERIOD_DAYS). */
export const MAX_PERIOD_DAYS = 366;

/** A local calendar date as YYYY-MM-DD. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last 12 months, today included: from the day after this date a year ago to today. */
export function defaultDays(today = new Date()): { from: string; to: string } {
  const start = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  return { from: isoDay(start), to: isoDay(today) };
}

/** Calendar days (inclusive, local time) as the API's period: `to` is the start of the next day. */
export function periodOf(days: { from: string; to: string }): { from: string; to: string } {
  const [fy, fm, fd] = days.from.split('-').map(Number);
  const [ty, tm, td] = days.to.split('-').map(Number);
  return {
    from: new Date(fy, fm - 1, fd).toISOString(),
    to: new Date(ty, tm - 1, td + 1).toISOString(),
  };
}

function checkDays(days: { from: string; to: string }): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(days.from) || !/^\d{4}-\d{2}-\d{2}$/.test(days.to))
    return 'Enter both dates.';
  if (days.from > days.to) return 'The first day must come before the last day.';
  const { from, to } = periodOf(days);
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  if (span > MAX_PERIOD_DAYS) return `Choose at most ${MAX_PERIOD_DAYS} days.`;
  return null;
}

function yesNo(value: boolean | null | undefined, unknown: string): string {
  if (value === null || value === undefined) return unknown;
  return value ? 'Yes' : 'No';
}

/**
 * "My credit": the consults the clinician answered over a period (the last 12 months unless they
 * choose), with the totals, and a PDF statement of the same period.
 */
export function CreditScreen() {
  const client = useClient();
  const [days, setDays] = useState(defaultDays);
  const [problem, setProblem] = useState<string | null>(null);
  const period = periodOf(days);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyConsultCredit, variables: { period } });
  const [download, setDownload] = useState<{ busy: boolean; error: unknown; url?: string }>({
    busy: false,
    error: null,
  });

  function choose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = { from: field(form, 'from'), to: field(form, 'to') };
    const found = checkDays(next);
    setProblem(found);
    if (!found) setDays(next);
  }

  async function statement() {
    setDownload({ busy: true, error: null });
    const result = await client
      .query(CreditStatement, { period }, { requestPolicy: 'network-only' })
      .toPromise();
    const url = result.data?.creditStatementLink.url;
    if (result.error || !url) {
      setDownload({ busy: false, error: result.error ?? new Error('no link') });
      return;
    }
    setDownload({ busy: false, error: null, url });
    // A blocked pop-up leaves the link below, which works for the same few minutes.
    window.open(url, '_blank', 'noopener');
  }

  const credit = data?.myConsultCredit;
  return (
    <>
      <h1>My credit</h1>
      <p className="muted">
        The consults you answered, the minutes you reported, and how the answers were received. Answers are
        listed from <Link href="/my-consults">your consults</Link>.
      </p>
      <form className="inline-form filters" aria-label="Period" noValidate onSubmit={choose}>
        <div>
          <label htmlFor="credit-from">First day</label>
          <input
            id="credit-from"
            name="from"
            type="date"
            defaultValue={days.from}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'credit-period-problem' : undefined}
          />
        </div>
        <div>
          <label htmlFor="credit-to">Last day</label>
          <input
            id="credit-to"
            name="to"
            type="date"
            defaultValue={days.to}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'credit-period-problem' : undefined}
          />
        </div>
        <div>
          <button type="submit">Show this period</button>
        </div>
      </form>
      {problem && (
        <p id="credit-period-problem" className="notice error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={download.busy} onClick={() => void statement()}>
          {download.busy ? 'Preparing the statement…' : 'Download statement (PDF)'}
        </button>
      </div>
      {download.error !== null && <ErrorNotice error={download.error} />}
      {download.url && (
        <p className="muted" role="status">
          The statement opens in a new tab. If it did not, <a href={download.url}>open the statement</a> (the
          link works for a few minutes).
        </p>
      )}
      {fetching && !credit && <Loading label="Loading your credit…" />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {credit && (
        <>
          <section aria-labelledby="credit-totals">
            <h2 id="credit-totals">Totals</h2>
            <dl className="fields">
              <div>
                <dt>Consults answered</dt>
                <dd>{credit.consultsAnswered}</dd>
              </div>
              <div>
                <dt>Minutes reported</dt>
                <dd>{credit.minutesSpent}</dd>
              </div>
              <div>
                <dt>Marked helpful</dt>
                <dd>{credit.helpfulMarks}</dd>
              </div>
              <div>
                <dt>Outcomes that confirmed the advice</dt>
                <dd>{credit.confirmedOutcomes}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="credit-entries">
            <h2 id="credit-entries">Answers</h2>
            {credit.entries.length === 0 ? (
              <Empty>No answers in this period. Answer a consult from the queue and it counts here.</Empty>
            ) : (
              <ul className="cards" aria-label="Answers in the period">
                {credit.entries.map((e) => (
                  <li key={e.consultId} className="card">
                    <h3 className="h3">
                      <Link href={`/cases/${e.caseId}`}>{e.caseTitle}</Link>
                    </h3>
                    <p className="muted">Answered {when(e.answeredAt)}</p>
                    <p>
                      Minutes: {e.minutesSpent ?? 'not reported'} · Helpful:{' '}
                      {yesNo(e.helpful, 'not said yet')} · Advice confirmed:{' '}
                      {yesNo(e.adviceConfirmed, 'no outcome yet')}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {credit.entries.length > 0 && credit.entries.length < credit.consultsAnswered && (
              <p className="muted">
                The first {credit.entries.length} answers are listed; the totals and the statement count all.
              </p>
            )}
          </section>
        </>
      )}
    </>
  );
}
