import { z } from 'zod/mini';
import type { FileMeta } from '../../engine';
import { FileHeaderSchema, PriceSchema, serviceFormat, toPrice, PositiveInt } from '../../pricing/common';
import { AWS_EVENTBRIDGE, EVENTBRIDGE_SERVICE } from './kind';
import type { EventBridgePrices } from './prices';

export const AwsEventBridgeFile = z.strictObject({
  ...FileHeaderSchema,
  service: z.literal(AWS_EVENTBRIDGE),
  rules: z.strictObject({ eventChunkKb: PositiveInt }),
  regions: z.record(z.string(), z.strictObject({ customEvents: PriceSchema })),
});
export type AwsEventBridgeFile = z.infer<typeof AwsEventBridgeFile>;

/** EventBridge prices of one region of a validated file. */
export function eventBridgePrices(
  meta: FileMeta,
  file: AwsEventBridgeFile,
  region: string,
): EventBridgePrices | undefined {
  const r = file.regions[region];
  if (!r) return undefined;
  return { meta, customEvents: toPrice(meta, r.customEvents), rules: file.rules };
}

/** How aws-eventbridge pricing files are validated and read. */
export const eventBridgePricingFile = serviceFormat({
  service: EVENTBRIDGE_SERVICE,
  name: 'Amazon EventBridge',
  schema: AwsEventBridgeFile,
  prices: eventBridgePrices,
});
