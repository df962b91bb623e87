import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DASHBOARD_SQL } from './dashboard.queries.js';
import type { AdminDashboard, WeeklySignups } from './dashboard.models.js';

const RESPONSE_WINDOW_DAYS = 30;
const SIGNUP_WEEKS = 12;

/** The Monday (UTC) of the week that holds `date`, as YYYY-MM-DD. */
export function weekStart(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day.toISOString().slice(0, 10);
}

/** `weeks` consecutive weeks ending with the current one, oldest first, with zero where none signed up. */
export function fillWeeks(counts: Map<string, number>, now: Date, weeks: number): WeeklySignups[] {
  const current = new Date(`${weekStart(now)}T00:00:00Z`);
  const out: WeeklySignups[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const start = new Date(current.getTime() - i * 7 * 86_400_000).toISOString().slice(0, 10);
    out.push({ weekStart: start, count: counts.get(start) ?? 0 });
  }
  return out;
}

/** Figures an operator watches, each one indexed statement (see dashboard.queries.ts). */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async dashboard(): Promise<AdminDashboard> {
    const q = <T>(sql: string, params: unknown[] = []) => this.dataSource.query<T[]>(sql, params);
    // One after another: on the embedded database there is one connection anyway.
    const [licenses] = await q<{ waiting: number; over_two_days: number; oldest: Date | null }>(
      DASHBOARD_SQL.licenses,
    );
    const [reports] = await q<{ open: number; oldest: Date | null }>(DASHBOARD_SQL.reports);
    const [overdue] = await q<{ overdue: number }>(DASHBOARD_SQL.overdueConsults);
    const times = await q<{
      id: string;
      code: string;
      name: string;
      answered: number;
      median_minutes: number;
    }>(DASHBOARD_SQL.responseTimes, [RESPONSE_WINDOW_DAYS]);
    const signups = await q<{ week: string; n: number }>(DASHBOARD_SQL.signups, [SIGNUP_WEEKS]);
    const now = new Date();
    return {
      licenses: {
        waiting: licenses.waiting,
        waitingOverTwoDays: licenses.over_two_days,
        oldestSubmittedAt: licenses.oldest ? new Date(licenses.oldest) : null,
      },
      reports: { open: reports.open, oldestCreatedAt: reports.oldest ? new Date(reports.oldest) : null },
      overdueConsults: overdue.overdue,
      responseWindowDays: RESPONSE_WINDOW_DAYS,
      responseTimes: times.map((row) => ({
        specialty: { id: row.id, code: row.code, name: row.name },
        answered: row.answered,
        medianMinutes: Math.round(Number(row.median_minutes) * 10) / 10,
      })),
      signupsPerWeek: fillWeeks(new Map(signups.map((row) => [row.week, row.n])), now, SIGNUP_WEEKS),
      generatedAt: now,
    };
  }
}
