import type { LinkKeys } from '../linkKeys';

/** Workers' fields travel under their full names (the kind came after the first links were published). */
export const WORKERS_LINK_KEYS: LinkKeys = { keys: {} };
