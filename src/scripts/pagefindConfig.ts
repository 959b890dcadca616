/**
 * The options Starlight's search dialog gives Pagefind's UI, in place of Starlight's own module
 * (`virtual:starlight/pagefind-config`, which can only hold JSON; see astro.config.mjs): the
 * ranking, and a `processTerm` that reads each query (`interpretQuery`): the pages that answer it
 * best are listed above Pagefind's results, which run on the query without its question words. The
 * vocabulary and the code that reads queries load when the browser is idle, as Pagefind's UI does,
 * so they cost a page nothing at first load; until then queries go as typed. Pagefind's UI
 * stylesheet comes with them (see src/integrations/lazyPagefindStyles.ts).
 */
import { withBase } from '~/lib/browser/paths';
import { searchRanking } from '~/lib/browser/searchRanking';
// A URL, not an import of the styles: Astro would add imported styles to every page's head.
import pagefindUiStyles from '~/styles/pagefindUi.css?url';

let read: ((query: string) => string) | undefined;

/** Adds a stylesheet to the page; resolves when it has loaded (or failed: the dialog still works unstyled). */
function addStylesheet(href: string): Promise<void> {
	return new Promise((resolve) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
}

async function load() {
	const [{ queryReader }, vocabulary] = await Promise.all([
		import('./searchReader'),
		fetch(withBase('/search-vocabulary.json')).then((r) => r.json()),
		addStylesheet(pagefindUiStyles),
	]);
	read = queryReader(vocabulary);
}

if (typeof window !== 'undefined') {
	const onIdle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
	onIdle(() => void load().catch(() => undefined));
}

/** Options for `new PagefindUI(...)`, spread in before Starlight's own. */
export const pagefindUserConfig = {
	ranking: searchRanking,
	processTerm: (query: string) => (read ? read(query) : query),
};
