import type { FileMeta, Price } from '../../engine';

/** EventBridge prices: custom events published, and the payload chunk each counts per. */
export type EventBridgePrices = {
  readonly meta: FileMeta;
  readonly customEvents: Price;
  readonly rules: { readonly eventChunkKb: number };
};
