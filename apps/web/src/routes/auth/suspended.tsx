import { useEffect } from 'react';

/** Shown instead of the sign-in form when the server says the account is suspended. */
export function SuspendedScreen({ onBack }: { onBack: () => void }) {
  useEffect(() => document.getElementById('main')?.focus(), []);
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Your account is suspended</h1>
      <p>
        An administrator has suspended this Curbside account, so you cannot sign in. Your cases and replies
        are not shown to colleagues while it is suspended.
      </p>
      <p>
        If you think this is a mistake, or you want to know why, write to your Curbside administrator. They
        can reinstate the account.
      </p>
      <button type="button" onClick={onBack}>
        Back to sign in
      </button>
    </main>
  );
}
