import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiContext';
import { App } from './components/App';
import { LocaleProvider } from './i18n/LocaleProvider';
import './styles/base.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/editor.css';
import './styles/panels.css';
import './styles/blocks.css';
import './styles/preview.css';
import './styles/library.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <ApiProvider api={window.copydesk}>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </ApiProvider>
  </StrictMode>,
);
