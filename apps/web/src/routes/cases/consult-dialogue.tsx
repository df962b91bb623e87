import { useCallback, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { graphql } from '../../gql';
import { when } from '../../lib/format';
import { usePages } from '../../lib/use-pages';
import type { DraftFields, TextSpan } from './preview';
import { ReplyComposer } from './reply-composer';

const PreviewMessage = graphql(`
  query PreviewMessage($body: String!, $spans: [TextSpanInput!]) {
    body: previewDeidentification(text: $body, extraRedactions: $spans) {
      ...PreviewOfText
    }
  }
`);

const NO_TITLE = { text: '', findings: [] };

const ConsultMessages = graphql(`
  query ConsultMessages($consultId: ID!, $after: String) {
    consultMessages(consultId: $consultId, first: 20, after: $after) {
      edges {
        node {
          id
          body
          createdAt
          requestsInformation
          author {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SendConsultMessage = graphql(`
  mutation SendConsultMessage($input: SendConsultMessageInput!) {
    sendConsultMessage(input: $input) {
      id
    }
  }
`);

/**
 * The private dialogue of a claimed or answered consult: only its requester, its specialist and
 * administrators read it. Messages are de-identified by the server before they are stored.
 */
export function ConsultDialogue({
  consultId,
  isSpecialist,
  open,
}: {
  consultId: string;
  isSpecialist: boolean;
  /** Whether new messages may be written (claimed or answered). */
  open: boolean;
}) {
  const messages = usePages(ConsultMessages, { consultId }, (d) => d.consultMessages);
  const client = useClient();
  const [, send] = useMutation(SendConsultMessage);
  const [asksInfo, setAsksInfo] = useState(false);
  const id = `dialogue-${consultId}`;
  const { retry } = messages;

  // A message is previewed, asked about and confirmed like a reply before it is sent.
  const fetchPreview = useCallback(
    async (fields: DraftFields) => {
      const result = await client
        .query(
          PreviewMessage,
          { body: fields.body, spans: fields.spans.map((s) => ({ start: s.start, end: s.end })) },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no preview');
      return { title: NO_TITLE, body: result.data.body };
    },
    [client],
  );

  const submit = useCallback(
    async (body: string, extraRedactions: TextSpan[]) => {
      const result = await send({
        input: { consultId, body, extraRedactions, requestsInformation: isSpecialist && asksInfo },
      });
      if (result.error) return result.error;
      setAsksInfo(false);
      retry();
      return null;
    },
    [send, consultId, isSpecialist, asksInfo, retry],
  );

  return (
    <section className="dialogue" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Private messages</h3>
      <p className="muted">
        Only you, the other clinician of this consult and administrators can read these.
      </p>
      {messages.fetching && !messages.loaded && <Loading label="Loading messages…" />}
      {messages.error && <ErrorNotice error={messages.error} onRetry={messages.retry} />}
      {messages.loaded && messages.nodes.length === 0 && <Empty>No messages yet.</Empty>}
      {messages.nodes.length > 0 && (
        <ol className="messages" aria-label="Messages">
          {messages.nodes.map((m) => (
            <li key={m.id}>
              <p className="muted">
                {m.author.displayName} · {when(m.createdAt)}
                {m.requestsInformation && <span className="pill">Asks for more information</span>}
              </p>
              <p className="body-text">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      <MoreButton pages={messages} label="Show more messages" />
      {open && (
        <ReplyComposer
          id={id}
          label="Your message"
          noun="message"
          fetchPreview={fetchPreview}
          onSend={submit}
        >
          {isSpecialist && (
            <div className="check">
              <input
                id={`${id}-info`}
                type="checkbox"
                checked={asksInfo}
                onChange={(e) => setAsksInfo(e.target.checked)}
              />
              <label htmlFor={`${id}-info`}>This asks for more information or images</label>
            </div>
          )}
        </ReplyComposer>
      )}
    </section>
  );
}
