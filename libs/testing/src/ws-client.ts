import { type Client, createClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export interface WsEvent {
  /** performance.now() when the event arrived. */
  at: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
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
  subscribe(
    query: string,
    variables: Record<string, unknown> = {},
  ): {
    events: WsEvent[];
    ended: Promise<unknown>;
    stop: () => void;
  } {
    const events: WsEvent[] = [];
    let stop: () => void = () => {};
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
    return { events, ended, stop };
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
}

/** Polls until `check` is true or the time runs out. */
export async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
