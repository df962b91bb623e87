import { field } from '../../lib/forms';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/states';
import { register } from '../../lib/session';

export function RegisterScreen() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await register(field(form, 'displayName'), field(form, 'email'), field(form, 'password'));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <main id="main" className="narrow">
      <h1>Create your Curbside account</h1>
      <p className="muted">
        After this you will add your licence. Cases open to you once an administrator has verified it.
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="displayName">Name shown to colleagues</label>
        <input id="displayName" name="displayName" autoComplete="name" required maxLength={120} />
        <label htmlFor="email">Work email</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-describedby="password-hint"
        />
        <p id="password-hint" className="hint">
          At least 12 characters. A long phrase is easiest to remember.
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p>
        Already registered? <Link href="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}
