import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/states';
import { graphql } from '../../gql';
import { field } from '../../lib/forms';

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, so the
 * screen says the same either way.
 */
export function ForgotPasswordScreen() {
  const [result, request] = useMutation(RequestPasswordReset);
  const [sent, setSent] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const answer = await request({ email: field(form, 'email') });
    if (!answer.error) setSent(true);
  }

  return (
    <main id="main" className="narrow">
      <h1>Reset your password</h1>
      {sent ? (
        <p className="notice done" role="status">
          If an account exists for that address, we have sent it a link to choose a new password. The link
          works once, for one hour. Check your spam folder if it does not arrive in a few minutes.
        </p>
      ) : (
        <>
          <p className="muted">Enter the email you sign in with, and we will send you a link.</p>
          <form onSubmit={(e) => void submit(e)}>
            <label htmlFor="email">Email</label>
            <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} />
            {result.error && <ErrorNotice error={result.error} />}
            <button type="submit" disabled={result.fetching}>
              {result.fetching ? 'Sending…' : 'Send the link'}
            </button>
          </form>
        </>
      )}
      <p>
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </main>
  );
}
