import { useLocation } from 'wouter';
import { signOut } from '../../lib/session';

/** Shown when the server ends a session: suspension, a sign-out elsewhere, or a lapsed licence. */
export function SessionEndedScreen() {
  const [, navigate] = useLocation();
  return (
    <main id="main" className="narrow">
      <h1>Your session has ended</h1>
      <p>Curbside signed you out. This happens when:</p>
      <ul>
        <li>you chose “Sign out everywhere” on another device,</li>
        <li>your account was suspended by an administrator, or</li>
        <li>you have been away for a long time.</li>
      </ul>
      <p>Anything you were writing is kept as a de-identified draft on this device.</p>
      <button
        type="button"
        onClick={() => {
          navigate('/sign-in', { replace: true });
          void signOut().catch(() => undefined);
        }}
      >
        Sign in again
      </button>
      <p className="muted">If your account was suspended, contact your Curbside administrator.</p>
    </main>
  );
}
