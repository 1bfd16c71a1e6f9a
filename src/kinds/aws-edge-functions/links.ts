import type { LinkKeys } from '../linkKeys';

/** Edge functions: `runtime` travels under its full name (no short key yet; keys are append-only). */
export const EDGE_FUNCTIONS_LINK_KEYS: LinkKeys = { keys: {} };
