/**
 * The one inline script of the calculator page, run in `<head>` before the body is parsed: when the
 * address has a fragment (a shared link, which main.tsx opens instead of the defaults) it marks the
 * document, and the stylesheet hides the prerendered default figures, so a link never paints them
 * first. Same condition as main.tsx (`hash.length > 1`). Without JavaScript nothing is hidden.
 */
export const LINK_GUARD_SCRIPT = "if(location.hash.length>1)document.documentElement.classList.add('has-link')";

/**
 * The CSP source that allows exactly that script: base64 SHA-256 of its text (linkGuard.test.ts
 * recomputes it, so editing the script without this fails a test instead of the page).
 */
export const LINK_GUARD_CSP_SOURCE = "'sha256-Y9REc+atpflL9l2OrqM/alvv2lgGssnH3T0xjsUneqQ='";
