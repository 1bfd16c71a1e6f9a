import type { LinkKeys } from '../linkKeys';

/** Cloud Functions (1st gen): its one field, `region`, travels under the scenario's published key. */
export const CLOUD_FUNCTIONS_LINK_KEYS: LinkKeys = { keys: {} };
