import { VM_LINK_KEYS } from '../vm-common/links';

/** Azure VM's abbreviations in share links: the VM kinds' (append-only). */
export const AZURE_VM_LINK_KEYS = VM_LINK_KEYS;
