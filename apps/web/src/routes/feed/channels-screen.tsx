import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { JoinChannel, LeaveChannel } from './feed-screen';

const Channels = graphql(`
  query Channels {
    channels {
      id
      name
      slug
      isMember
      memberCount
    }
  }
`);

export function ChannelsScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Channels });
  const [join, joinChannel] = useMutation(JoinChannel);
  const [leave, leaveChannel] = useMutation(LeaveChannel);
  return (
    <>
      <h1>Channels</h1>
      <p className="muted">Join the specialties you want in your feed.</p>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {(join.error ?? leave.error) && <ErrorNotice error={join.error ?? leave.error} />}
      {data && data.channels.length === 0 && <Empty>There are no channels yet.</Empty>}
      {data && data.channels.length > 0 && (
        <ul className="rows">
          {data.channels.map((channel) => (
            <li key={channel.id} className="row">
              <span>
                <Link href={`/channels/${channel.slug}`}>{channel.name}</Link>{' '}
                <span className="muted">
                  {channel.memberCount} {channel.memberCount === 1 ? 'member' : 'members'}
                </span>
              </span>
              {channel.isMember ? (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Leave ${channel.name}`}
                  onClick={() => void leaveChannel({ channelId: channel.id })}
                >
                  Leave
                </button>
              ) : (
                <button
                  type="button"
                  aria-label={`Join ${channel.name}`}
                  onClick={() => void joinChannel({ channelId: channel.id })}
                >
                  Join
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
