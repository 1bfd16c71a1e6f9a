import type { Mitigation } from './mitigations';
import { pct } from './outcome';
import { modelColdStartRate } from './rate';
import { PING_DURATION_MS } from './settings';
import { type VariantContext, row, unavailable } from './variantContext';

/**
 * Keep-warm pings every `pingIntervalMinutes`: priced with the function as one bill (their
 * invocations at the ping's duration), keeping ONE instance warm — not the peak.
 */
export function keepWarm(c: VariantContext): Mitigation {
  const label = 'Keep-warm pings';
  const every = c.settings.pingIntervalMinutes;
  const r = c.workload.requestsPerMonth;
  if (r <= 0) return unavailable('keep-warm', label, 'no traffic to keep warm for');
  const pings = Math.ceil((730 * 60) / every);
  const keeps = every <= c.settings.keepAliveMinutes;
  const pinged = modelColdStartRate({
    ...c.workload,
    keepAliveMinutes: c.settings.keepAliveMinutes,
    keptWarm: keeps ? 1 : 0,
  });
  // A measured or given rate is scaled by what the model says one warm instance removes.
  const after =
    c.source === 'modelled' ? pinged.rate : c.model.rate > 0 ? c.rate * (pinged.rate / c.model.rate) : c.rate;
  const priced = c.variants.pinged(pings, after);
  const notes = [
    `Each ping keeps ONE instance warm, not the peak (${c.model.peakConcurrency.toFixed(2)} instances): concurrent requests beyond it still start cold.`,
    `Pings are priced as ${PING_DURATION_MS} ms invocations of the same function; the scheduler that sends them (EventBridge Scheduler) is not priced.`,
    ...(keeps
      ? []
      : [
          `A ping every ${every} min is longer than the ${c.settings.keepAliveMinutes}-min keep-alive: it keeps nothing warm.`,
        ]),
  ];
  return row(
    c,
    'keep-warm',
    label,
    `${pings.toLocaleString('en-US')} pings a month (one every ${every} min); ${pct(after)} still start cold`,
    priced,
    after,
    c.latency,
    notes,
  );
}
