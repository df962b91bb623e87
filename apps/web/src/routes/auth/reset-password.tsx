import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/states';
import { field } from '../../lib/forms';
import { resetPassword } from '../../lib/session';

/** The token of the e-mailed link, from the URL's fragment (never sent to a server by the browser). */
function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[\w-]{16,100}$/.test(token) ? token : null;
}

/** Where the reset e-mail's link leads: choose a new password, and be signed in with it. */
export function ResetPasswordScreen({
  reset = resetPassword,
}: {
  reset?: (token: string, password: string) => Promise<void>;
}) {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await reset(token, field(form, 'password'));
      // the token is spent: keep it out of the history
      navigate('/', { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  if (!token) {
    return (
      <main id="main" className="narrow">
        <h1>Choose a new password</h1>
        <p className="notice error" role="alert">
          This link is incomplete. Open the link from the e-mail again, or ask for a new one.
        </p>
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="narrow">
      <h1>Choose a new password</h1>
      <p className="muted">Every device signed in to your account will be signed out.</p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="password">New password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={256}
          aria-describedby="password-hint"
        />
        <p id="password-hint" className="hint">
          At least 12 characters. A long phrase is easiest to remember.
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save and sign in'}
        </button>
      </form>
      <p>
        Link expired or used? <Link href="/forgot-password">Ask for a new one</Link>
      </p>
    </main>
  );
}
