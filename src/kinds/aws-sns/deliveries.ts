import { type Decimal, dec } from '../../engine/decimal';
import type { Protocol, SnsComponent } from './kind';

/** A volume per entry request and how it was found, for the trace and the notes. */
export type Derived = { readonly perEntry: Decimal; readonly how: string };

/** Deliveries to one protocol per entry request: given outright, or publishes × subscribers of that protocol. */
export function deliveries(c: SnsComponent, protocol: Protocol): Derived {
  const given = c.perRequest[protocol];
  if (given !== null) return { perEntry: dec(given), how: `${given} ${protocol} deliveries as given` };
  const n = c.subscribers[protocol];
  return {
    perEntry: dec(c.perRequest.publishes).times(n),
    how: `${c.perRequest.publishes} publishes × ${n} ${protocol} subscribers`,
  };
}

/**
 * A volume as billed: every started `chunkKb` of a message is one request — for publishes and, the
 * pricing page says, for deliveries too (a 256 KB notification is billed as four deliveries).
 */
export function billed(v: Derived, c: SnsComponent, chunkKb: number): Derived {
  const chunks = dec(c.messageKb).div(chunkKb).ceil();
  if (chunks.eq(1)) return v;
  return {
    perEntry: v.perEntry.times(chunks),
    how: `${v.how} × ${chunks} (${c.messageKb} KB messages, 1 per ${chunkKb} KB)`,
  };
}

/** Publishes per entry request, as written (before 64 KB chunking). */
export function publishes(c: SnsComponent): Derived {
  return { perEntry: dec(c.perRequest.publishes), how: `${c.perRequest.publishes} publishes` };
}

/**
 * What one Lambda subscriber receives per entry request: its share of the Lambda deliveries (all of
 * them when no subscriber count is given, as for one function).
 */
export function deliveriesPerLambdaSubscriber(c: SnsComponent): number {
  const total = deliveries(c, 'lambda').perEntry;
  const n = c.subscribers.lambda;
  return (n > 0 ? total.div(n) : total).toNumber();
}
