import { field } from '../../lib/forms';
import { useCallback, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Done, ErrorNotice } from '../../components/states';
import { graphql } from '../../gql';
import type { CaseConsultFragment, ConsultUrgency } from '../../gql/graphql';
import { label, relative, when } from '../../lib/format';
import { ConsultDialogue } from './consult-dialogue';
import { AttachmentPicker, type AttachmentsState } from '../attachments/attachment-picker';
import type { DraftFields, TextSpan } from './preview';
import { ReplyComposer } from './reply-composer';
import './case-details.css';

export const CaseConsult = graphql(`
  fragment CaseConsult on Consult {
    id
    status
    urgency
    dueAt
    answerDueAt
    createdAt
    helpful
    specialty {
      id
      name
    }
    consultant {
      id
      displayName
    }
    requestedBy {
      id
      displayName
    }
    answer {
      id
    }
  }
`);

const Specialties = graphql(`
  query Specialties {
    specialties {
      id
      name
    }
  }
`);

const RequestConsult = graphql(`
  mutation RequestConsult($input: RequestConsultInput!) {
    requestConsult(input: $input) {
      ...CaseConsult
      case {
        id
        consults {
          id
        }
      }
    }
  }
`);

const ResolveConsult = graphql(`
  mutation ResolveConsult($consultId: ID!, $helpful: Boolean!) {
    resolveConsult(consultId: $consultId, helpful: $helpful) {
      id
      status
      helpful
    }
  }
`);

const CancelConsult = graphql(`
  mutation CancelConsult($consultId: ID!) {
    cancelConsult(consultId: $consultId) {
      id
      status
    }
  }
`);

export const AnswerConsult = graphql(`
  mutation AnswerConsult($input: AnswerConsultInput!) {
    answerConsult(input: $input) {
      id
      status
      answer {
        id
      }
      case {
        id
        replyCount
      }
    }
  }
`);

