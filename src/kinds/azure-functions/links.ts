import type { LinkKeys } from '../linkKeys';

/** Azure Functions: only the keys shared with earlier kinds are abbreviated (append-only). */
export const AZURE_FUNCTIONS_LINK_KEYS: LinkKeys = { keys: { concurrency: 'N' } };
