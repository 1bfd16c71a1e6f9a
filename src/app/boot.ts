import './zodConfig';
import '../ui/app.css';

/**
 * The page's entry. The default page arrives prerendered (src/prerender): let the browser paint that
 * HTML before the app's JavaScript is evaluated — evaluated first, it would hold the first paint for
 * its whole start-up — then start the app (main.tsx), which replaces the static copy with the live
 * one. A shared link has nothing to show before the app: it starts at once. The stylesheet is
 * imported here, so the build links it from the page's `<head>` for the prerendered markup.
 */
const prerendered = document.querySelector('#root > [data-prerendered]') !== null;
if (prerendered && window.location.hash.length <= 1) await afterNextPaint();
await import('./main');

/** Resolves after the next frame has painted (a task queued from requestAnimationFrame runs after it), or
 * after 100 ms where frames do not run (a background tab), so the app never waits on visibility. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
