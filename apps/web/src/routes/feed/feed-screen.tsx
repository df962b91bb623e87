import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { CaseList } from '../../components/case-list';
import { Empty, ErrorNotice, Loading, MoreButton } from '../../components/states';
import { usePages } from '../../lib/use-pages';
import { graphql } from '../../gql';

const ChannelBySlug = graphql(`
  query ChannelBySlug($slug: String!) {
    channel(slug: $slug) {
      id
      name
      slug
      description
      isMember
      memberCount
    }
  }
`);

const Feed = graphql(`
  query Feed($channelId: ID, $after: String) {
    feed(channelId: $channelId, first: 20, after: $after) {
      edges {
        node {
          ...CaseSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const JoinChannel = graphql(`
  mutation JoinChannel($channelId: ID!) {
    joinChannel(channelId: $channelId) {
      id
      isMember
      memberCount
    }
  }
`);

export const LeaveChannel = graphql(`
  mutation LeaveChannel($channelId: ID!) {
    leaveChannel(channelId: $channelId) {
      id
      isMember
      memberCount
    }
  }
`);

export function FeedScreen() {
  const { slug } = useParams<{ slug?: string }>();
  const [channelResult] = useQuery({ query: ChannelBySlug, variables: { slug: slug ?? '' }, pause: !slug });
  const channel = channelResult.data?.channel;
  const [join, joinChannel] = useMutation(JoinChannel);
  const [leave, leaveChannel] = useMutation(LeaveChannel);
  const feed = usePages(Feed, { channelId: channel?.id ?? null }, (d) => d.feed, Boolean(slug) && !channel);

  if (slug && channelResult.fetching && !channel) return <Loading />;
  if (slug && channelResult.error) return <ErrorNotice error={channelResult.error} />;
  if (slug && !channelResult.fetching && !channel) {
    return (
      <>
        <h1>Channel not found</h1>
        <p>
          <Link href="/channels">See all channels</Link>
        </p>
      </>
    );
  }

  const cases = feed.nodes;
  return (
    <>
      <div className="heading-row">
        <h1>{channel ? channel.name : 'Your feed'}</h1>
        {channel &&
          (channel.isMember ? (
            <button
              type="button"
              className="secondary"
              disabled={leave.fetching}
              onClick={() => void leaveChannel({ channelId: channel.id })}
            >
              Leave channel
            </button>
          ) : (
            <button
              type="button"
              disabled={join.fetching}
              onClick={() => void joinChannel({ channelId: channel.id })}
            >
              Join channel
            </button>
          ))}
      </div>
      {channel?.description && <p className="muted">{channel.description}</p>}
      {!channel && <p className="muted">New cases from the channels you joined, newest first.</p>}
      {(join.error ?? leave.error) && <ErrorNotice error={join.error ?? leave.error} />}
      {feed.fetching && !feed.loaded && <Loading label="Loading cases…" />}
      {feed.error && <ErrorNotice error={feed.error} onRetry={feed.retry} />}
      {feed.loaded && cases.length === 0 && (
        <Empty>
          {channel ? (
            'No cases in this channel yet.'
          ) : (
            <>
              No cases yet. <Link href="/channels">Join a channel</Link> or{' '}
              <Link href="/cases/new">post a case</Link>.
            </>
          )}
        </Empty>
      )}
      {cases.length > 0 && <CaseList cases={cases} />}
      <MoreButton pages={feed} label="Show more cases" />
    </>
  );
}
