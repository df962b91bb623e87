import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { testClient, withClient } from '../admin-test-client';
import { ReportsScreen } from './reports-screen';

const REPORT = {
  __typename: 'Report',
  id: 'r1',
  reason: 'PHI_SUSPECTED',
  note: 'Names the patient',
  status: 'OPEN',
  createdAt: '2026-12-02T08:00:00.000Z',
  case: {
    __typename: 'CasePost',
    id: 'k1',
    title: 'Syncope in a farmer',
    body: 'Seen by Dr Lee; three episodes of syncope while lifting hay.',
    author: { __typename: 'Clinician', id: 'a1', displayName: 'Dr Ana' },
  },
  reply: null,
};

afterEach(cleanup);

describe('ReportsScreen', () => {
  it('should show the reported text and dismiss the report', async () => {
    let open = [REPORT];
    const { client, calls } = testClient({
      AdminReports: () => ({ reports: { edges: open.map((node) => ({ node })) } }),
      AdminResolveReport: (v) => {
        open = [];
        return { resolveReport: { __typename: 'Report', id: v.reportId, status: 'DISMISSED' } };
      },
    });
    render(withClient(client, <ReportsScreen />));
    expect((await screen.findByLabelText('Reported text')).textContent).toContain('lifting hay');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the report' }));
    expect(await screen.findByText('The report was dismissed.')).toBeTruthy();
    expect(calls.find((c) => c.name === 'AdminResolveReport')?.variables).toEqual({
      reportId: 'r1',
      removeContent: false,
    });
  });

  it('should ask before removing content', async () => {
    const { client, calls } = testClient({
      AdminReports: () => ({ reports: { edges: [{ node: REPORT }] } }),
      AdminResolveReport: (v) => ({
        resolveReport: { __typename: 'Report', id: v.reportId, status: 'ACTIONED' },
      }),
    });
    render(withClient(client, <ReportsScreen />));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the case…' }));
    expect(screen.getByRole('alert').textContent).toContain('cannot be undone');
    expect(calls.some((c) => c.name === 'AdminResolveReport')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove the case' }));
    expect(await screen.findByText('The case was removed.')).toBeTruthy();
  });
});
