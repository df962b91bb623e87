import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { OperationDefinitionNode } from 'graphql';
import { Client, CombinedError, Provider, type Exchange, type OperationResult } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { delay, filter, fromValue, mergeMap, pipe } from 'wonka';
import { MyConsultsScreen } from './my-consults-screen';

type Answer = (variables: Record<string, unknown>) => Record<string, unknown> | CombinedError;

/** A stand-in server answering each operation by name; records the variables of every query. */
function server(answers: Record<string, Answer>, asked: Record<string, unknown>[]): Exchange {
  return () => (ops$) =>
    pipe(
      ops$,
      filter((operation) => operation.kind === 'query'),
      mergeMap((operation) => {
        const name = (operation.query.definitions[0] as OperationDefinitionNode).name?.value ?? '';
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        if (name === 'MyConsults') asked.push(variables);
        const answer = answers[name]?.(variables) ?? {};
        const result = (
          answer instanceof CombinedError
            ? { operation, error: answer, stale: false, hasNext: false }
            : { operation, data: answer, stale: false, hasNext: false }
        ) as OperationResult;
        return pipe(fromValue(result), delay(1));
      }),
    );
}

const ME = { me: { id: 'me', displayName: 'Dr Me', role: 'CLINICIAN', verificationStatus: 'VERIFIED' } };

function consult(id: string, status: string, requestedBy: string, consultant: string | null) {
  return {
    id,
    status,
    urgency: 'URGENT',
    dueAt: '2030-01-01T12:00:00.000Z',
    answerDueAt: status === 'CLAIMED' ? '2030-01-01T10:00:00.000Z' : null,
    helpful: null,
    createdAt: '2029-12-31T12:00:00.000Z',
    specialty: { id: 's1', name: 'Cardiology' },
    case: { id: `case-${id}`, title: `Case ${id}` },
    requestedBy: { id: requestedBy, displayName: requestedBy === 'me' ? 'Dr Me' : 'Dr Other' },
    consultant: consultant
      ? { id: consultant, displayName: consultant === 'me' ? 'Dr Me' : 'Dr Heart' }
      : null,
  };
}

function page(nodes: ReturnType<typeof consult>[]) {
  return {
    myConsults: {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: nodes.at(-1)?.id ?? null },
    },
  };
}

function show(answers: Record<string, Answer>, asked: Record<string, unknown>[] = []) {
  const client = new Client({
    url: '/graphql',
    exchanges: [server({ LayoutMe: () => ME, ...answers }, asked)],
  });
  const { hook } = memoryLocation({ path: '/my-consults' });
  render(
    <Provider value={client}>
      <Router hook={hook}>
        <MyConsultsScreen />
      </Router>
    </Provider>,
  );
}

afterEach(cleanup);

describe('MyConsultsScreen', () => {
  it('should say it is loading, then list each consult with its state, due time and next step', async () => {
    show({
      MyConsults: () =>
        page([consult('a', 'ANSWERED', 'me', 'heart'), consult('b', 'CLAIMED', 'other', 'me')]),
    });
    expect(screen.getByRole('status').textContent).toBe('Loading your consults…');
    const list = await screen.findByRole('list', { name: 'My consults' });
    const [answered, claimed] = within(list).getAllByRole('listitem');
    expect(within(answered).getByRole('link', { name: 'Case a' }).getAttribute('href')).toBe('/cases/case-a');
    expect(answered.textContent).toContain('Answered');
    expect(answered.textContent).toContain('say whether it helped');
    expect(answered.textContent).not.toContain('Due');
    expect(claimed.textContent).toContain('Claimed, being answered');
    expect(claimed.textContent).toContain('You are the specialist');
    expect(claimed.textContent).toContain('Answer it from the case page.');
    expect(claimed.textContent).toContain('Due');
  });

  it('should ask for open consults first, and for the chosen side and states on request', async () => {
    const asked: Record<string, unknown>[] = [];
    show({ MyConsults: () => page([]) }, asked);
    await screen.findByText(/No open consults/);
    expect(asked[0]).toMatchObject({ role: null, statuses: ['OPEN', 'CLAIMED', 'ANSWERED'] });
    fireEvent.change(screen.getByLabelText('Show consults'), { target: { value: 'CONSULTING' } });
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'CLOSED' } });
    await screen.findByText('No consults here yet.');
    expect(asked.at(-1)).toMatchObject({
      role: 'CONSULTING',
      statuses: ['RESOLVED', 'EXPIRED', 'CANCELLED'],
    });
  });

  it('should explain a failure in plain words and offer to try again', async () => {
    let fail = true;
    show({
      MyConsults: () =>
        fail
          ? new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'NOT_VERIFIED' } }] })
          : page([consult('c', 'OPEN', 'me', null)]),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).not.toContain('NOT_VERIFIED');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect((await screen.findByRole('link', { name: 'Case c' })).getAttribute('href')).toBe('/cases/case-c');
    expect(screen.getByText('Waiting for a specialist')).toBeTruthy();
  });
});
