import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { testClient, withClient, type Answer } from '../admin-test-client';
import { CliniciansScreen } from './clinicians-screen';

function clinician(id: string, name: string, status: string) {
  return {
    __typename: 'Clinician',
    id,
    displayName: name,
    email: `${id}@clinic.test`,
    role: 'CLINICIAN',
    verificationStatus: status,
    state: 'ME',
    createdAt: '2026-11-20T10:00:00.000Z',
    licenses: [{ __typename: 'License', id: `l-${id}`, status: 'VERIFIED', jurisdiction: 'ME' }],
  };
}

function page(nodes: ReturnType<typeof clinician>[], hasNextPage = false): Answer {
  return {
    adminClinicians: {
      edges: nodes.map((node) => ({ cursor: `cur-${node.id}`, node })),
      pageInfo: { hasNextPage, endCursor: nodes.at(-1) ? `cur-${nodes.at(-1)!.id}` : null },
    },
  };
}

afterEach(cleanup);

describe('CliniciansScreen', () => {
  it('should search by name and status and page on with the cursor', async () => {
    const { client, calls } = testClient({
      AdminClinicians: (v) =>
        v.after
          ? page([clinician('c3', 'Dr Cy', 'VERIFIED')])
          : page([clinician('c1', 'Dr Ada', 'VERIFIED')], true),
    });
    render(withClient(client, <CliniciansScreen />));
    await screen.findByRole('heading', { name: 'Dr Ada' });
    fireEvent.change(screen.getByLabelText('Name or e-mail'), { target: { value: 'Dr' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'VERIFIED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(calls.at(-1)?.variables).toEqual({ input: { search: 'Dr', status: 'VERIFIED' }, after: null }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Next page' }));
    await screen.findByRole('heading', { name: 'Dr Cy' });
    expect(calls.at(-1)?.variables.after).toBe('cur-c1');
    expect(screen.getByRole('link', { name: 'What Dr Cy did (audit log)' }).getAttribute('href')).toBe(
      '/audit?actor=c3',
    );
  });

  it('should suspend a clinician with the reason typed', async () => {
    const { client, calls } = testClient({
      AdminClinicians: () => page([clinician('c1', 'Dr Ada', 'VERIFIED')]),
      AdminSuspendClinician: (v) => ({
        suspendClinician: { __typename: 'Clinician', id: v.clinicianId, verificationStatus: 'SUSPENDED' },
      }),
    });
    render(withClient(client, <CliniciansScreen />));
    fireEvent.click(await screen.findByRole('button', { name: 'Suspend Dr Ada' }));
    fireEvent.change(screen.getByLabelText('Reason (kept with the suspension, de-identified)'), {
      target: { value: 'Shared an account' },
    });
    fireEvent.submit(screen.getByRole('form', { name: 'Suspend Dr Ada' }));
    expect(await screen.findByText('Dr Ada is suspended and signed out everywhere.')).toBeTruthy();
    expect(calls.find((c) => c.name === 'AdminSuspendClinician')?.variables).toEqual({
      clinicianId: 'c1',
      reason: 'Shared an account',
    });
  });

  it('should say when no clinician matches', async () => {
    const { client } = testClient({ AdminClinicians: () => page([]) });
    render(withClient(client, <CliniciansScreen />));
    expect(await screen.findByText('No clinician matches this search.')).toBeTruthy();
  });
});
