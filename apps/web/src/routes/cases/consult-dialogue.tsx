import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { graphql } from '../../gql';
import { when } from '../../lib/format';
import { usePages } from '../../lib/use-pages';

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
  const [sent, send] = useMutation(SendConsultMessage);
  const [text, setText] = useState('');
  const [asksInfo, setAsksInfo] = useState(false);
  const id = `dialogue-${consultId}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await send({
      input: { consultId, body: text, requestsInformation: isSpecialist && asksInfo },
    });
    if (result.error) return;
    setText('');
    setAsksInfo(false);
    messages.retry();
  }

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
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor={id}>Your message</label>
          <textarea
            id={id}
            rows={3}
            required
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${id}-hint`}
          />
          <p id={`${id}-hint`} className="hint">
            De-identified before it is stored, like cases and replies.
          </p>
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
          {sent.error && <ErrorNotice error={sent.error} />}
          <button type="submit" disabled={sent.fetching}>
            {sent.fetching ? 'Sending…' : 'Send message'}
          </button>
        </form>
      )}
    </section>
  );
}
