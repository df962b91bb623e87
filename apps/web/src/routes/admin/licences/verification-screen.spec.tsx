import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { testClient, type Answer } from '../admin-test-client';
import { withClient } from '../admin-test-client';
import { VerificationScreen } from './verification-screen';

function licence(id: string, name: string, match: string | null) {
  return {
    __typename: 'License',
    id,
    npi: '1234567893',
    credential: 'MD',
    jurisdiction: 'ME',
    licenseNumber: `ME-${id}`,
    expiresOn: '2027-06-30',
    submittedAt: '2026-12-01T10:00:00.000Z',
    registryMatch: match,
    status: 'PENDING',
    flag: null,
    informationRequestedAt: null,
    registryComparison:
      match === 'FULL'
        ? {
            score: 96,
            npi: 'MATCH',
            name: 'MATCH',
            state: 'MATCH',
            number: 'MATCH',
            expiry: 'MISSING',
            deactivation: 'MATCH',
          }
        : null,
    clinician: { __typename: 'Clinician', id: `c-${id}`, displayName: name, email: `${id}@clinic.test` },
  };
}

function queue(...nodes: ReturnType<typeof licence>[]): Answer {
  return { licenseReviewQueue: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false } } };
}

afterEach(cleanup);

describe('VerificationScreen', () => {
  it('should approve every selected licence and say how many', async () => {
    let pending = [licence('l1', 'Dr. Ada One', 'FULL'), licence('l2', 'Dr. Ben Two', 'PARTIAL')];
    const { client, calls } = testClient({
      AdminVerificationQueue: () => queue(...pending),
      AdminReviewLicenses: (v) => {
        const input = v.input as { licenseIds: string[] };
        pending = pending.filter((l) => !input.licenseIds.includes(l.id));
        return {
          reviewLicenses: {
            reviewed: input.licenseIds.map((id) => ({
              __typename: 'License',
              id,
              status: 'VERIFIED',
              reviewedAt: null,
              informationRequestedAt: null,
            })),
            skipped: [],
          },
        };
      },
    });
    render(withClient(client, <VerificationScreen />));
    expect(await screen.findByText('Registry: full match (score 96 of 100)')).toBeTruthy();
    expect(screen.getByText('Registry: partial match')).toBeTruthy();
    const approve = screen.getByRole<HTMLButtonElement>('button', { name: 'Approve selected (0)' });
    expect(approve.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Select all 2 shown'));
    fireEvent.click(screen.getByRole('button', { name: 'Approve selected (2)' }));
    expect(await screen.findByText('Approved 2 licences.')).toBeTruthy();
    const reviews = calls.filter((c) => c.name === 'AdminReviewLicenses').map((c) => c.variables.input);
    expect(reviews).toEqual([{ licenseIds: ['l1', 'l2'], decision: 'APPROVE', note: null }]);
  });

  it('should ask for a note before rejecting, and send nothing without one', async () => {
    const { client, calls } = testClient({
      AdminVerificationQueue: () => queue(licence('l1', 'Dr. Ada One', 'NONE')),
      AdminReviewLicenses: () => ({ errorCode: 'INTERNAL_SERVER_ERROR' }),
    });
    render(withClient(client, <VerificationScreen />));
    fireEvent.click(await screen.findByLabelText('Select the licence of Dr. Ada One'));
    fireEvent.click(screen.getByRole('button', { name: 'Reject selected (1)' }));
    expect((await screen.findByRole('alert')).textContent).toContain('needs a note');
    fireEvent.click(screen.getByRole('button', { name: 'Ask for more information (1)' }));
    expect(calls.some((c) => c.name === 'AdminReviewLicenses')).toBe(false);
  });

  it('should name each licence that failed, in words', async () => {
    const { client } = testClient({
      AdminVerificationQueue: () => queue(licence('l1', 'Dr. Ada One', 'FULL')),
      AdminReviewLicenses: () => ({
        reviewLicenses: {
          reviewed: [],
          skipped: [{ licenseId: 'l1', code: 'CONFLICT', message: 'This licence was already reviewed' }],
        },
      }),
    });
    render(withClient(client, <VerificationScreen />));
    fireEvent.click(await screen.findByLabelText('Select the licence of Dr. Ada One'));
    fireEvent.click(screen.getByRole('button', { name: 'Approve selected (1)' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dr. Ada One: This licence was already reviewed')).toBeTruthy();
  });

  it('should say so when no licence waits', async () => {
    const empty = testClient({ AdminVerificationQueue: () => queue() });
    render(withClient(empty.client, <VerificationScreen />));
    expect(await screen.findByText('No licence is waiting for review.')).toBeTruthy();
  });

  it('should show a refusal in words', async () => {
    const refused = testClient({ AdminVerificationQueue: () => ({ errorCode: 'FORBIDDEN' }) });
    render(withClient(refused.client, <VerificationScreen />));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'You do not have permission to do this.',
    );
  });
});
