/**
 * Cold-start (INIT) durations by runtime, median and p99 in ms, as the project brief gives them
 * (pricing-facts.md, "Cold starts by runtime"). Presets only: the typed value is what is priced.
 */
export const RUNTIME_INIT_MS = [
  { runtime: 'Python', medianMs: 200, p99Ms: 500 },
  { runtime: 'Node.js', medianMs: 250, p99Ms: 600 },
  { runtime: 'Go', medianMs: 100, p99Ms: 300 },
  { runtime: '.NET', medianMs: 500, p99Ms: 2000 },
  { runtime: 'Java', medianMs: 800, p99Ms: 3000 },
  { runtime: 'Rust', medianMs: 100, p99Ms: 250 },
] as const;
