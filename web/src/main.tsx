import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import { App } from './app.tsx';
import { preloadPage } from './app-routes.tsx';

preloadPage(window.location.pathname);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// Rendering replaces the loading state that index.html shows until now.
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
