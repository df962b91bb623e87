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
  stage: 'AWAITING_REVIEW',
  outcome: null,
  hidContent: true,
  returnNote: null,
  reporter: { __typename: 'Clinician', id: 'p1', displayName: 'Dr Reporter' },
  createdAt: '2026-12-02T08:00:00.000Z',
  case: {
    __typename: 'CasePost',
    id: 'k1',
    title: 'Syncope in a farmer',
    body: 'Seen by Dr Lee; three episodes of syncope while lifting hay.',
    author: { __typename: 'Clinician', id: 'a1', displayName: 'Dr Ana' },
    hold: { __typename: 'ContentHold', stage: 'AWAITING_REVIEW' },
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

  it('should redact the selected words as a category and send only offsets', async () => {
    const { client, calls } = testClient({
      AdminReports: () => ({ reports: { edges: [{ node: REPORT }] } }),
      AdminRedactCase: () => ({
        redactCase: {
          __typename: 'CasePost',
          id: 'k1',
          title: REPORT.case.title,
          body: 'Seen by [NAME]; ...',
        },
      }),
    });
    render(withClient(client, <ReportsScreen />));
    const text = await screen.findByLabelText('Reported text');
    // select "Dr Lee" in the reported text, as a person would with the mouse
    const node = text.firstChild!;
    const range = document.createRange();
    const at = REPORT.case.body.indexOf('Dr Lee');
    range.setStart(node, at);
    range.setEnd(node, at + 'Dr Lee'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(await screen.findByText('6 characters selected in the text.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Redact' }));
    expect(await screen.findByText('Redacted: the span now reads [NAME].')).toBeTruthy();
    expect(calls.find((c) => c.name === 'AdminRedactCase')?.variables).toEqual({
      input: { caseId: 'k1', field: 'BODY', start: at, end: at + 6, category: 'NAME' },
    });
  });

  it('should find typed words for a keyboard user, and say when they are not in the text', async () => {
    const { client, calls } = testClient({
      AdminReports: () => ({ reports: { edges: [{ node: REPORT }] } }),
      AdminRedactCase: () => ({ redactCase: { __typename: 'CasePost', id: 'k1', title: 'x', body: 'y' } }),
    });
    render(withClient(client, <ReportsScreen />));
    const words = await screen.findByLabelText('Or type the exact words');
    fireEvent.change(words, { target: { value: 'Dr Smith' } });
    fireEvent.click(screen.getByRole('button', { name: 'Redact' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not in the text');
    expect(calls.some((c) => c.name === 'AdminRedactCase')).toBe(false);
    fireEvent.change(words, { target: { value: 'farmer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Redact' }));
    await screen.findByText('Redacted: the span now reads [NAME].');
    expect(calls.find((c) => c.name === 'AdminRedactCase')?.variables).toMatchObject({
      input: { field: 'TITLE', start: 13, end: 19 },
    });
  });

  it('should restore held content and return it to its author with a note', async () => {
    const { client, calls } = testClient({
      AdminReports: () => ({ reports: { edges: [{ node: REPORT }] } }),
      AdminRestoreContent: (v) => ({
        restoreContent: { __typename: 'Report', id: v.reportId, status: 'ACTIONED', outcome: 'RESTORED' },
      }),
      AdminReturnToAuthor: (v) => ({
        returnToAuthor: {
          __typename: 'Report',
          id: v.reportId,
          stage: 'RETURNED_TO_AUTHOR',
          returnNote: v.note,
        },
      }),
    });
    render(withClient(client, <ReportsScreen />));
    fireEvent.click(await screen.findByRole('button', { name: 'Return to the author…' }));
    fireEvent.change(screen.getByLabelText('Note to the author (what to change; de-identified)'), {
      target: { value: 'Please remove the colleague’s name.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send back to the author' }));
    expect(await screen.findByText('Returned to the author with your note.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the case' }));
    expect(await screen.findByText('The case is shown again and its reports are closed.')).toBeTruthy();
    expect(
      calls.filter((c) => c.name.startsWith('AdminRe') && c.name !== 'AdminReports').map((c) => c.name),
    ).toEqual(['AdminReturnToAuthor', 'AdminRestoreContent']);
  });
});
