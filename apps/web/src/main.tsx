import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { App } from './app';
import { createCurbsideClient } from './lib/client';
import { refreshSession } from './lib/session';
import './styles.css';

const client = createCurbsideClient();
// A returning clinician's refresh cookie starts the session without asking for the password again.
void refreshSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
