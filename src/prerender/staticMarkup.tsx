import { type ReactElement, Suspense } from 'react';
import { renderToString } from 'preact-render-to-string';

/** What preact-render-to-string hands a renderer's error handler (its internal renderer state, pinned by version). */
type SuspenseFallbackRenderer = {
  onError(error: unknown, vnode: { type: unknown; props: { fallback?: unknown } }, render: RenderChild): string;
};
type RenderChild = (child: unknown, parent: unknown) => string;

/**
 * The app's markup as a static string, rendered with the library that ships (Preact, through the
 * `react` aliases) so the client's first render meets the same tree. A lazy part still loading
 * renders its `<Suspense>` fallback, as React's `renderToStaticMarkup` did: preact-render-to-string's
 * synchronous render refuses a suspending child unless an error handler answers for it, so this one
 * renders the nearest boundary's fallback and passes anything else (a real error) up to the caller.
 */
export function renderStaticMarkup(element: ReactElement): string {
  const renderer: SuspenseFallbackRenderer = {
    onError(error, vnode, render) {
      if (vnode.type === Suspense && isThenable(error)) return render(vnode.props.fallback, vnode);
      throw error;
    },
  };
  // The third argument is the renderer state its streaming renderers pass; the public types omit it.
  const render = renderToString as unknown as (vnode: ReactElement, context: object, renderer: object) => string;
  return render(element, {}, renderer);
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
