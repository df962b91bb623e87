import { type Client, createClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface WsEvent {
  /** performance.now() when the event arrived. */
  at: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One subscription of a {@link WsTestClient}. */
export interface WsSubscription {
  /** Every event so far, in the order they arrived. */
  readonly events: WsEvent[];
  /** Resolves with the error list, the error or 'complete' that ended the subscription. */
  readonly ended: Promise<unknown>;
  stop(): void;
  /**
   * Resolves with the first event, already here or still to come, that `match` accepts; rejects if
   * the subscription ends without one or time runs out.
   */
  until(match: (event: WsEvent) => boolean, timeoutMs?: number): Promise<WsEvent>;
}

/** A graphql-ws client for tests that records every event and how the socket closed. */
export class WsTestClient {
  readonly client: Client;
  readonly closes: { code: number; reason: string }[] = [];

  constructor(httpUrl: string, token: string | null) {
    this.client = createClient({
      url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
      on: {
        closed: (event) => {
          const e = event as { code: number; reason: string };
          this.closes.push({ code: e.code, reason: e.reason });
        },
      },
    });
  }

  /** Starts a subscription; events (and a final error or completion) are collected in `events`. */
  subscribe(query: string, variables: Record<string, unknown> = {}): WsSubscription {
    const events: WsEvent[] = [];
    let stop: () => void = () => {};
    let outcome: { ended: unknown } | null = null;
    const ended = new Promise((resolve) => {
      stop = this.client.subscribe(
        { query, variables },
        {
          next: (value) => events.push({ ...(value as Omit<WsEvent, 'at'>), at: performance.now() }),
          error: (error) => resolve(error),
          complete: () => resolve('complete'),
        },
      );
    });
    void ended.then((value) => (outcome = { ended: value }));
    const until = async (match: (event: WsEvent) => boolean, timeoutMs = 10_000): Promise<WsEvent> => {
      await eventually(
        () => outcome !== null || events.some(match),
        timeoutMs,
        'an event matching the condition',
      );
      const found = events.find(match);
      if (found) return found;
      throw new Error(`the subscription ended before the event came: ${JSON.stringify(outcome)}`);
    };
    return { events, ended, stop, until };
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

/** Polls until `check` is true, or fails naming `what` when the time runs out. */
export async function eventually(
  check: () => boolean,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
