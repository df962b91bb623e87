import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { testClient, withClient, type Answer } from '../admin-test-client';
import { AuditScreen } from './audit-screen';
import { parseAuditQuery, toApiFilter } from './audit-filter';

const ADMIN_ID = '0b9f7c1e-2c1d-4e8f-9a6b-0c1d2e3f4a5b';
const LICENCE_ID = '4a0f3c7e-2b1d-4e8f-9a6b-0c1d2e3f4a5b';

function log(): Answer {
  return {
    auditLog: {
      edges: [
        {
          cursor: 'c1',
          node: {
            __typename: 'AuditEvent',
            id: 'e1',
            at: '2026-12-02T09:00:00.000Z',
            action: 'LICENSE_APPROVED',
            targetType: 'License',
            targetId: LICENCE_ID,
            actor: { __typename: 'Clinician', id: ADMIN_ID, displayName: 'Administrator' },
          },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: 'c1' },
    },
  };
}

beforeEach(() => {
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:test'), revokeObjectURL: jest.fn() });
});
afterEach(cleanup);

describe('AuditScreen', () => {
  it('should send the chosen filters to the API, dates as whole days', async () => {
    const { client, calls } = testClient({
      AdminAuditLog: log,
      AdminAuditActor: () => ({ clinician: null }),
    });
    render(withClient(client, <AuditScreen />, '/audit'));
    await screen.findByRole('list', { name: 'Audit records' });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'LICENSE_APPROVED' } });
    fireEvent.change(screen.getByLabelText('From (day)'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('To (day, included)'), { target: { value: '2026-12-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.name === 'AdminAuditLog').at(-1)?.variables.filter).toEqual({
        actorId: null,
        action: 'LICENSE_APPROVED',
        targetType: null,
        targetId: null,
        from: '2026-12-01T00:00:00.000Z',
        to: '2026-12-03T00:00:00.000Z',
      }),
    );
  });

  it('should narrow to one actor from a record', async () => {
    const { client, calls } = testClient({
      AdminAuditLog: log,
      AdminAuditActor: () => ({
        clinician: { __typename: 'Clinician', id: ADMIN_ID, displayName: 'Administrator' },
      }),
    });
    render(withClient(client, <AuditScreen />, '/audit'));
    fireEvent.click(await screen.findByRole('button', { name: 'Only this actor: Administrator' }));
    expect(await screen.findByText(/Only what/)).toBeTruthy();
    await waitFor(() =>
      expect(calls.filter((c) => c.name === 'AdminAuditLog').at(-1)?.variables.filter).toMatchObject({
        actorId: ADMIN_ID,
      }),
    );
  });

  it('should export the filtered log as a CSV file and say how many events it holds', async () => {
    const { client, calls } = testClient({
      AdminAuditLog: log,
      AdminAuditCsv: () => ({
        auditLogCsv: `at,action,actor_id,target_type,target_id\r\n2026-12-02T09:00:00.000Z,LICENSE_APPROVED,${ADMIN_ID},License,${LICENCE_ID}\r\n`,
      }),
    });
    const clicked: string[] = [];
    // jsdom cannot follow a download link: record which file the browser would have saved
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(withClient(client, <AuditScreen />, '/audit?action=LICENSE_APPROVED'));
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));
    expect(await screen.findByText('Exported 1 event as CSV.')).toBeTruthy();
    expect(clicked).toEqual([expect.stringMatching(/^curbside-audit-\d{4}-\d{2}-\d{2}\.csv$/)]);
    expect(calls.find((c) => c.name === 'AdminAuditCsv')?.variables.filter).toMatchObject({
      action: 'LICENSE_APPROVED',
    });
  });

  it('should refuse reversed dates in words without asking the API', async () => {
    const { client, calls } = testClient({ AdminAuditLog: log });
    render(withClient(client, <AuditScreen />, '/audit?from=2026-12-05&to=2026-12-01'));
    expect((await screen.findByRole('alert')).textContent).toContain('comes before');
    expect(calls.filter((c) => c.name === 'AdminAuditLog')).toEqual([]);
  });

  it('should show an empty log and a failure in words', async () => {
    const empty = testClient({
      AdminAuditLog: () => ({ auditLog: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } }),
    });
    render(withClient(empty.client, <AuditScreen />, '/audit'));
    expect(await screen.findByText('No audit record matches these filters.')).toBeTruthy();
    cleanup();
    const failing = testClient({ AdminAuditLog: () => ({ errorCode: 'INTERNAL_SERVER_ERROR' }) });
    render(withClient(failing.client, <AuditScreen />, '/audit'));
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong on our side');
  });
});

describe(parseAuditQuery.name, () => {
  it('should keep ids, known codes and dates from the URL and drop anything else', () => {
    const query = parseAuditQuery(
      '?actor=John%20Smith&action=DROP_TABLE&targetType=License&from=2026-12-01&to=yesterday',
    );
    expect(query).toEqual({
      actor: '',
      action: '',
      targetType: 'License',
      target: '',
      from: '2026-12-01',
      to: '',
    });
    expect(toApiFilter(parseAuditQuery(''))).toBeNull();
  });
});
