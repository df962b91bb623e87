import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { testClient, withClient, type Handler } from '../admin/admin-test-client';
import { CreditScreen, defaultDays, periodOf } from './credit-screen';

function credit(entries: unknown[]) {
  return {
    myConsultCredit: {
      from: '2029-01-01T00:00:00.000Z',
      to: '2030-01-01T00:00:00.000Z',
      consultsAnswered: entries.length,
      minutesSpent: 35,
      helpfulMarks: 1,
      confirmedOutcomes: 1,
      entries,
    },
  };
}

const ENTRY = {
  consultId: 'k1',
  caseId: 'c1',
  caseTitle: 'Chest pain after a long flight',
  answeredAt: '2029-06-01T10:00:00.000Z',
  minutesSpent: 35,
  helpful: true,
  adviceConfirmed: null,
};

function show(handlers: Record<string, Handler>) {
  const { client, calls } = testClient(handlers);
  render(withClient(client, <CreditScreen />, '/my-credit'));
  return calls;
}

const opened: unknown[][] = [];
const realOpen = Object.getOwnPropertyDescriptor(window, 'open');
beforeEach(() => {
  opened.length = 0;
  window.open = (...args: unknown[]) => {
    opened.push(args);
    return null;
  };
});
afterEach(() => {
  if (realOpen) Object.defineProperty(window, 'open', realOpen);
  cleanup();
});

describe('CreditScreen', () => {
  it('should ask for the last 12 months first, and show the totals and each answer', async () => {
    const calls = show({ MyConsultCredit: () => credit([ENTRY]) });
    const totals = await screen.findByRole('region', { name: 'Totals' });
    expect(within(totals).getByText('Consults answered').nextElementSibling?.textContent).toBe('1');
    expect(within(totals).getByText('Minutes reported').nextElementSibling?.textContent).toBe('35');
    const list = screen.getByRole('list', { name: 'Answers in the period' });
    const link = within(list).getByRole('link', { name: 'Chest pain after a long flight' });
    expect(link.getAttribute('href')).toBe('/cases/c1');
    expect(within(list).getByText(/Advice confirmed: no outcome yet/)).toBeTruthy();

    const days = defaultDays();
    expect(screen.getByLabelText<HTMLInputElement>('First day').value).toBe(days.from);
    expect(screen.getByLabelText<HTMLInputElement>('Last day').value).toBe(days.to);
    const period = calls.find((c) => c.name === 'MyConsultCredit')?.variables.period as {
      from: string;
      to: string;
    };
    expect(period).toEqual(periodOf(days));
    const span = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;
    expect(Math.round(span)).toBeGreaterThanOrEqual(365);
    expect(Math.round(span)).toBeLessThanOrEqual(366);
  });

  it('should say so when the period has no answers', async () => {
    show({ MyConsultCredit: () => credit([]) });
    expect(await screen.findByText(/No answers in this period/)).toBeTruthy();
  });

  it('should ask for a chosen period, and refuse one that runs backwards or is too long', async () => {
    const calls = show({ MyConsultCredit: () => credit([]) });
    await screen.findByText(/No answers in this period/);
    const asked = () => calls.filter((c) => c.name === 'MyConsultCredit').length;
    const before = asked();

    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2029-03-01' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2029-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show this period' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The first day must come before the last day.',
    );
    expect(screen.getByLabelText('First day').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show this period' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose at most 366 days.');
    expect(asked()).toBe(before);

    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2029-01-01' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2029-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show this period' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(asked()).toBeGreaterThan(before));
    expect(calls.filter((c) => c.name === 'MyConsultCredit').at(-1)?.variables).toEqual({
      period: periodOf({ from: '2029-01-01', to: '2029-03-31' }),
    });
  });

  it('should open the statement link for the period shown', async () => {
    const calls = show({
      MyConsultCredit: () => credit([ENTRY]),
      CreditStatement: () => ({
        creditStatementLink: { url: '/credit/statement.pdf?t=abc', expiresAt: '2030-01-01T00:05:00.000Z' },
      }),
    });
    await screen.findByRole('region', { name: 'Totals' });
    fireEvent.click(screen.getByRole('button', { name: 'Download statement (PDF)' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0][0]).toBe('/credit/statement.pdf?t=abc');
    const fallback = within(await screen.findByRole('status')).getByRole('link', {
      name: 'open the statement',
    });
    expect(fallback.getAttribute('href')).toBe('/credit/statement.pdf?t=abc');
    expect(calls.find((c) => c.name === 'CreditStatement')?.variables).toEqual({
      period: periodOf(defaultDays()),
    });
  });

  it('should explain a refused statement and a failed load in plain words', async () => {
    let fail = true;
    show({
      MyConsultCredit: () => (fail ? { errorCode: 'NOT_VERIFIED' } : credit([ENTRY])),
      CreditStatement: () => ({ errorCode: 'RATE_LIMITED' }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('verified licence');
    expect(alert.textContent).not.toContain('NOT_VERIFIED');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Totals' });
    fireEvent.click(screen.getByRole('button', { name: 'Download statement (PDF)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many attempts');
    expect(opened).toHaveLength(0);
  });
});
