import { useCallback, useState } from 'react';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { useParams } from 'wouter';
import { Done, Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { graphql } from '../../gql';
import type { CaseRepliesQuery } from '../../gql/graphql';
import { label, when } from '../../lib/format';
import { usePages } from '../../lib/use-pages';
import { CaseDetailsView } from './case-details-view';
import { CaseOutcomeSection } from './case-outcome-section';
import { ConsultsSection } from './consults-section';
import { HeldContent } from './held-content';
import type { DraftFields, TextSpan } from './preview';
import { ReplyComposer } from './reply-composer';
import { ReportButton } from './report-button';
import { AttachmentGallery } from '../attachments/attachment-gallery';
import { AttachmentPicker, type AttachmentsState } from '../attachments/attachment-picker';

/** One reply as the thread shows it. Its fields are written out in CaseReplies rather than spread
 * from a fragment: the API's cost limit (graphql-armor) charges fragment spreads at depth. */
type CaseReplyFragment = NonNullable<CaseRepliesQuery['case']>['replies']['edges'][number]['node'];

// Three queries rather than one: together they pass the API's query cost limit, and the cache
// joins them into one case.
const CaseDetail = graphql(`
  query CaseDetail($id: ID!) {
    me {
      id
      role
    }
    case(id: $id) {
      id
      title
      body
      status
      anonymous
      createdAt
      patientAge
      patientSex
      tags
      replyCount
      author {
        id
        displayName
      }
      channel {
        id
        name
        slug
        specialty {
          id
          name
        }
      }
      deidentification {
        findingCount
        categories
      }
      attachments {
        ...PostedAttachment
      }
      hold {
        reason
        stage
        since
        returnNote
      }
    }
  }
`);

const CaseReplies = graphql(`
  query CaseReplies($id: ID!, $after: String) {
    case(id: $id) {
      id
      replies(first: 15, after: $after) {
        edges {
          node {
            id
            body
            createdAt
            isAccepted
            isConsultAnswer
            hold {
              reason
              stage
              since
              returnNote
            }
            parent {
              id
            }
            author {
              id
              displayName
            }
            attachments {
              id
              kind
              url
              width
              height
              faceMasking
              dicomUrl
              windows {
                name
                centre
                width
                url
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const CaseConsults = graphql(`
  query CaseConsults($id: ID!) {
    case(id: $id) {
      id
      consults {
        ...CaseConsult
      }
    }
  }
`);

const ReplyAdded = graphql(`
  subscription ReplyAdded($caseId: ID!) {
    replyAdded(caseId: $caseId) {
      id
    }
  }
`);

const ReplyToCase = graphql(`
  mutation ReplyToCase($input: ReplyInput!) {
    replyToCase(input: $input) {
      id
    }
  }
`);

const AcceptReply = graphql(`
  mutation AcceptReply($replyId: ID!) {
    acceptReply(replyId: $replyId) {
      id
      isAccepted
      case {
        id
      }
    }
  }
`);

const UpdateCaseStatus = graphql(`
  mutation UpdateCaseStatus($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      id
      status
    }
  }
`);

const PreviewReply = graphql(`
  query PreviewReply($body: String!, $spans: [TextSpanInput!]) {
    body: previewDeidentification(text: $body, extraRedactions: $spans) {
      ...PreviewOfText
    }
  }
`);

const NO_TITLE = { text: '', findings: [] };

function ReplyForm({ caseId, parentId, onDone }: { caseId: string; parentId?: string; onDone?: () => void }) {
  const client = useClient();
  const [, reply] = useMutation(ReplyToCase);
  const [images, setImages] = useState<AttachmentsState>({ ids: [], busy: false });
  const [sent, setSent] = useState(0);
  const fetchPreview = useCallback(
    async (fields: DraftFields) => {
      const result = await client
        .query(
          PreviewReply,
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
      const outcome = await reply({
        input: { caseId, body, extraRedactions, parentReplyId: parentId ?? null, attachmentIds: images.ids },
      });
      if (outcome.error) return outcome.error;
      setSent((n) => n + 1);
      onDone?.();
      return null;
    },
    [reply, caseId, parentId, onDone, images.ids],
  );
  return (
    <ReplyComposer
      id={parentId ? `reply-${parentId}` : 'reply-new'}
      label={parentId ? 'Your reply to this answer' : 'Your reply'}
      fetchPreview={fetchPreview}
      onSend={send}
      holdSend={images.busy}
    >
      <AttachmentPicker
        idPrefix={parentId ? `reply-${parentId}` : 'reply-new'}
        onChange={setImages}
        resetKey={sent}
      />
    </ReplyComposer>
  );
}

function ReplyItem({
  reply,
  children,
  caseId,
  canAccept,
  meId,
}: {
  reply: CaseReplyFragment;
  children: CaseReplyFragment[];
  caseId: string;
  canAccept: boolean;
  meId?: string;
}) {
  const [accepted, accept] = useMutation(AcceptReply);
  const [replying, setReplying] = useState(false);
  return (
    <li
      className={reply.isAccepted ? 'reply accepted' : 'reply'}
      aria-label={reply.isAccepted ? 'Accepted answer' : undefined}
    >
      {reply.isAccepted && <p className="accepted-label">✓ Accepted answer</p>}
      {reply.isConsultAnswer && <p className="pill">Consult answer</p>}
      <p className="muted">
        {reply.author.displayName} · {when(reply.createdAt)}
      </p>
      <p className="body-text">{reply.body}</p>
      <AttachmentGallery attachments={reply.attachments} label="Images in this reply" />
      {reply.hold && reply.author.id === meId && (
        <HeldContent target={{ kind: 'reply', replyId: reply.id, body: reply.body }} hold={reply.hold} />
      )}
      <div className="actions">
        {canAccept && !reply.isAccepted && (
          <button
            type="button"
            disabled={accepted.fetching}
            onClick={() => void accept({ replyId: reply.id })}
          >
            Accept this answer
          </button>
        )}
        {!reply.parent && (
          <button
            type="button"
            className="secondary"
            aria-expanded={replying}
            onClick={() => setReplying(!replying)}
          >
            Reply
          </button>
        )}
        <ReportButton target={{ replyId: reply.id }} />
      </div>
      {accepted.error && <ErrorNotice error={accepted.error} />}
      {replying && <ReplyForm caseId={caseId} parentId={reply.id} onDone={() => setReplying(false)} />}
      {children.length > 0 && (
        <ul className="thread">
          {children.map((child) => (
            <ReplyItem
              key={child.id}
              reply={child}
              children={[]}
              caseId={caseId}
              canAccept={canAccept}
              meId={meId}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CaseScreen() {
  const { id } = useParams<{ id: string }>();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CaseDetail, variables: { id } });
  const repliesPages = usePages(CaseReplies, { id }, (d) => d.case?.replies);
  const [consultsResult] = useQuery({ query: CaseConsults, variables: { id } });
  useSubscription({ query: ReplyAdded, variables: { caseId: id } });
  const [statusResult, updateStatus] = useMutation(UpdateCaseStatus);

  if (fetching && !data) return <Loading label="Loading the case…" />;
  if (error) return <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const post = data?.case;
  if (!post || !data) {
    return (
      <>
        <h1>Case not found</h1>
        <p>It may have been removed, or it is in a channel you cannot see.</p>
      </>
    );
  }
  const me = data.me;
  const isAuthor = post.author?.id === me.id;
  const replies = repliesPages.nodes;
  const consults = consultsResult.data?.case?.consults ?? [];
  const roots = replies.filter((r) => !r.parent);
  const childrenOf = (rid: string) => replies.filter((r) => r.parent?.id === rid);
  const participants = new Map(
    replies.filter((r) => r.author.id !== me.id).map((r) => [r.author.id, r.author.displayName]),
  );

  return (
    <article className="case">
      <p className="muted">
        {post.channel.name} · {post.anonymous || !post.author ? 'Anonymous' : post.author.displayName} ·{' '}
        {when(post.createdAt)}
      </p>
      <h1>{post.title}</h1>
      {isAuthor && post.hold && (
        <HeldContent
          target={{ kind: 'case', caseId: post.id, title: post.title, body: post.body }}
          hold={post.hold}
        />
      )}
      <dl className="fields">
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`pill case-${post.status.toLowerCase()}`}>{label(post.status)}</span>
          </dd>
        </div>
        <div>
          <dt>Patient age</dt>
          <dd>{post.patientAge ? `${post.patientAge} years` : 'Not stated'}</dd>
        </div>
        <div>
          <dt>Patient sex</dt>
          <dd>{post.patientSex ? label(post.patientSex) : 'Not stated'}</dd>
        </div>
        <div>
          <dt>De-identification</dt>
          <dd>
            {post.deidentification.findingCount === 0
              ? 'Checked; nothing further to remove'
              : `${post.deidentification.findingCount} identifiers removed`}
          </dd>
        </div>
        {post.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>{post.tags.join(', ')}</dd>
          </div>
        )}
      </dl>
      <p className="body-text">{post.body}</p>
      <AttachmentGallery attachments={post.attachments} label="Images of the case" />
      <CaseDetailsView caseId={post.id} />
      <div className="actions">
        {isAuthor && post.status === 'OPEN' && (
          <>
            <button
              type="button"
              className="secondary"
              onClick={() => void updateStatus({ input: { caseId: post.id, status: 'RESOLVED' } })}
            >
              Mark resolved
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void updateStatus({ input: { caseId: post.id, status: 'CLOSED' } })}
            >
              Close case
            </button>
          </>
        )}
        {isAuthor && post.status !== 'OPEN' && (
          <button
            type="button"
            className="secondary"
            onClick={() => void updateStatus({ input: { caseId: post.id, status: 'OPEN' } })}
          >
            Reopen case
          </button>
        )}
        <ReportButton target={{ caseId: post.id }} />
      </div>
      {statusResult.error && <ErrorNotice error={statusResult.error} />}
      {statusResult.data && (
        <Done>Case marked {label(statusResult.data.updateCase.status).toLowerCase()}.</Done>
      )}

      <CaseOutcomeSection caseId={post.id} isAuthor={isAuthor} resolved={post.status === 'RESOLVED'} />

      <ConsultsSection
        caseId={post.id}
        consults={consults}
        isAuthor={isAuthor}
        meId={me.id}
        caseOpen={post.status === 'OPEN'}
        participants={[...participants].map(([pid, name]) => ({ id: pid, name }))}
        defaultSpecialtyId={post.channel.specialty?.id}
      />

      <section aria-labelledby="replies-heading">
        <h2 id="replies-heading">
          Replies <span className="muted">({post.replyCount})</span>
        </h2>
        {repliesPages.fetching && !repliesPages.loaded && <Loading label="Loading replies…" />}
        {repliesPages.error && <ErrorNotice error={repliesPages.error} onRetry={repliesPages.retry} />}
        {repliesPages.loaded && roots.length === 0 && <Empty>No replies yet.</Empty>}
        {roots.length > 0 && (
          <ul className="thread" aria-live="polite">
            {roots.map((r) => (
              <ReplyItem
                key={r.id}
                reply={r}
                children={childrenOf(r.id)}
                caseId={post.id}
                canAccept={isAuthor && post.status === 'OPEN'}
                meId={me.id}
              />
            ))}
          </ul>
        )}
        <MoreButton pages={repliesPages} label="Show more replies" />
        {post.status === 'OPEN' && <ReplyForm caseId={post.id} />}
      </section>
    </article>
  );
}
