import { type HeightMessage, heightMessage } from '../share/embedMessage';

/**
 * Posts the element's height to the parent page now and whenever it changes (ResizeObserver), as
 * `{ type: 'serverless-breakeven:height', version: 1, height }`, so the iframe can fit its content.
 * The height is not secret, so any parent origin may read it ('*'). Returns a stop function.
 */
export function startHeightReporter(
  el: Element,
  post: (m: HeightMessage) => void = (m) => window.parent.postMessage(m, '*'),
): () => void {
  let last = -1;
  const report = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    post(heightMessage(height));
  };
  report();
  const observer = new ResizeObserver(report);
  observer.observe(el);
  return () => observer.disconnect();
}
