import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledPricing } from '../pricing/bundled';
import { App } from '../ui/App';
import { AppProvider } from '../ui/AppContext';
import '../ui/app.css';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

createRoot(rootElement).render(
  <StrictMode>
    <AppProvider catalog={bundledPricing.catalog} pricingErrors={bundledPricing.errors}>
      <App />
    </AppProvider>
  </StrictMode>,
);
