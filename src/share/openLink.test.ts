import { describe, expect, it } from 'vitest';
import { latestDate } from '../pricing';
import { createPricer, priceScenario } from '../report';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { embedCode, embedParams } from './embedOptions';
import { HEIGHT_LISTENER_SCRIPT, heightMessage, isHeightMessage } from './embedMessage';
import { buildFragment, parseFragment, shareUrl } from './fragment';
import { noticeText, openLink } from './openLink';
import { comparePrices, percentText, pricesChangedSentence, pricesChangedSince } from './pricesChanged';

const catalog = testCatalog();
const price = createPricer(catalog);
const latest = latestDate(catalog);

/** A scenario as the page has it on screen: priced at its own date. */
function pricedAt(s: Scenario) {
  const p = price(s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}

describe('openLink', () => {
  it('loads the defaults silently when there is no fragment, or only embed options', () => {
    for (const hash of ['', '#', '#view=chart&theme=dark']) {
      const o = openLink(price, hash);
      expect(o).toMatchObject({ scenario: DEFAULT_SCENARIO, notice: null, fromLink: false });
      expect(o.priced.ok).toBe(true);
    }
  });

  it('says so when a fragment carries data but no scenario', () => {
    expect(openLink(price, '#foo=bar').notice?.problem).toBe('the link has no scenario (no "s=" part)');
  });

  it('loads the defaults with a notice naming the field when a valid link cannot be priced', () => {
    const arm2019 = {
      ...DEFAULT_SCENARIO,
      pricingDate: '2019-12-03',
      workload: { ...DEFAULT_SCENARIO.workload, architecture: 'arm64' as const },
      // Only the Lambda systems: a system the date cannot price leaves the others priced, so every one must fail.
      systems: DEFAULT_SCENARIO.systems.filter((x) => x.kind === 'aws-lambda'),
    };
    const o = openLink(price, `#${buildFragment(arm2019)}`);
    expect(o.scenario).toEqual(DEFAULT_SCENARIO);
    expect(o.notice?.problem).toBe('the scenario in the link cannot be priced');
    expect(o.notice?.issues[0]?.message).toMatch(/arm64/);
    expect(noticeText(o.notice!)).toBe(
      'This link could not be opened: the scenario in the link cannot be priced. Showing the default comparison instead.',
    );
  });

  it('reads percent-encoded parameters and keeps the first of repeated ones', () => {
    expect([...parseFragment('#a=1&b=x%20y&a=2&c&d=%E0%A4%A')]).toEqual([
      ['a', '1'],
      ['b', 'x y'],
      ['c', ''],
      ['d', '%E0%A4%A'],
    ]);
    expect(shareUrl('https://x.test/app/index.html#old', DEFAULT_SCENARIO, { view: 'chart' })).toMatch(
      /^https:\/\/x\.test\/app\/index\.html#s=v\d+\.[\w-]+&view=chart$/,
    );
  });
});

describe('prices changed since', () => {
  it('gives the change per system at the latest prices: 120 ms billed as 200 ms before 2020-12-01', () => {
    const s = {
      ...DEFAULT_SCENARIO,
      pricingDate: '2020-11-30',
      workload: { ...DEFAULT_SCENARIO.workload, durationMs: 120 },
    };
    const c = pricesChangedSince(pricedAt(s), price, latest);
    if (c.kind !== 'changed') throw new Error(c.kind);
    // Lambda: $0.20 + 1M × 0.2 s × 0.5 GB × $0.0000166667 = $1.8667 then; with 0.12 s, $1.2000: −35.7%.
    // With the HTTP API ($1.00/M): $2.8667 → $2.2000, −23.26%. The servers gain what did not exist in
    // 2020: a public IPv4 charge (from 2024-02-01), and a gp3 root volume at $0.08 in place of gp2 at $0.10.
    expect(c.systems.find((x) => x.id === 'lambda')?.pinnedUsd.toFixed(4)).toBe('1.8667');
    expect(c.systems.find((x) => x.id === 'lambda')?.latestUsd.toFixed(4)).toBe('1.2000');
    expect(pricesChangedSentence(c)).toBe(
      // Before 2024-02-01 a public IPv4 address was free, and before gp3 (2020-12-01) the root volume was gp2.
      'With prices as of 2026-03-01: Lambda −35.7%, Lambda + HTTP API −23.3%, t3.small +21.8%, t3.small (min 2) + ALB +14.4%, Fargate 0.5 vCPU / 1 GB +20.3%.',
    );
    expect(c.anyChange).toBe(true);
  });

  it('is quiet for unpinned and latest-date scenarios', () => {
    expect(pricesChangedSince(pricedAt(DEFAULT_SCENARIO), price, latest)).toEqual({ kind: 'current' });
    expect(pricesChangedSince(pricedAt({ ...DEFAULT_SCENARIO, pricingDate: '2030-01-01' }), price, latest)).toEqual({
      kind: 'current',
    });
  });

  it('prices the scenario once more, at the latest date, and a quiet scenario not at all', () => {
    const dates: unknown[] = [];
    const counted = createPricer(
      catalog,
      (c, raw) => (dates.push((raw as Scenario).pricingDate), priceScenario(c, raw)),
    );
    const pinned = counted({ ...DEFAULT_SCENARIO, pricingDate: '2020-11-30' });
    if (!pinned.ok) throw new Error('must price');
    pricesChangedSince(pinned, counted, latest);
    const current = counted(DEFAULT_SCENARIO);
    if (!current.ok) throw new Error('must price');
    pricesChangedSince(current, counted, latest);
    expect(dates).toEqual(['2020-11-30', latest, undefined]);
  });

  it('says when the latest prices cannot price the scenario, naming the field', () => {
    const pinned = pricedAt({ ...DEFAULT_SCENARIO, pricingDate: '2020-11-30' });
    const c = comparePrices(
      pinned,
      { ok: false, issues: [{ field: 'systems[0].kind', message: 'not sold any more' }] },
      latest,
    );
    expect(c).toEqual({
      kind: 'unpriceable',
      latestDate: latest,
      issues: [{ field: 'systems[0].kind', message: 'not sold any more' }],
    });
  });

  it('formats percentages with a sign, one decimal, and no false zero', () => {
    expect([2.14, -0.04, 0, 0.0001, null].map(percentText)).toEqual(['+2.1%', '−<0.1%', '±0%', '+<0.1%', 'n/a']);
  });
});

describe('embed code and messages', () => {
  it('writes an iframe pointing at embed.html next to the app, options in the fragment, attributes escaped', () => {
    const code = embedCode(
      'https://x.test/tools/index.html#s=old',
      { ...DEFAULT_SCENARIO, name: 'A "quoted" <name>' },
      { view: 'chart', theme: 'dark' },
    );
    expect(code).toMatch(
      /^<iframe src="https:\/\/x\.test\/tools\/embed\.html#s=v\d+\.[\w-]+&amp;view=chart&amp;theme=dark" title="A &quot;quoted&quot; &lt;name&gt; · Serverless Breakeven" width="100%" height="\d+" style="border:0;display:block" loading="lazy"><\/iframe>\n<script>[^<]*<\/script>$/,
    );
    expect(embedParams({ view: 'both', theme: 'auto' })).toEqual({});
  });

  it('recognises only well-formed height messages of version 1', () => {
    expect(heightMessage(412.2)).toEqual({ type: 'serverless-breakeven:height', version: 1, height: 413 });
    expect(isHeightMessage(heightMessage(300))).toBe(true);
    for (const bad of [
      null,
      'x',
      { type: 'serverless-breakeven:height', version: 2, height: 1 },
      { type: 'serverless-breakeven:height', version: 1, height: Number.NaN },
    ]) {
      expect(isHeightMessage(bad)).toBe(false);
    }
  });
});

describe('the height listener pasted with the embed code', () => {
  /** Runs the script's body against a fake host page with two iframes; returns their heights after `data` arrives from `from`. */
  function deliver(data: unknown, from: 'first' | 'second' | 'elsewhere'): string[] {
    const frames = [
      { contentWindow: {}, style: { height: '' } },
      { contentWindow: {}, style: { height: '' } },
    ];
    let listener: ((e: { data: unknown; source: unknown }) => void) | null = null;
    const body = HEIGHT_LISTENER_SCRIPT.replace(/^<script>/, '').replace(/<\/script>$/, '');
    new Function('addEventListener', 'document', body)(
      (type: string, f: typeof listener) => type === 'message' && (listener = f),
      { getElementsByTagName: () => frames },
    );
    const source = from === 'first' ? frames[0]!.contentWindow : from === 'second' ? frames[1]!.contentWindow : {};
    listener!({ data, source });
    return frames.map((f) => f.style.height);
  }

  it('sets the height of the iframe that sent a height message, and only that one', () => {
    expect(deliver(heightMessage(1034.2), 'second')).toEqual(['', '1035px']);
    expect(deliver(heightMessage(500), 'elsewhere')).toEqual(['', '']);
  });

  it('ignores anything that is not a sane height message of version 1', () => {
    for (const data of [
      null,
      'x',
      { type: 'serverless-breakeven:height', version: 2, height: 500 },
      { type: 'other', version: 1, height: 500 },
      { type: 'serverless-breakeven:height', version: 1, height: 1e9 },
      { type: 'serverless-breakeven:height', version: 1, height: '500' },
    ])
      expect(deliver(data, 'first')).toEqual(['', '']);
  });
});
