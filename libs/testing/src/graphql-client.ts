export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A minimal GraphQL-over-HTTP client for tests: real fetch, real JSON. */
export class GraphqlClient {
  constructor(readonly endpoint: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphqlResponse['errors'] };
    return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
  }

  /** The error codes of a response, in order. */
  static codes(response: GraphqlResponse<unknown>): unknown[] {
    return (response.errors ?? []).map((e) => e.extensions?.code);
  }
}