function RequestForm({
  caseId,
  participants,
  defaultSpecialtyId,
}: {
  caseId: string;
  participants: { id: string; name: string }[];
  defaultSpecialtyId?: string;
}) {
  const [{ data }] = useQuery({ query: Specialties });
  const [result, request] = useMutation(RequestConsult);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const consultant = field(form, 'consultant');
    await request({
      input: {
        caseId,
        specialtyId: field(form, 'specialty'),
        consultantId: consultant === '' ? null : consultant,
        urgency: field(form, 'urgency') as ConsultUrgency,
      },
    });
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="card">
      <h3>Ask for a consult</h3>
      <label htmlFor="consult-specialty">Specialty</label>
      <select id="consult-specialty" name="specialty" required defaultValue={defaultSpecialtyId ?? ''}>
        <option value="">Choose a specialty…</option>
        {data?.specialties.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor="consult-person">Specialist (optional)</label>
      <select id="consult-person" name="consultant" defaultValue="" aria-describedby="consult-person-hint">
        <option value="">Anyone in the specialty</option>
        {participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <p id="consult-person-hint" className="hint">
        You can name a colleague who has replied to this case; if they do not claim it in time it opens to the
        specialty.
      </p>
      <fieldset>
        <legend>Urgency</legend>
        <div className="check">
          <input type="radio" id="urgency-routine" name="urgency" value="ROUTINE" defaultChecked />
          <label htmlFor="urgency-routine">Routine</label>
        </div>
        <div className="check">
          <input type="radio" id="urgency-urgent" name="urgency" value="URGENT" />
          <label htmlFor="urgency-urgent">Urgent</label>
        </div>
      </fieldset>
      {result.error && <ErrorNotice error={result.error} />}
      {result.data?.requestConsult && (
        <Done>
          Consult requested. It is due {when(result.data.requestConsult.dueAt)} (
          {relative(result.data.requestConsult.dueAt)}).
        </Done>
      )}
      <button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Requesting…' : 'Request consult'}
      </button>
    </form>
  );
}

const PreviewAnswer = graphql(`
  query PreviewAnswer($body: String!, $spans: [TextSpanInput!]) {
    body: previewDeidentification(text: $body, extraRedactions: $spans) {
      ...PreviewOfText
    }
  }
`);

const NO_TITLE = { text: '', findings: [] };

/**
 * The specialist's answer, written like a reply: a live preview of exactly what will be stored, the
 * uncertain words asked about, selected text marked for removal, and sent once confirmed.
 */
function AnswerForm({ consultId }: { consultId: string }) {
  const client = useClient();
  const [, answer] = useMutation(AnswerConsult);
  const [images, setImages] = useState<AttachmentsState>({ ids: [], busy: false });
  const [minutes, setMinutes] = useState('');
  const id = `answer-${consultId}`;
  const minutesValue = minutes.trim() === '' ? null : Number(minutes);
  const minutesProblem =
    minutesValue !== null && (!Number.isInteger(minutesValue) || minutesValue < 1 || minutesValue > 600)
      ? 'Minutes spent must be a whole number from 1 to 600.'
      : null;

  const fetchPreview = useCallback(
    async (fields: DraftFields) => {
      const result = await client
        .query(
          PreviewAnswer,
          { body: fields.body, spans: fields.spans.map((s) => ({ start: s.start, end: s.end })) },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error || !result.data) throw result.error ?? new Error('no preview');
      return { title: NO_TITLE, body: result.data.body };
    },
    [client],
  );

  const send = useCallback(
    async (body: string, extraRedactions: TextSpan[]) => {
      const result = await answer({
        input: { consultId, body, extraRedactions, attachmentIds: images.ids, minutesSpent: minutesValue },
      });
      return result.error ?? null;
    },
    [answer, consultId, images.ids, minutesValue],
  );

  return (
    <ReplyComposer
      id={id}
      label="Your consult answer"
      noun="answer"
      fetchPreview={fetchPreview}
      onSend={send}
      holdSend={images.busy || minutesProblem !== null}
    >
      <AttachmentPicker idPrefix={id} onChange={setImages} />
      <label htmlFor={`${id}-minutes`}>Minutes spent (optional, for your credit log)</label>
      <input
        id={`${id}-minutes`}
        type="number"
        inputMode="numeric"
        step={1}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        aria-invalid={minutesProblem ? true : undefined}
        aria-describedby={minutesProblem ? `${id}-minutes-error` : undefined}
      />
      {minutesProblem && (
        <p id={`${id}-minutes-error`} className="field-error">
          {minutesProblem}
        </p>
      )}
    </ReplyComposer>
  );
}

function ConsultItem({
  consult,
  isAuthor,
  meId,
}: {
  consult: CaseConsultFragment;
  isAuthor: boolean;
  meId: string;
}) {
  const [resolved, resolve] = useMutation(ResolveConsult);
  const [cancelled, cancel] = useMutation(CancelConsult);
  const open = consult.status === 'OPEN' || consult.status === 'CLAIMED';
  const error = resolved.error ?? cancelled.error;
  return (
    <li className="card">
      <p>
        <strong>{consult.specialty.name}</strong> · {label(consult.urgency)}{' '}
        <span className={`pill consult-${consult.status.toLowerCase()}`}>{label(consult.status)}</span>
      </p>
      <p className="muted">
        {consult.consultant ? `With ${consult.consultant.displayName}. ` : 'Open to the specialty. '}
        {open
          ? `Due ${when(consult.dueAt)} (${relative(consult.dueAt)}).`
          : `Requested ${when(consult.createdAt)}.`}
        {consult.helpful === true && ' Marked helpful.'}
      </p>
      {isAuthor && consult.status === 'ANSWERED' && (
        <div className="actions">
          <button type="button" onClick={() => void resolve({ consultId: consult.id, helpful: true })}>
            Helpful: resolve
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void resolve({ consultId: consult.id, helpful: false })}
          >
            Not helpful: resolve
          </button>
        </div>
      )}
      {isAuthor && open && (
        <button type="button" className="secondary" onClick={() => void cancel({ consultId: consult.id })}>
          Withdraw request
        </button>
      )}
      {consult.status === 'CLAIMED' && consult.answerDueAt && (
        <p className="muted">
          Answer due {when(consult.answerDueAt)} ({relative(consult.answerDueAt)}); unanswered by then, it
          goes back to the queue.
        </p>
      )}
      {consult.status === 'CLAIMED' && consult.consultant?.id === meId && (
        <AnswerForm consultId={consult.id} />
      )}
      {(consult.status === 'CLAIMED' || consult.status === 'ANSWERED' || consult.status === 'RESOLVED') &&
        (consult.requestedBy.id === meId || consult.consultant?.id === meId) && (
          <ConsultDialogue
            consultId={consult.id}
            isSpecialist={consult.consultant?.id === meId}
            open={consult.status !== 'RESOLVED'}
          />
        )}
      {error && <ErrorNotice error={error} />}
    </li>
  );
}

export function ConsultsSection(props: {
  caseId: string;
  consults: CaseConsultFragment[];
  isAuthor: boolean;
  meId: string;
  caseOpen: boolean;
  participants: { id: string; name: string }[];
  defaultSpecialtyId?: string;
}) {
  const { consults, isAuthor, meId } = props;
  if (!isAuthor && consults.length === 0) return null;
  return (
    <section aria-labelledby="consults-heading">
      <h2 id="consults-heading">Consults</h2>
      {consults.length === 0 && <p className="muted">No consult requested yet.</p>}
      {consults.length > 0 && (
        <ul className="cards">
          {consults.map((c) => (
            <ConsultItem key={c.id} consult={c} isAuthor={isAuthor} meId={meId} />
          ))}
        </ul>
      )}
      {isAuthor && props.caseOpen && (
        <p>
          <Link
            href={`/specialists?case=${props.caseId}${props.defaultSpecialtyId ? `&specialty=${props.defaultSpecialtyId}` : ''}`}
          >
            Find a specialist in the directory
          </Link>{' '}
          and ask them directly, or ask the specialty below.
        </p>
      )}
      {isAuthor && props.caseOpen && (
        <RequestForm
          caseId={props.caseId}
          participants={props.participants}
          defaultSpecialtyId={props.defaultSpecialtyId}
        />
      )}
    </section>
  );
}
