import { type Decimal, ZERO } from '../../engine/decimal';
import { type ProviderContext, requireService } from '../../engine/context';
import { type LineModel, flatTier } from '../../engine/lines';
import { affine } from '../../engine/piecewise';
import type { Price } from '../../engine/pricebook';
import { quantityText } from '../../engine/priceText';
import { type Derived, billed, deliveries, publishes } from './deliveries';
import { PROTOCOLS, type Protocol, SNS_SERVICE, type SnsComponent } from './kind';

/** A component's lines and notes: the contract's ComponentLines, which this pure file may not import. */
export type ModelLines = { readonly lines: LineModel[]; readonly notes: string[] };

const LABELS: Record<Protocol, string> = {
  lambda: 'SNS deliveries to Lambda',
  sqs: 'SNS deliveries to SQS',
  http: 'SNS HTTP/S deliveries',
  email: 'SNS email deliveries',
};

/**
 * An SNS topic's lines: publish requests after the free million, and one line per
 * delivery protocol used — Lambda and SQS at $0 (shown, so the fan-out is visible), HTTP/S and
 * email after their own free allowances; every 64 KB of a message counts once more in each. The
 * allowances count the whole account, hence the pools; all of them follow the free-tier switch.
 */
export function snsModel(ctx: ProviderContext, c: SnsComponent): ModelLines {
  const prices = requireService(ctx, SNS_SERVICE, `${ctx.path}.kind`);
  const free = ctx.options.freeTier;
  const region = ctx.book.region;
  const lines: LineModel[] = [];
  const notes: string[] = [];
  const pub = billed(publishes(c), c, prices.chunkKb);
  if (pub.perEntry.gt(0)) {
    const freeUnits = free ? prices.free.publishes : ZERO;
    lines.push(
      line(
        'sns-publishes',
        'SNS publish requests',
        'request',
        pub,
        prices.publishes,
        freeUnits,
        `aws-sns:publishes:${region}`,
      ),
    );
    notes.push(`SNS ${c.id}: ${pub.how} = ${pub.perEntry} publish requests per entry request.`);
  }
  for (const p of PROTOCOLS) {
    const d = billed(deliveries(c, p), c, prices.chunkKb);
    if (d.perEntry.lte(0)) continue;
    const allowance = p === 'http' || p === 'email' ? prices.free[p] : ZERO;
    const pool = allowance.gt(0) ? `aws-sns:deliveries:${p}:${region}` : undefined;
    lines.push(
      line(`sns-${p}-deliveries`, LABELS[p], 'notification', d, prices.deliveries[p], free ? allowance : ZERO, pool),
    );
    notes.push(`SNS ${c.id}: ${d.how} = ${d.perEntry} ${p} deliveries per entry request.`);
  }
  return { lines, notes };
}

function line(
  key: string,
  label: string,
  unit: string,
  v: Derived,
  price: Price,
  freeUnits: Decimal,
  pool: string | undefined,
): LineModel {
  return {
    kind: 'metered',
    key,
    label,
    unit,
    quantity: affine(0, v.perEntry),
    freeUnits,
    tiers: [flatTier(price)],
    describe: (r, q) => `${quantityText(r, 'entry request')} × ${v.how} = ${quantityText(q, unit)}`,
    ...(pool ? { pool } : {}),
  };
}
