import type { GraphqlClient } from './graphql-client.js';

export interface UploadResponse {
  status: number;
  headers: Headers;
  body: {
    id?: string;
    status?: string;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** Uploads bytes to the attachment route as the body of a POST (the file itself, not a form). */
export async function uploadAttachment(
  baseUrl: string,
  token: string | undefined,
  bytes: Uint8Array,
  contentType: string | null,
  query: Record<string, string> = {},
): Promise<UploadResponse> {
  const search = new URLSearchParams(query).toString();
  const response = await fetch(`${baseUrl}/media/attachments${search ? `?${search}` : ''}`, {
    method: 'POST',
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: bytes,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as UploadResponse['body'],
  };
}

/** Polls `attachment(id)` until it is no longer PROCESSING (bounded: 120 s), and returns its fields. */
export async function waitForAttachment(
  client: GraphqlClient,
  token: string,
  id: string,
  fields = 'id status refusalCode reviewReasons url width height autoMasks { x y width height }',
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const res = await client.request<{ attachment: Record<string, unknown> | null }>(
      `query A($id: ID!) { attachment(id: $id) { ${fields} } }`,
      { id },
      { token },
    );
    const attachment = res.data?.attachment;
    if (!attachment) throw new Error(`attachment ${id} not visible: ${JSON.stringify(res.errors)}`);
    if (attachment.status !== 'PROCESSING') return attachment;
    if (Date.now() > deadline) throw new Error(`attachment ${id} still PROCESSING after 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
