import { type ServiceKey, servicePrices } from '../../engine';
import { useDerived } from '../AppContext';

/**
 * A service's prices in the price book on screen, for editors' pickers and hints: what the
 * figures use, never a copy in code. Undefined before anything priced or when the book has none.
 */
export function useServicePrices<P>(service: ServiceKey<P>): P | undefined {
  const book = useDerived().shown?.book;
  return book ? servicePrices(book, service) : undefined;
}
