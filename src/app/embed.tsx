import './zodConfig';
import '../embed/embed.css';
import { startHeightReporter } from '../embed/heightReporter';
import { mountEmbed } from '../embed/mount';
import { bundledPricing } from '../pricing/bundled';

const rootElement = document.getElementById('root');
if (rootElement === null) throw new Error('Missing #root element');

// No React here: the embed is a static view, and plain DOM keeps its bundle a third of the size.
const { store } = mountEmbed(rootElement, bundledPricing.catalog, window.location.hash);
window.addEventListener('hashchange', () => store.getState().open(window.location.hash));
if (window.parent !== window) startHeightReporter(rootElement);
