import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Done, Empty, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { when } from '../../lib/format';

const MyOnCallWindows = graphql(`
  query MyOnCallWindows {
    myOnCallWindows {
      id
      startsAt
      endsAt
    }
  }
`);

const AddOnCallWindow = graphql(`
  mutation AddOnCallWindow($input: AddOnCallWindowInput!) {
    addOnCallWindow(input: $input) {
      id
      startsAt
      endsAt
    }
  }
`);

const RemoveOnCallWindow = graphql(`
  mutation RemoveOnCallWindow($windowId: ID!) {
    removeOnCallWindow(windowId: $windowId)
  }
`);

/** "2026-12-03T08:30" in this browser's time zone, for a datetime-local field. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** When a specialist is on call for consults: the directory shows "on call now" from these. */
export function OnCallSection() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyOnCallWindows });
  const [added, add] = useMutation(AddOnCallWindow);
  const [removed, remove] = useMutation(RemoveOnCallWindow);
  const [starts, setStarts] = useState(() => localInput(new Date()));
  const [hours, setHours] = useState('8');
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = new Date(starts);
    const end = new Date(start.getTime() + Number(hours) * 3_600_000);
    const result = await add({ input: { startsAt: start.toISOString(), endsAt: end.toISOString() } });
    if (!result.error) reload();
  }

  const windows = data?.myOnCallWindows ?? [];
  return (
    <section aria-labelledby="on-call-heading">
      <h2 id="on-call-heading">On call for consults</h2>
      <p className="muted">Colleagues looking for a specialist see who is on call now.</p>
      {fetching && !data && <Loading />}
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {data && windows.length === 0 && <Empty>No on-call time set.</Empty>}
      {windows.length > 0 && (
        <ul aria-label="Your on-call times">
          {windows.map((w) => (
            <li key={w.id}>
              {when(w.startsAt)} to {when(w.endsAt)}{' '}
              <button
                type="button"
                className="link"
                disabled={removed.fetching}
                onClick={() => void remove({ windowId: w.id }).then((r) => !r.error && reload())}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed.error && <ErrorNotice error={removed.error} />}
      <form onSubmit={(e) => void submit(e)}>
        <div className="pair">
          <div>
            <label htmlFor="on-call-start">From</label>
            <input
              id="on-call-start"
              type="datetime-local"
              required
              value={starts}
              onChange={(e) => setStarts(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor="on-call-hours">For</label>
            <select id="on-call-hours" value={hours} onChange={(e) => setHours(e.target.value)}>
              {['1', '2', '4', '8', '12', '24'].map((h) => (
                <option key={h} value={h}>
                  {h} {h === '1' ? 'hour' : 'hours'}
                </option>
              ))}
            </select>
          </div>
        </div>
        {added.error && <ErrorNotice error={added.error} />}
        {added.data && !added.fetching && <Done>On-call time added.</Done>}
        <button type="submit" disabled={added.fetching}>
          Add on-call time
        </button>
      </form>
    </section>
  );
}
