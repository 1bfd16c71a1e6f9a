import './zodConfig';
import '../ui/app.css';

/**
 * The page's entry. The default page arrives prerendered (src/prerender): let the browser paint that
 * HTML before the app's JavaScript is evaluated — evaluated first, it would hold the first paint for
 * its whole start-up — then start the app (main.tsx), which replaces the static copy with the live
 * one. A shared link is painted first by a light static renderer (the prerendered defaults stay hidden:
 * linkGuard.ts), then the app takes it over. The stylesheet is
 * imported here, so the build links it from the page's `<head>` for the prerendered markup.
 */
const hash = window.location.hash;
const prerendered = document.querySelector('#root > [data-prerendered]') !== null;
if (hash.length > 1) {
  if (await paintedLink(hash)) await afterNextPaint();
} else if (prerendered) await afterNextPaint();
await import('./main');

/**
 * A shared link's figures, painted by a light static renderer (linkPaint.ts: no React, no UI) before
 * the app loads. Whatever goes wrong there, the app still starts and says what it says for that link.
 */
async function paintedLink(h: string): Promise<boolean> {
  const root = document.getElementById('root');
  try {
    return root !== null && (await import('./linkPaint')).paintLink(root, h);
  } catch {
    return false;
  }
}

/** Resolves after the next frame has painted (a task queued from requestAnimationFrame runs after it), or
 * after 100 ms where frames do not run (a background tab), so the app never waits on visibility. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
