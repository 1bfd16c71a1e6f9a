import { VM_LINK_KEYS } from '../vm-common/links';

/** Compute Engine's abbreviations in share links: the VM kinds' (append-only). */
export const GCE_LINK_KEYS = VM_LINK_KEYS;
