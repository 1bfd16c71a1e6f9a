/**
 * Prints a frozen-link entry for src/share/fixtures/links.json from a scenario file, written by the
 * current code (so by the current schema version): `npx tsx scripts/freeze-link.ts scenario.json "title"`.
 * Check the printed totals by hand (or against a golden) before freezing them; never regenerate
 * existing entries — they are what old links must keep showing.
 */
import { readFileSync } from 'node:fs';
import { centsString } from '../src/engine';
import { priceScenario } from '../src/report';
import { buildFragment } from '../src/share/fragment';
import { testCatalog } from '../src/testing/catalog';

const [file, title] = process.argv.slice(2);
if (!file || !title) {
  process.stderr.write('usage: npx tsx scripts/freeze-link.ts <scenario.json> "<title>"\n');
  process.exit(2);
}
const priced = priceScenario(testCatalog(), JSON.parse(readFileSync(file, 'utf8')) as unknown);
if (!priced.ok) {
  process.stderr.write(`${JSON.stringify(priced.issues, null, 2)}\n`);
  process.exit(2);
}
const { scenario, book, analysis } = priced;
const entry = {
  schema: scenario.schema,
  title,
  fragment: buildFragment({ ...scenario, pricingDate: book.pricingDate }),
  pricingDate: book.pricingDate,
  totals: Object.fromEntries(analysis.estimates.map((e) => [e.id, centsString(e.monthlyUsd)])),
  breakevens: analysis.breakevens.map((b) => ({
    between: b.between,
    requestsPerMonth: b.requestsPerMonth.toDecimalPlaces(0).toString(),
  })),
};
process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
