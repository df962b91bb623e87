/**
 * The dashboard's SQL, one statement per figure. Read-only over other features' tables: an
 * operator's report, not a feature, so it reads rows and never writes them. Each statement's cost at
 * 1M cases is measured by `npm run bench:admin` (bench/admin/README.md).
 */
export const DASHBOARD_SQL = {
  /** ix_license_status_submitted: an index range over the pending licences only. */
  licenses: `
    SELECT count(*)::int AS waiting,
           count(*) FILTER (WHERE submitted_at < now() - interval '2 days')::int AS over_two_days,
           min(submitted_at) AS oldest
      FROM license WHERE status = 'PENDING'`,
  /** ix_report_status_created: the open reports only. */
  reports: `
    SELECT count(*)::int AS open, min(created_at) AS oldest
      FROM report WHERE status = 'OPEN'`,
  /** ix_consult_due (status, due_at): two short index ranges. */
  overdueConsults: `
    SELECT count(*)::int AS overdue
      FROM consult WHERE status IN ('OPEN', 'CLAIMED') AND due_at < now()`,
  /** Consults answered in the window ($1 days), grouped by specialty. */
  responseTimes: `
    SELECT s.id, s.code, s.name, count(*)::int AS answered,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.answered_at - c.created_at)) / 60
             AS median_minutes
      FROM consult c JOIN specialty s ON s.id = c.specialty_id
     WHERE c.answered_at >= now() - make_interval(days => $1::int)
     GROUP BY s.id, s.code, s.name
     ORDER BY s.name`,
  /** Clinician accounts (not administrators) created in the last $1 weeks, by ISO week. */
  signups: `
    SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, count(*)::int AS n
      FROM clinician
     WHERE role = 'CLINICIAN'
       AND created_at >= date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' - make_interval(weeks => $1::int - 1)
     GROUP BY 1`,
} as const;
