import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { buildFragment } from '../share/fragment';
import { openStartLink } from './startLink';
import { startPricer } from './startPricer';

const linked: Scenario = {
  ...DEFAULT_SCENARIO,
  workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: DEFAULT_SCENARIO.workload.requestsPerMonth * 10 },
};

describe('openStartLink (the link opened once for its first paint and for the app)', () => {
  it('gives the app the very result the first paint drew, already priced by the page’s one pricer', () => {
    const hash = `#${buildFragment(linked)}`;
    const painted = openStartLink(hash);
    expect(painted.fromLink).toBe(true);
    expect(openStartLink(hash)).toBe(painted);
    // The app prices the link's scenario through startPricer(): it finds this result, not a second pricing.
    expect(startPricer()(painted.scenario)).toBe(painted.priced);
    expect(startPricer()).toBe(startPricer());
  });

  it('opens another fragment anew, and a bad one as the app always has: defaults and a field-naming notice', () => {
    const good = openStartLink(`#${buildFragment(linked)}`);
    const bad = openStartLink('#s=v4.not-a-scenario');
    expect(bad).not.toBe(good);
    expect(bad.fromLink).toBe(false);
    expect(bad.scenario).toBe(DEFAULT_SCENARIO);
    expect(bad.notice?.problem).toMatch(/truncated|damaged|invalid/);
    const invalid = openStartLink(`#${buildFragment({ ...linked, workload: { ...linked.workload, memoryMb: -1 } })}`);
    expect(invalid.fromLink).toBe(false);
    expect(invalid.notice?.issues.map((i) => i.field)).toContain('workload.memoryMb');
  });
});
