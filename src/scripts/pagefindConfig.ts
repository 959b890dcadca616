/**
 * The options Starlight's search dialog gives Pagefind's UI, in place of Starlight's own module
 * (`virtual:starlight/pagefind-config`, which can only hold JSON; see astro.config.mjs): the
 * ranking, and a `processTerm` that reads a query as a question about one page where it is one
 * (`interpretQuery`). The vocabulary and the code that reads queries load when the browser is idle,
 * as Pagefind's UI does, so they cost a page nothing at first load; until then queries go as typed.
 */
import { withBase } from '~/lib/browser/paths';
import { searchRanking } from '~/lib/browser/searchRanking';

let read: ((query: string) => string) | undefined;

async function load() {
	const [{ interpretQuery }, vocabulary] = await Promise.all([import('~/lib/browser/searchIntent'), fetch(withBase('/search-vocabulary.json')).then((r) => r.json())]);
	read = (query) => interpretQuery(query, vocabulary).term;
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
