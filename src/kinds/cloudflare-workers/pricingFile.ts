import { z } from 'zod/mini';
import { type FileMeta, dec } from '../../engine';
import { type CloudflareWorkersPrices } from './prices';
import {
  DecimalString,
  FileHeaderSchema,
  PriceSchema,
  toPrice,
  serviceFormat,
  PositiveInt,
} from '../../pricing/common';
import { CLOUDFLARE_WORKERS, WORKERS_SERVICE } from './kind';

export const CloudflareWorkersFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(CLOUDFLARE_WORKERS),
  rules: z.strictObject({
    includedRequests: DecimalString,
    includedCpuMs: DecimalString,
    maxCpuMsPerRequest: PositiveInt,
    maxCpuMsPerCronOrQueueInvocation: PositiveInt,
  }),
  regions: z.strictObject({
    global: z.strictObject({ subscription: PriceSchema, requests: PriceSchema, cpuMs: PriceSchema }),
  }),
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
    rules: {
      includedRequests: dec(file.rules.includedRequests),
      includedCpuMs: dec(file.rules.includedCpuMs),
      maxCpuMsPerRequest: file.rules.maxCpuMsPerRequest,
      maxCpuMsPerCronOrQueueInvocation: file.rules.maxCpuMsPerCronOrQueueInvocation,
    },
  };
}

// One file holds all of that cloud's regions; a system names its own, so the scenario's AWS region is ignored.
/** How cloudflare-workers pricing files are validated and read. */
export const workersPricingFile = serviceFormat({
  service: WORKERS_SERVICE,
  schema: CloudflareWorkersFile,
  prices: (meta, file) => cloudflareWorkersPrices(meta, file),
});
