import { centsString, formatUsd } from '../../engine';
import { csvCell, escapeMd } from '../textReport';
import type { Checklist, ChecklistItem } from './checklist';

/** The checklist as plain JSON: money as decimal strings (cents, and exact twins). */
export function checklistJson(list: Checklist) {
  return { items: list.items.map(itemJson), alreadyOptimal: list.optimal.map(itemJson) };
}

function itemJson(i: ChecklistItem) {
  return {
    id: i.id,
    action: i.action,
    alternativeId: i.alternativeId,
    alternativeName: i.alternativeName,
    ...(i.componentId !== undefined ? { componentId: i.componentId } : {}),
    title: i.title,
    change: i.change,
    assumption: i.assumption,
    monthlyUsdBefore: centsString(i.beforeUsd),
    monthlyUsdAfter: centsString(i.afterUsd),
    monthlySavingUsd: centsString(i.savingUsd),
    monthlySavingUsdExact: i.savingUsd.toString(),
  };
}

const where = (i: ChecklistItem) => `${i.alternativeName}${i.componentId !== undefined ? ` › ${i.componentId}` : ''}`;

/** The terminal table: one numbered item per line, its saving first, then its assumption. */
export function checklistTable(list: Checklist): string {
  const out = ['Optimisation checklist, by monthly saving:'];
  if (list.items.length === 0)
    out.push('  nothing to save: every optimisation checked is already in place or costs more');
  list.items.forEach((i, k) => {
    out.push(`${String(k + 1).padStart(3)}. ${formatUsd(i.savingUsd)}/month  ${where(i)}: ${i.title} (${i.change})`);
    out.push(`       ${formatUsd(i.beforeUsd)} → ${formatUsd(i.afterUsd)}; assumes: ${i.assumption}`);
  });
  if (list.optimal.length > 0) {
    out.push('', 'Already optimal (no saving):');
    for (const i of list.optimal) out.push(`  ${where(i)}: ${i.title} (${i.change})`);
  }
  return `${out.join('\n')}\n`;
}

/** A Markdown table, largest saving first, and the items already optimal. */
export function checklistMarkdown(list: Checklist): string {
  const out = ['| # | Saving/month | Where | Change | Before → after | Assumption |', '|---:|---:|---|---|---|---|'];
  list.items.forEach((i, k) =>
    out.push(
      `| ${k + 1} | ${formatUsd(i.savingUsd)} | ${escapeMd(where(i))} | ${escapeMd(`${i.title} (${i.change})`)} | ${formatUsd(i.beforeUsd)} → ${formatUsd(i.afterUsd)} | ${escapeMd(i.assumption)} |`,
    ),
  );
  if (list.optimal.length > 0)
    out.push('', `Already optimal: ${escapeMd(list.optimal.map((i) => `${where(i)}: ${i.title}`).join('; '))}.`);
  return `${out.join('\n')}\n`;
}

/** CSV: one row per item (already optimal ones flagged), money as decimal strings. */
export function checklistCsv(list: Checklist): string {
  const head = [
    'id',
    'action',
    'system_id',
    'system',
    'component_id',
    'change',
    'usd_before',
    'usd_after',
    'saving_usd',
  ];
  const rows = [[...head, 'saving_usd_exact', 'status', 'assumption']];
  const row = (i: ChecklistItem, status: string) => [
    i.id,
    i.action,
    i.alternativeId,
    i.alternativeName,
    i.componentId ?? '',
    i.change,
    centsString(i.beforeUsd),
    centsString(i.afterUsd),
    centsString(i.savingUsd),
    i.savingUsd.toString(),
    status,
    i.assumption,
  ];
  for (const i of list.items) rows.push(row(i, 'saves'));
  for (const i of list.optimal) rows.push(row(i, 'already optimal'));
  return `${rows.map((r) => r.map((c, k) => csvCell(c, k >= 6 && k <= 9)).join(',')).join('\n')}\n`;
}
