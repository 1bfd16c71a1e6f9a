import type { LinkKeys } from '../linkKeys';

/** VM kinds of other clouds: only the keys shared with EC2 are abbreviated (append-only). */
export const VM_LINK_KEYS: LinkKeys = {
  keys: { count: 'u', minInstances: 'M', rpsPerInstance: 'R', hoursPerMonth: 'h', targetUtilization: 'U' },
};
