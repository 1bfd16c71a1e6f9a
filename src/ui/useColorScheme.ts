import { useSyncExternalStore } from 'react';
import type { ChartTheme } from '../share/chart/palette';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The media query, or null where there is none (server rendering, tests in Node). */
function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const current = (): ChartTheme => (darkQuery()?.matches ? 'dark' : 'light');

/** The reader's colour scheme, followed live: what the stylesheet's dark mode keys on, for the chart's series colours. */
export function useColorScheme(): ChartTheme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
