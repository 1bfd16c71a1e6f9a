import type { LinkKeys } from '../linkKeys';

/** EC2's abbreviations in share links (append-only). */
export const EC2_LINK_KEYS: LinkKeys = {
  kind: 'e',
  keys: {
    instanceType: 't',
    count: 'u',
    minInstances: 'M',
    rpsPerInstance: 'R',
    hoursPerMonth: 'h',
    loadBalancer: 'b',
    // Scenario schema 3: the charges around a server.
    publicIpv4: 'J',
    ebsGb: 'L',
    azs: 'Z',
    albPublicIpv4: 'Y',
    albRules: 'W',
    natGateways: 'S',
    natKbPerRequest: 'U',
  },
  values: { loadBalancer: { none: 'n', alb: 'a' } },
};
