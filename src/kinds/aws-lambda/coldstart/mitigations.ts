import type { Decimal } from '../../../engine/decimal';
import type { PricingIssue } from '../../../engine/estimate';

/** The ways to meet a latency target, in the order they are listed. */
export const MITIGATIONS = [
  'on-demand',
  'pc-all-month',
  'pc-scheduled',
  'snapstart',
  'keep-warm',
  'lighter-runtime',
  'edge',
  'server',
] as const;
export type MitigationId = (typeof MITIGATIONS)[number];

/** One way to meet the target: what it costs (a priced modified scenario) and the latency it gives. */
export type Mitigation = {
  readonly id: MitigationId;
  readonly label: string;
  /** What exactly was priced (sizes, hours, pings), in words. */
  readonly what: string;
  readonly priced:
    | {
        readonly ok: true;
        /** The whole modified scenario's monthly bill. */
        readonly monthlyUsd: Decimal;
        /** Its difference from on-demand: the two estimates' difference (negative: cheaper). */
        readonly extraUsd: Decimal;
        /** Share of user requests that still start cold. */
        readonly coldShare: number;
        /** The cold start's p99 where one happens, ms. */
        readonly coldP99Ms: number;
        /** The request's p99 latency, ms. */
        readonly p99Ms: number;
        readonly meetsTarget: boolean;
      }
    | { readonly ok: false; readonly why: string; readonly issues?: readonly PricingIssue[] };
  readonly notes: readonly string[];
};
