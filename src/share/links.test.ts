import { describe, expect, it } from 'vitest';
import { centsString } from '../engine';
import { createPricer } from '../report';
import { SCENARIO_SCHEMA_VERSION, parseScenario } from '../scenario';
import { ARCHITECTURE_TEMPLATES } from '../scenario/templates';
import { buildFragment } from './fragment';
import { testCatalog } from '../testing/catalog';
import frozen from './fixtures/links.json';
import { openLink } from './openLink';

type FrozenLink = {
  schema: number;
  title: string;
  fragment: string;
  pricingDate: string;
  totals: Record<string, string>;
  breakevens: { between: string[]; requestsPerMonth: string }[];
};
const links: FrozenLink[] = frozen.links;
const price = createPricer(testCatalog());

/** Links written by a newer schema than this code reads (added ahead of a merge) must be refused cleanly. */
const readable = links.filter((l) => l.schema <= SCENARIO_SCHEMA_VERSION);
const ahead = links.filter((l) => l.schema > SCENARIO_SCHEMA_VERSION);

describe('frozen share links keep opening with the same figures', () => {
  it.each(readable.map((l) => [l.title, l] as const))('%s', (_title, link) => {
    const opened = openLink(price, `#${link.fragment}`);
    expect(opened.notice).toBeNull();
    expect(opened.fromLink).toBe(true);
    if (!opened.priced.ok) throw new Error('a frozen link must price');
    const { book, analysis } = opened.priced;
    expect(book.pricingDate).toBe(link.pricingDate);
    expect(Object.fromEntries(analysis.estimates.map((e) => [e.id, centsString(e.monthlyUsd)]))).toEqual(link.totals);
    expect(
      analysis.breakevens.map((b) => ({
        between: b.between,
        requestsPerMonth: b.requestsPerMonth.toDecimalPlaces(0).toString(),
      })),
    ).toEqual(
      // Crossings are listed by traffic (stable: pairs in scenario order at one R); the figures are the frozen ones.
      [...link.breakevens].sort((x, y) => Number(x.requestsPerMonth) - Number(y.requestsPerMonth)),
    );
  });

  it.each(ahead.map((l) => [l.title, l] as const))(
    'refuses, naming its version, a link newer than this reader: %s',
    (_title, link) => {
      const opened = openLink(price, `#${link.fragment}`);
      expect(opened.fromLink).toBe(false);
      expect(opened.notice?.problem).toMatch(new RegExp(`format version ${link.schema}, which this app does not know`));
    },
  );

  it('holds at least one link written by every schema version, so migrations stay tested', () => {
    for (let v = 1; v <= SCENARIO_SCHEMA_VERSION; v++) {
      expect(
        links.some((l) => l.schema === v && l.fragment.startsWith(`s=v${v}.`)),
        `a frozen link of schema ${v}`,
      ).toBe(true);
    }
  });
});

describe('template links', () => {
  it.each(ARCHITECTURE_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: its link, pinned to a date, stays under 1,500 characters and reopens to the same scenario',
    (_id, t) => {
      const parsed = parseScenario({ ...(t.scenario as object), pricingDate: '2026-03-01' });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const fragment = buildFragment(parsed.scenario);
      expect(fragment.length).toBeLessThan(1500);
      const opened = openLink(price, `#${fragment}`);
      expect(opened.notice).toBeNull();
      expect(opened.priced.ok && opened.priced.scenario).toEqual(parsed.scenario);
    },
  );
});
