import { type Decimal, dec } from '../../engine/decimal';
import type { DynamoDbComponent } from './kind';

/** KB one write request unit covers, and one read request unit (strongly consistent). */
const WRITE_UNIT_KB = 1;
const READ_UNIT_KB = 4;

/** Request units per entry request in one direction, and how they were found (for the trace and notes). */
export type DerivedUnits = { readonly perEntry: Decimal; readonly how: string };

/** Write units an item write costs: one per started KB (a 1.5 KB item costs 2). */
export function writeUnitsPerItem(itemKb: number): Decimal {
  return dec(itemKb).div(WRITE_UNIT_KB).ceil();
}

/** Read units an item read costs: one per started 4 KB when strongly consistent, half that when eventual. */
export function readUnitsPerItem(itemKb: number, consistency: 'eventual' | 'strong'): Decimal {
  const strong = dec(itemKb).div(READ_UNIT_KB).ceil();
  return consistency === 'strong' ? strong : strong.div(2);
}

/** Write units per entry request: given outright, or items × units per item. */
export function writeUnits(c: DynamoDbComponent): DerivedUnits {
  if (c.perRequest.writeUnits !== null) return { perEntry: dec(c.perRequest.writeUnits), how: 'write units as given' };
  const per = writeUnitsPerItem(c.itemKb);
  const items = c.perRequest.writes ?? 0;
  return { perEntry: per.times(items), how: `${items} writes × ${per} WRU (${c.itemKb} KB items, 1 WRU per KB)` };
}

/** Read units per entry request: given outright, or items × units per item at the table's consistency. */
export function readUnits(c: DynamoDbComponent): DerivedUnits {
  if (c.perRequest.readUnits !== null) return { perEntry: dec(c.perRequest.readUnits), how: 'read units as given' };
  const per = readUnitsPerItem(c.itemKb, c.consistency);
  const items = c.perRequest.reads ?? 0;
  const rule =
    c.consistency === 'strong' ? '1 RRU per 4 KB, strongly consistent' : '½ RRU per 4 KB, eventually consistent';
  return { perEntry: per.times(items), how: `${items} reads × ${per} RRU (${c.itemKb} KB items, ${rule})` };
}

/** Stream records per entry request: one per item written (items inferred from write units when only they are given). */
export function streamRecords(c: DynamoDbComponent): number {
  if (!c.streams) return 0;
  if (c.perRequest.writes !== null) return c.perRequest.writes;
  return dec(c.perRequest.writeUnits ?? 0)
    .div(writeUnitsPerItem(c.itemKb))
    .toNumber();
}
