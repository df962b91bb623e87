import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, render, screen } from '@testing-library/react';
import type { OperationDefinitionNode } from 'graphql';
import { Client, Provider, type Exchange, type OperationResult } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { delay, filter, fromValue, mergeMap, pipe } from 'wonka';
import { NotificationsScreen } from './notifications-screen';

/** A stand-in server answering the notifications query with the given rows. */
function server(nodes: Record<string, unknown>[]): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((operation) => operation.kind === 'query'),
      mergeMap((operation) => {
        const name = (operation.query.definitions[0] as OperationDefinitionNode).name?.value ?? '';
        const data =
          name === 'Notifications' ? { notifications: { edges: nodes.map((node) => ({ node })) } } : {};
        return pipe(
          fromValue({ operation, data, stale: false, hasNext: false } as OperationResult),
          delay(1),
        );
      }),
    );
}

function note(id: string, kind: string, caseId: string | null) {
  return {
    id,
    kind,
    createdAt: '2030-01-01T10:00:00.000Z',
    readAt: null,
    case: caseId ? { id: caseId, title: `Case ${caseId}` } : null,
    consult: null,
  };
}

afterEach(cleanup);

describe('NotificationsScreen', () => {
  it('should link every moderation outcome to its case, in words', async () => {
    const client = new Client({
      url: '/graphql',
      exchanges: [
        server([
          note('1', 'CONTENT_HIDDEN', 'a'),
          note('2', 'CONTENT_RETURNED', 'b'),
          note('3', 'CONTENT_RESTORED', 'c'),
          note('4', 'CONTENT_REMOVED', null),
        ]),
      ],
    });
    const { hook } = memoryLocation({ path: '/notifications' });
    render(
      <Provider value={client}>
        <Router hook={hook}>
          <NotificationsScreen />
        </Router>
      </Provider>,
    );
    const hidden = await screen.findByRole('link', { name: 'Case a' });
    expect(hidden.getAttribute('href')).toBe('/cases/a');
    expect(hidden.parentElement?.textContent).toContain('Hidden for review after a report:');
    const returned = screen.getByRole('link', { name: 'Case b' });
    expect(returned.getAttribute('href')).toBe('/cases/b');
    expect(returned.parentElement?.textContent).toContain('Returned to you to remove identifiers:');
    expect(screen.getByRole('link', { name: 'Case c' }).parentElement?.textContent).toContain(
      'Visible again after review:',
    );
    expect(screen.getByText(/Removed after review:/).textContent).toContain('a case you can no longer see');
  });

  it('should say an account notice in a sentence of its own, about no case', async () => {
    const client = new Client({
      url: '/graphql',
      exchanges: [server([note('1', 'PASSWORD_RESET', null), note('2', 'REGISTRATION_ATTEMPTED', null)])],
    });
    const { hook } = memoryLocation({ path: '/notifications' });
    render(
      <Provider value={client}>
        <Router hook={hook}>
          <NotificationsScreen />
        </Router>
      </Provider>,
    );
    const reset = await screen.findByText(/A link to reset your password was e-mailed to you/);
    expect(reset.textContent).not.toContain('a case you can no longer see');
    const attempt = screen.getByText(/Someone tried to register with your e-mail address/);
    expect(attempt.textContent).not.toContain('Update on');
    expect(screen.queryByText(/a case you can no longer see/)).toBeNull();
  });
});
