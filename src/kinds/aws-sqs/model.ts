import { ZERO } from '../../engine/decimal';
import { type ProviderContext, requireService } from '../../engine/context';
import type { LineModel } from '../../engine/lines';
import { affine } from '../../engine/piecewise';
import { quantityText } from '../../engine/priceText';
import { type SqsComponent, SQS_SERVICE } from './kind';
import { sqsRequests } from './requests';

/** A component's lines and notes: the contract's ComponentLines, which this pure file may not import. */
export type ModelLines = { readonly lines: LineModel[]; readonly notes: string[] };

/**
 * An SQS queue's one line: its API requests, in proportion to the entry requests, through the
 * queue type's monthly tiers after the perpetual free million (free-tier switch). Tiers and the
 * free allowance count the whole account, hence the pool per queue type and region.
 */
export function sqsModel(ctx: ProviderContext, c: SqsComponent): ModelLines {
  const prices = requireService(ctx, SQS_SERVICE, `${ctx.path}.kind`);
  const req = sqsRequests(c, prices.chunkKb);
  if (req.perEntry.lte(0)) return { lines: [], notes: [] };
  return {
    lines: [
      {
        kind: 'metered',
        key: 'sqs-requests',
        label: `SQS ${c.queue === 'fifo' ? 'FIFO' : 'standard'} queue requests`,
        unit: 'request',
        quantity: affine(0, req.perEntry),
        freeUnits: ctx.options.freeTier ? prices.freeRequests : ZERO,
        tiers: prices.requests[c.queue],
        describe: (r, q) => `${quantityText(r, 'entry request')} × ${req.how} = ${quantityText(q, 'request')}`,
        pool: `aws-sqs:requests:${c.queue}:${ctx.book.region}`,
        // Standard and FIFO are priced apart but share the account's free million.
        freePool: `aws-sqs:free-requests:${ctx.book.region}`,
      },
    ],
    notes: [`SQS ${c.id}: per entry request ${req.how} = ${req.perEntry} requests.`],
  };
}
