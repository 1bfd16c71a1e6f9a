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
    targetUtilization: 'U',
    // Scenario schema 3: the charges around a server.
    publicIpv4: 'J',
    ebsGb: 'L',
    azs: 'A',
    albPublicIpv4: 'E',
    albRules: 'W',
    natGateways: 'S',
    natKbPerRequest: 'V',
  },
  values: { loadBalancer: { none: 'n', alb: 'a' } },
};
