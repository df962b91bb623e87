import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CaseConsultFragment } from '../../gql/graphql';
import { testClient, withClient, type Handler } from '../admin/admin-test-client';
import { ConsultsSection } from './consults-section';

const CONSULT = {
  id: 'k1',
  status: 'CLAIMED',
  urgency: 'ROUTINE',
  dueAt: '2030-01-03T10:00:00.000Z',
  answerDueAt: '2030-01-02T10:00:00.000Z',
  createdAt: '2030-01-01T10:00:00.000Z',
  helpful: null,
  specialty: { id: 's1', name: 'Dermatology' },
  consultant: { id: 'me', displayName: 'Dr Dana Dermatologist' },
  requestedBy: { id: 'them', displayName: 'Dr Rural Physician' },
  answer: null,
} as unknown as CaseConsultFragment;

/** A stand-in for the server's preview: removes a phone number, and the author's spans. */
const previewAnswer: Handler = (variables) => {
  const text = variables['body'] as string;
  const spans = (variables['spans'] as { start: number; end: number }[] | null) ?? [];
  const findings = [...text.matchAll(/617-555-0143/g)].map((m) => ({
    category: 'PHONE',
    start: m.index,
    end: m.index + m[0].length,
    replacement: '[PHONE]',
  }));
  for (const s of spans) findings.push({ category: 'OTHER_ID', ...s, replacement: '[OTHER_ID]' });
  findings.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return { body: { text: out + text.slice(at), findings, uncertain: [], warnings: [] } };
};

function show(extra: Record<string, Handler> = {}) {
  const { client, calls } = testClient({
    ConsultMessages: () => ({
      consultMessages: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
    }),
    PreviewAnswer: previewAnswer,
    AnswerConsult: () => ({
      answerConsult: {
        id: 'k1',
        status: 'ANSWERED',
        answer: { id: 'r1' },
        case: { id: 'c1', replyCount: 1 },
      },
    }),
    ...extra,
  });
  // The dialogue pages its messages with `client.query(...).subscribe`: answer that once, too.
  const query = client.query.bind(client) as (
    q: unknown,
    v: unknown,
  ) => { toPromise: () => Promise<unknown> };
  Object.assign(client, {
    query: (q: unknown, v: unknown) => {
      const once = query(q, v);
      return {
        toPromise: once.toPromise,
        subscribe: (next: (result: unknown) => void) => {
          void once.toPromise().then(next);
          return { unsubscribe: () => undefined };
        },
      };
    },
  });
  render(
    withClient(
      client,
      <ConsultsSection
        caseId="c1"
        consults={[CONSULT]}
        isAuthor={false}
        meId="me"
        caseOpen
        participants={[]}
      />,
      '/cases/c1',
    ),
  );
  return calls;
}

afterEach(cleanup);

describe('the consult answer form', () => {
  it('should preview the answer, remove what the specialist selects, and send only once confirmed', async () => {
    const calls = show();
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your consult answer');
    const written = 'Start doxycycline; the Harbourside lab can confirm. Call 617-555-0143.';
    fireEvent.change(box, { target: { value: written } });
    const preview = await screen.findByRole('region', { name: 'Answer as it will be stored' });
    await waitFor(() => expect(preview.textContent).toContain('Phone number removed'));
    expect(preview.textContent).not.toContain('617-555-0143');

    const start = written.indexOf('Harbourside');
    box.setSelectionRange(start, start + 'Harbourside'.length);
    const form = box.closest('form')!;
    fireEvent.click(within(form).getByRole('button', { name: 'Remove selected text' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Answer as it will be stored' }).textContent).toContain(
        'Other identifier removed',
      ),
    );

    const send = within(form).getByRole('button', { name: 'Send answer' });
    expect(send).toHaveProperty('disabled', true);
    fireEvent.change(within(form).getByLabelText('Minutes spent (optional, for your credit log)'), {
      target: { value: '700' },
    });
    expect(within(form).getByText('Minutes spent must be a whole number from 1 to 600.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Minutes spent (optional, for your credit log)'), {
      target: { value: '15' },
    });
    const confirm = within(form).getByLabelText('I have checked the preview of my answer');
    await waitFor(() => expect(confirm).toHaveProperty('disabled', false));
    fireEvent.click(confirm);
    fireEvent.click(send);
    await waitFor(() => expect(calls.some((c) => c.name === 'AnswerConsult')).toBe(true));
    expect(calls.find((c) => c.name === 'AnswerConsult')?.variables).toEqual({
      input: {
        consultId: 'k1',
        body: written,
        extraRedactions: [{ start, end: start + 'Harbourside'.length }],
        attachmentIds: [],
        minutesSpent: 15,
      },
    });
  });
});
