import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
// The shared sheets come after the app's imports, so that they follow the page sheets in the
// bundle, as they always have: where a page rule and a shared rule tie, the shared one wins.
import './styles/base.css';
import './styles/layout.css';
import './styles/feedback.css';
import './styles/tables.css';
import './styles/forms.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
