import type { LinkKeys } from '../linkKeys';

/** DigitalOcean Functions has no fields of its own to abbreviate (its kind travels under its full id). */
export const DO_FUNCTIONS_LINK_KEYS: LinkKeys = { keys: {} };
