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
    targetUtilization: 'U',
    // Scenario schema 3: the charges around a server (the keys EC2 publishes for the same fields).
    publicIpv4: 'J',
    azs: 'A',
    albPublicIpv4: 'E',
    albRules: 'W',
    natGateways: 'S',
    natKbPerRequest: 'V',
  },
  values: { loadBalancer: { none: 'n', alb: 'a' } },
};
