import { field } from '../../lib/forms';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { Done, ErrorNotice, Loading } from '../../components/states';
import { graphql } from '../../gql';
import { label } from '../../lib/format';
import { signOut } from '../../lib/session';
import { OnCallSection } from './on-call-section';

const Profile = graphql(`
  query Profile {
    me {
      id
      displayName
      email
      bio
      state
      role
      acceptingConsults
      verificationStatus
      specialties {
        id
        name
      }
    }
    specialties {
      id
      name
    }
  }
`);

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      bio
      state
      acceptingConsults
      specialties {
        id
        name
      }
    }
  }
`);

export function ProfileScreen() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: Profile });
  const [saved, save] = useMutation(UpdateProfile);
  const [signOutError, setSignOutError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const state = field(form, 'state').trim().toUpperCase();
    await save({
      input: {
        displayName: field(form, 'displayName').trim(),
        bio: field(form, 'bio').trim() || null,
        state: state || null,
        acceptingConsults: form.get('acceptingConsults') === 'on',
        specialtyIds: form.getAll('specialtyIds').map(String),
      },
    });
  }

  if (fetching && !data) return <Loading />;
  if (error) return <ErrorNotice error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const me = data?.me;
  if (!me || !data) return null;
  const mine = new Set(me.specialties.map((s) => s.id));
  return (
    <>
      <h1>Your profile</h1>
      <p className="muted">
        {me.email} · {label(me.verificationStatus)} · <Link href="/licence">Licence</Link>
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="displayName">Display name</label>
        <input id="displayName" name="displayName" required maxLength={120} defaultValue={me.displayName} />
        <label htmlFor="state">State (two letters, optional)</label>
        <input id="state" name="state" maxLength={2} defaultValue={me.state ?? ''} />
        <label htmlFor="bio">Bio</label>
        <textarea id="bio" name="bio" rows={3} defaultValue={me.bio ?? ''} aria-describedby="bio-hint" />
        <p id="bio-hint" className="hint">
          De-identified before it is stored, like everything colleagues can read.
        </p>
        <fieldset>
          <legend>Your specialties</legend>
          <div className="specialty-grid">
            {data.specialties.map((s) => (
              <div className="check" key={s.id}>
                <input
                  type="checkbox"
                  id={`sp-${s.id}`}
                  name="specialtyIds"
                  value={s.id}
                  defaultChecked={mine.has(s.id)}
                />
                <label htmlFor={`sp-${s.id}`}>{s.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="check">
          <input
            type="checkbox"
            id="acceptingConsults"
            name="acceptingConsults"
            defaultChecked={me.acceptingConsults}
          />
          <label htmlFor="acceptingConsults">I am accepting consults</label>
        </div>
        {saved.error && <ErrorNotice error={saved.error} />}
        {saved.data && !saved.fetching && <Done>Profile saved.</Done>}
        <button type="submit" disabled={saved.fetching}>
          {saved.fetching ? 'Saving…' : 'Save profile'}
        </button>
      </form>
      {me.verificationStatus === 'VERIFIED' && <OnCallSection />}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        <p>Signed in on a shared or lost device? End every Curbside session, here and everywhere else.</p>
        {signOutError !== null && <ErrorNotice error={signOutError} />}
        <button
          type="button"
          className="danger"
          onClick={() => void signOut(true).catch((e: unknown) => setSignOutError(e))}
        >
          Sign out everywhere
        </button>
      </section>
    </>
  );
}
