import { ZERO, dec } from '../../engine/decimal';
import { type ProviderContext, requireService } from '../../engine/context';
import { type LineModel, flatTier } from '../../engine/lines';
import { affine, constant } from '../../engine/piecewise';
import type { Price } from '../../engine/pricebook';
import { quantityText } from '../../engine/priceText';
import { type S3Component, S3_SERVICE } from './kind';

/** A component's lines and notes: the contract's ComponentLines, which this pure file may not import. */
export type ModelLines = { readonly lines: LineModel[]; readonly notes: string[] };

/**
 * An S3 bucket's lines: its two request classes, each proportional to the entry requests, and its
 * Standard storage, a constant priced through the storage tiers. The tiers count every bucket of
 * the account in the region, hence the storage pool. No free allowance: S3's was a 12-month one
 * for new accounts (credits since 2025-07-15), which the engine's perpetual free-tier switch does
 * not cover.
 */
export function s3Model(ctx: ProviderContext, c: S3Component): ModelLines {
  const prices = requireService(ctx, S3_SERVICE, `${ctx.path}.kind`);
  const lines: LineModel[] = [];
  if (c.perRequest.puts > 0)
    lines.push(requestLine('s3-puts', 'S3 PUT, COPY, POST, LIST requests', c.perRequest.puts, prices.puts));
  if (c.perRequest.gets > 0)
    lines.push(requestLine('s3-gets', 'S3 GET, SELECT requests', c.perRequest.gets, prices.gets));
  if (c.storageGb > 0) {
    lines.push({
      kind: 'metered',
      key: 's3-storage',
      label: 'S3 Standard storage',
      unit: 'GB-month',
      quantity: constant(c.storageGb),
      freeUnits: ZERO,
      tiers: prices.storage,
      describe: (_r, q) => `${quantityText(q, 'GB-month')} held (tiers count 1 TB as 1,024 GB)`,
      pool: `aws-s3:storage:standard:${ctx.book.region}`,
    });
  }
  return { lines, notes: ['S3: no free tier applied (the 12-month allowance for new accounts is not perpetual).'] };
}

function requestLine(key: string, label: string, perEntry: number, price: Price): LineModel {
  return {
    kind: 'metered',
    key,
    label,
    unit: 'request',
    quantity: affine(0, dec(perEntry)),
    freeUnits: ZERO,
    tiers: [flatTier(price)],
    describe: (r, q) => `${quantityText(r, 'entry request')} × ${perEntry} = ${quantityText(q, 'request')}`,
  };
}
