import type { ResolvedScenario } from '../../../engine/model';
import type { PriceBook } from '../../../engine/pricebook';
import { AWS_EC2 } from '../../aws-ec2/kind';
import { AWS_FARGATE } from '../../aws-fargate/kind';
import { AZURE_VM } from '../../azure-vm/kind';
import { GCP_COMPUTE } from '../../gcp-compute/kind';
import { priceVariant } from './price';
import type { ServerPrice } from './variantContext';

/** Kinds that run on servers, always on: no cold start once running. */
const SERVER_KINDS: readonly string[] = [AWS_EC2, AWS_FARGATE, AZURE_VM, GCP_COMPUTE];

/** The scenario's cheapest server system at its own workload, each priced through the engine alone. */
export function cheapestServerOf(book: PriceBook, scenario: ResolvedScenario): ServerPrice | null {
  let best: ServerPrice | null = null;
  for (const s of scenario.systems) {
    if (!SERVER_KINDS.includes(s.kind)) continue;
    const priced = priceVariant(book, scenario, scenario.workload, { systems: [s] });
    if (priced.ok && (best === null || priced.monthlyUsd.lt(best.usd))) best = { system: s, usd: priced.monthlyUsd };
  }
  return best;
}

/** A value computed on first use, then kept. */
export function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
