import { DEFAULT_SCENARIO, type Scenario } from '../scenario';

/**
 * The default comparison with its servers pinned as version 2 priced them (one t3.small, two behind
 * an ALB, one Fargate task; no public IPv4 or EBS): the brief's figures, Lambda against t3.small at 8,134,271 requests/month.
 * Tests of sentences and outputs use it where they need a known Lambda–server crossing.
 */
export const PINNED_DEFAULT: Scenario = {
  ...DEFAULT_SCENARIO,
  systems: DEFAULT_SCENARIO.systems.map((s) => {
    // Version 2 billed no public IPv4 and no EBS around its servers either.
    if (s.id === 't3-small') return { ...s, count: 1, publicIpv4: 0, ebsGb: 0 };
    if (s.id === 't3-small-alb')
      return { ...s, name: '2 × t3.small + ALB', count: 2, publicIpv4: 0, ebsGb: 0, albPublicIpv4: 0 };
    if (s.id === 'fargate') return { ...s, tasks: 1, publicIpv4: 0 };
    return s;
  }) as Scenario['systems'],
};
