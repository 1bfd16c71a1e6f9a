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
  },
  values: { loadBalancer: { none: 'n', alb: 'a' } },
};
