import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen } from '@testing-library/react';
import { Route } from 'wouter';
import { AdminArea } from './admin-area';
import { testClient, withClient } from './admin-test-client';

const me = (role: string) => () => ({ me: { __typename: 'Clinician', id: 'me', role } });

afterEach(cleanup);

describe('AdminArea', () => {
  it('should show a clinician who is not an administrator no console', async () => {
    const { client, calls } = testClient({ AdminMe: me('CLINICIAN') });
    render(
      withClient(
        client,
        <Route path="/admin" nest>
          <AdminArea />
        </Route>,
        '/admin/audit',
      ),
    );
    expect(await screen.findByText('This area is for Curbside administrators.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Administration' })).toBeNull();
    expect(calls.map((c) => c.name)).toEqual(['AdminMe']);
  });

  it('should give an administrator the console navigation with the current screen marked', async () => {
    const { client } = testClient({
      AdminMe: me('ADMIN'),
      AdminReports: () => ({ reports: { edges: [] } }),
    });
    render(
      withClient(
        client,
        <Route path="/admin" nest>
          <AdminArea />
        </Route>,
        '/admin/reports',
      ),
    );
    const nav = await screen.findByRole('navigation', { name: 'Administration' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Reports');
    expect(await screen.findByText('No report is waiting. Nothing to moderate.')).toBeTruthy();
  });
});
