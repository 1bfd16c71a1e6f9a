import type { LinkKeys } from '../linkKeys';

/** Fargate's abbreviations in share links (append-only). */
export const FARGATE_LINK_KEYS: LinkKeys = {
  kind: 'f',
  keys: {
    vcpu: 'v',
    memoryGb: 'G',
    tasks: 'T',
    minTasks: 'K',
    rpsPerTask: 'Q',
    hoursPerMonth: 'h',
    loadBalancer: 'b',
    // Scenario schema 3: the charges around a server (the keys EC2 publishes for the same fields).
    publicIpv4: 'J',
    azs: 'Z',
    albPublicIpv4: 'Y',
    albRules: 'W',
    natGateways: 'S',
    natKbPerRequest: 'U',
  },
  values: { loadBalancer: { none: 'n', alb: 'a' } },
};
