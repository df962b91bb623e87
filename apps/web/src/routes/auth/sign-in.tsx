import { field } from '../../lib/forms';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/states';
import { AuthRequestError, signIn } from '../../lib/session';
import { SuspendedScreen } from './suspended';

export function SignInScreen() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(field(form, 'email'), field(form, 'password'));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  // Sign-in refuses a suspended account with FORBIDDEN (a wrong password is UNAUTHENTICATED).
  if (error instanceof AuthRequestError && error.error.code === 'FORBIDDEN') {
    return (
      <SuspendedScreen
        onBack={() => {
          setError(null);
          setBusy(false);
        }}
      />
    );
  }

  return (
    <main id="main" className="narrow">
      <h1>Sign in to Curbside</h1>
      <p className="muted">
        Case consults between verified clinicians, de-identified before anything is shared.
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <p className="hint">
          <Link href="/forgot-password">Forgot password?</Link>
        </p>
        {error !== null && <ErrorNotice error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        New to Curbside? <Link href="/register">Create an account</Link>
      </p>
    </main>
  );
}
