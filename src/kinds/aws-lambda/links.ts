import type { LinkKeys } from '../linkKeys';

/** Lambda's abbreviations in share links (append-only). */
export const LAMBDA_LINK_KEYS: LinkKeys = {
  kind: 'l',
  keys: {
    frontDoor: 'x',
    provisionedConcurrency: 'P',
    concurrency: 'N',
    hoursPerMonth: 'h',
    snapStart: 'j',
    restoreRate: 'jr',
    activeHoursPerMonth: 'jh',
    versions: 'jv',
  },
  values: { frontDoor: { none: 'n', 'http-api': 'h', 'rest-api': 'r' } },
};
