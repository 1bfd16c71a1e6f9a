import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPricing } from '../pricing/bundled';
import { App } from '../ui/App';
import { prefetchOnDemand } from '../ui/prefetch';
import { AppProvider } from '../ui/AppContext';
import '../ui/app.css';
import { startPricer } from './startPricer';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

/**
 * A link is opened before the first render, so a shared scenario paints at once (no flash of the
 * defaults); the link code loads only when there is a fragment, keeping it off the first figure's path.
 * It is opened with the app's own pricer, so the first figure reuses that pricing instead of repeating it.
 */
async function start(root: HTMLElement): Promise<void> {
  const hash = window.location.hash;
  const price = startPricer();
  const opened = hash.length > 1 ? (await import('./startLink')).openStartLink(hash) : null;
  createRoot(root).render(
    <StrictMode>
      <AppProvider
        catalog={bundledPricing.catalog}
        price={price}
        pricingErrors={bundledPricing.errors}
        {...(opened ? { initial: { scenario: opened.scenario } } : {})}
      >
        <App initialNotice={opened?.notice ?? null} openedHash={hash} />
      </AppProvider>
    </StrictMode>,
  );
  // After the first figure: fetch what loads on demand, so it is ready (and works offline) when asked for.
  void prefetchOnDemand();
}

void start(rootElement);
