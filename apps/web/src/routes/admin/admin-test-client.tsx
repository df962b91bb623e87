import type { OperationDefinitionNode } from 'graphql';
import type { ReactNode } from 'react';
import { CombinedError, Provider, type Client, type Operation, type OperationResult } from 'urql';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { concat, fromValue, never, pipe, take, toPromise, type Source } from 'wonka';

/** What the fake server answers for one operation: data, or an error code (as the API would send). */
export type Answer = Record<string, unknown> | { errorCode: string; message?: string };
type Refusal = { errorCode: string; message?: string };
export type Handler = (variables: Record<string, unknown>) => Answer;

export interface Call {
  name: string;
  variables: Record<string, unknown>;
}

/**
 * A urql client for component tests that answers each operation by name, and records the calls, so a
 * screen is tested the way a person uses it without a server. (The screens run against the real API
 * in test/web/admin-console.e2e-spec.ts.)
 */
export function testClient(handlers: Record<string, Handler>): { client: Client; calls: Call[] } {
  const calls: Call[] = [];
  const answer = (operation: Operation) => {
    const definition = operation.query.definitions[0] as OperationDefinitionNode;
    const name = definition.name?.value ?? '';
    const variables = (operation.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables });
    const handler = handlers[name];
    if (!handler) throw new Error(`no test answer for ${name}`);
    const result = handler(variables);
    const base = { operation, stale: false, hasNext: false };
    if ('errorCode' in result) {
      const refusal = result as Refusal;
      const error = new CombinedError({
        graphQLErrors: [{ message: refusal.message ?? 'refused', extensions: { code: refusal.errorCode } }],
      });
      return open(fromValue<OperationResult>({ ...base, data: undefined, error }));
    }
    return open(fromValue<OperationResult>({ ...base, data: result }));
  };
  // A real client's query result stays open (for cache updates); one that ended would reset the hook's error.
  const open = (source: Source<OperationResult>) => concat([source, never]);
  const first = (source: Source<OperationResult>) => pipe(source, take(1), toPromise);
  const client = {
    executeQuery: answer,
    executeMutation: answer,
    executeSubscription: answer,
    query: (query: unknown, variables: unknown) => ({
      toPromise: () => first(answer({ query, variables, kind: 'query', key: 0, context: {} } as never)),
    }),
    mutation: (query: unknown, variables: unknown) => ({
      toPromise: () => first(answer({ query, variables, kind: 'mutation', key: 0, context: {} } as never)),
    }),
  } as unknown as Client;
  return { client, calls };
}

/** Renders a screen inside the test client and an in-memory router at `path`. */
export function withClient(client: Client, children: ReactNode, path = '/') {
  const { hook, searchHook } = memoryLocation({ path, record: true });
  return (
    <Provider value={client}>
      <Router hook={hook} searchHook={searchHook}>
        {children}
      </Router>
    </Provider>
  );
}
