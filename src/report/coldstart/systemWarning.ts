/** A warning on one alternative of the comparison (a system, or the architecture a function belongs to). */
export type SystemWarning = { readonly id: string; readonly label: string; readonly text: string };
