import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { latestDate } from '../../pricing';
import { createPricer } from '../../report';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { pricesChangedSince } from '../../share/pricesChanged';
import { testCatalog } from '../../testing/catalog';
import { PricesChangedNotice } from './PricesChangedNotice';

const catalog = testCatalog();
const price = createPricer(catalog);
const noop = () => {};
/** 120 ms billed as 200 ms before 2020-12-01 (100 ms rounding), as 120 ms since: Lambda −35.7%. */
const pinned2020: Scenario = {
  ...DEFAULT_SCENARIO,
  pricingDate: '2020-11-30',
  workload: { ...DEFAULT_SCENARIO.workload, durationMs: 120 },
};

function changeOf(s: Scenario) {
  const p = price(s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return pricesChangedSince(p, price, latestDate(catalog));
}

describe('PricesChangedNotice', () => {
  it('says the date priced, what each changed total becomes at the latest prices, and offers to switch', () => {
    const html = renderToStaticMarkup(
      <PricesChangedNotice pinnedDate="2020-11-30" change={changeOf(pinned2020)} onSwitch={noop} />,
    );
    expect(html).toContain('data-testid="newer-prices"');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toMatch(
      /^Priced as of 2020-11-30 · the latest prices \(2026-03-01\) would change Lambda to \$1\.20 \(−35\.7%\), /,
    );
    expect(text).toContain('Lambda + HTTP API to $2.20 (−23.3%)');
    // $15.18 + 8 GB gp2 at $0.10 then; + one public IPv4 ($3.65, billed from 2024-02-01) and gp3 at $0.08 now.
    expect(text).toContain(', t3.small to $19.47 (+21.8%), ');
    expect(text).toMatch(/ and Fargate [^,]* to \$[\d.]+ \([+−][\d.]+%\) · Switch to prices as of 2026-03-01$/);
    expect(html).toContain('>Switch to prices as of 2026-03-01</button>');
  });

  it('says the newer prices change no total when none changes', () => {
    const html = renderToStaticMarkup(
      <PricesChangedNotice
        pinnedDate="2025-01-01"
        change={changeOf({ ...DEFAULT_SCENARIO, systems: [DEFAULT_SCENARIO.systems[2]!], pricingDate: '2025-01-01' })}
        onSwitch={noop}
      />,
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe(
      'Priced as of 2025-01-01 · the latest prices (2026-03-01) would not change any total · Switch to prices as of 2026-03-01',
    );
  });

  it('shows nothing for a scenario at the latest prices', () => {
    const change = changeOf({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' });
    expect(change).toEqual({ kind: 'current' });
    expect(renderToStaticMarkup(<PricesChangedNotice pinnedDate="2026-03-01" change={change} onSwitch={noop} />)).toBe(
      '',
    );
  });

  it('names the issues when the latest prices cannot price the scenario', () => {
    const html = renderToStaticMarkup(
      <PricesChangedNotice
        pinnedDate="2020-11-30"
        change={{ kind: 'unpriceable', latestDate: '2026-03-01', issues: [{ field: 'region', message: 'no prices' }] }}
        onSwitch={noop}
      />,
    );
    expect(html.replace(/<[^>]+>/g, '')).toBe(
      'Priced as of 2020-11-30 · the latest prices (2026-03-01) cannot price these systems: region: no prices.',
    );
  });
});
