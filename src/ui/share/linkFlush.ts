import { createContext, useCallback, useContext } from 'react';

/** A slot the (lazily loaded) link sync fills with its flush, for "Copy link" to call first. */
export type FlushSlot = { current: () => void };

export const LinkFlushContext = createContext<FlushSlot>({ current: () => {} });

/** Writes any pending address-bar update now (before a link is copied). */
export function useFlushLink(): () => void {
  const slot = useContext(LinkFlushContext);
  return useCallback(() => slot.current(), [slot]);
}
