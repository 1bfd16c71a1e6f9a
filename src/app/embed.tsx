import './zodConfig';
import '../embed/embed.css';
import { startHeightReporter } from '../embed/heightReporter';
import { mountEmbed } from '../embed/mount';
import { bundledPricing } from '../pricing/bundled';
import { priceTrustingDefault } from '../report/trustedDefault';
import { pageTitle } from '../share/titles';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

// No React here: the embed is a static view, and plain DOM keeps its bundle a third of the size.
const { store } = mountEmbed(rootElement, bundledPricing.catalog, window.location.hash, priceTrustingDefault);
window.addEventListener('hashchange', () => store.getState().open(window.location.hash));
// The tab (and a screen reader entering the frame) names the comparison, as the iframe's title does.
const retitle = () => (document.title = pageTitle(store.getState().scenario.name));
retitle();
store.subscribe(retitle);
if (window.parent !== window) startHeightReporter(rootElement);
