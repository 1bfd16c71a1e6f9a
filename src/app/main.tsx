import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPricing } from '../pricing/bundled';
import { App } from '../ui/App';
import { AppProvider } from '../ui/AppContext';
import '../ui/app.css';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

/**
 * A link is opened before the first render, so a shared scenario paints at once (no flash of the
 * defaults); the link code loads only when there is a fragment, keeping it off the first figure's path.
 */
async function start(root: HTMLElement): Promise<void> {
  const hash = window.location.hash;
  const opened = hash.length > 1 ? (await import('../share/openLink')).openLink(bundledPricing.catalog, hash) : null;
  createRoot(root).render(
    <StrictMode>
      <AppProvider catalog={bundledPricing.catalog} pricingErrors={bundledPricing.errors} {...(opened ? { initial: { scenario: opened.scenario } } : {})}>
        <App initialNotice={opened?.notice ?? null} openedHash={hash} />
      </AppProvider>
    </StrictMode>,
  );
}

void start(rootElement);
