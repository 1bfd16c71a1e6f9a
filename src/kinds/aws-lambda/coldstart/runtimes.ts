/** The runtimes the cold-start table knows (scenario `coldStart.runtime`). */
export const RUNTIMES = ['python', 'nodejs', 'go', 'dotnet', 'java', 'rust'] as const;
export type Runtime = (typeof RUNTIMES)[number];

/** A cold start's added latency: the median and p99 of INIT, in ms. */
export type ColdStartLatency = { readonly medianMs: number; readonly p99Ms: number };

export type RuntimeFacts = ColdStartLatency & {
  readonly runtime: Runtime;
  readonly label: string;
  /** Lambda SnapStart supports it (Java, Python, .NET). */
  readonly snapStart: boolean;
};

/**
 * Cold-start latency by runtime, median and p99, as the project brief's table gives them
 * (pricing-facts.md, "Cold starts by runtime"): the brief's own figures, graded secondary — no
 * provider publishes them, and package size moves them (override with `coldStart.coldStartMs`).
 */
export const RUNTIME_COLD_STARTS: readonly RuntimeFacts[] = [
  { runtime: 'python', label: 'Python', medianMs: 200, p99Ms: 500, snapStart: true },
  { runtime: 'nodejs', label: 'Node.js', medianMs: 250, p99Ms: 600, snapStart: false },
  { runtime: 'go', label: 'Go', medianMs: 100, p99Ms: 300, snapStart: false },
  { runtime: 'dotnet', label: '.NET', medianMs: 500, p99Ms: 2000, snapStart: true },
  { runtime: 'java', label: 'Java', medianMs: 800, p99Ms: 3000, snapStart: true },
  { runtime: 'rust', label: 'Rust', medianMs: 100, p99Ms: 250, snapStart: false },
];

/** Where the table comes from, shown beside every figure read from it. */
export const RUNTIME_TABLE_SOURCE = "the project brief's cold-start table (secondary: no provider publishes these)";

/** The table's row for a runtime. */
export function runtimeFacts(runtime: Runtime): RuntimeFacts {
  const row = RUNTIME_COLD_STARTS.find((r) => r.runtime === runtime);
  if (!row) throw new Error(`no cold-start figures for runtime ${runtime}`);
  return row;
}

/**
 * Cloudflare Workers' cold start: "<1 ms" in the project brief's table (secondary; Cloudflare's
 * isolates start while the TLS handshake runs). Taken as 1 ms at the median and p99.
 */
export const WORKERS_COLD_START: ColdStartLatency = { medianMs: 1, p99Ms: 1 };
