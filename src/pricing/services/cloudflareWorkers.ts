import { z } from 'zod';
import { type CloudflareWorkersPrices, type FileMeta, dec } from '../../engine';
import { DecimalString, FileHeaderSchema, PriceSchema, toPrice } from '../common';

export const CloudflareWorkersFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal('cloudflare-workers'),
  rules: z.strictObject({ includedRequests: DecimalString, includedCpuMs: DecimalString, maxCpuMsPerRequest: z.number().int().positive() }),
  regions: z.strictObject({ global: z.strictObject({ subscription: PriceSchema, requests: PriceSchema, cpuMs: PriceSchema }) }),
});
export type CloudflareWorkersFile = z.infer<typeof CloudflareWorkersFile>;

/** Workers prices: one global price list, whatever the scenario's (AWS) region. */
export function cloudflareWorkersPrices(meta: FileMeta, file: CloudflareWorkersFile): CloudflareWorkersPrices {
  const g = file.regions.global;
  return {
    meta,
    subscription: toPrice(meta, g.subscription),
    requests: toPrice(meta, g.requests),
    cpuMs: toPrice(meta, g.cpuMs),
    rules: { includedRequests: dec(file.rules.includedRequests), includedCpuMs: dec(file.rules.includedCpuMs), maxCpuMsPerRequest: file.rules.maxCpuMsPerRequest },
  };
}
