import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

// Placeholder embed until the UI lands: the figure is static text, not an engine result.
createRoot(rootElement).render(
  <StrictMode>
    <main>
      <h1>Serverless Breakeven</h1>
      <p data-testid="first-figure">$15.18</p>
    </main>
  </StrictMode>,
);
