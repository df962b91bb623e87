import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen, within } from '@testing-library/react';
import { testClient, withClient, type Answer } from '../admin-test-client';
import { duration } from '../admin-format';
import { DashboardScreen } from './dashboard-screen';

function dashboard(responseTimes: unknown[]): Answer {
  return {
    adminDashboard: {
      __typename: 'AdminDashboard',
      generatedAt: '2026-12-03T08:00:00.000Z',
      licenses: { waiting: 4, waitingOverTwoDays: 1, oldestSubmittedAt: '2026-11-29T08:00:00.000Z' },
      reports: { open: 2, oldestCreatedAt: '2026-12-02T08:00:00.000Z' },
      overdueConsults: 3,
      responseWindowDays: 30,
      responseTimes,
      signupsPerWeek: [
        { weekStart: '2026-11-23', count: 5 },
        { weekStart: '2026-11-30', count: 2 },
      ],
    },
  };
}

afterEach(cleanup);

describe('DashboardScreen', () => {
  it('should show the queues, response times by specialty and weekly sign-ups', async () => {
    const { client } = testClient({
      AdminDashboard: () =>
        dashboard([{ specialty: { id: 's1', name: 'Cardiology' }, answered: 12, medianMinutes: 135 }]),
    });
    render(withClient(client, <DashboardScreen />));
    const queues = await screen.findByRole('list', { name: 'Queues' });
    expect(
      within(queues)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.value')?.textContent),
    ).toEqual(['4', '2', '3']);
    expect(within(queues).getByRole('link', { name: 'licences waiting' }).getAttribute('href')).toBe(
      '/licences',
    );
    const times = screen.getByRole('table', { name: 'Time to first answer' });
    expect(within(times).getByRole('row', { name: /Cardiology/ }).textContent).toContain('2 h 15 min');
    const signups = screen.getByRole('table', { name: 'Sign-ups per week' });
    expect(within(signups).getAllByRole('meter')).toHaveLength(2);
  });

  it('should say when no consult was answered in the window', async () => {
    const { client } = testClient({ AdminDashboard: () => dashboard([]) });
    render(withClient(client, <DashboardScreen />));
    expect(await screen.findByText('No consult was answered in the last 30 days.')).toBeTruthy();
  });
});

describe(duration.name, () => {
  it('should write minutes, hours and days short', () => {
    expect(duration(45)).toBe('45 min');
    expect(duration(120)).toBe('2 h');
    expect(duration(60 * 50)).toBe('2 d 2 h');
  });
});
