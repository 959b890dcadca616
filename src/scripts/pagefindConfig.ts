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

import type { Answer } from '~/lib/browser/searchIntent';

let read: ((query: string) => string) | undefined;

/** The list of best answers in the dialog, between the search box and Pagefind's results. */
function answerBox(): HTMLElement | undefined {
	const form = document.querySelector<HTMLFormElement>('#starlight__search form');
	if (!form) return undefined;
	let box = form.querySelector<HTMLElement>('[data-search-answers]');
	if (!box) {
		box = Object.assign(document.createElement('div'), { className: 'search-answers' });
		box.dataset['searchAnswers'] = '';
		box.setAttribute('role', 'region');
		box.setAttribute('aria-label', 'Best answers');
		// Pagefind's UI adds its results drawer after the box; keep the box above it.
		new MutationObserver(() => {
			const drawer = form.querySelector('.pagefind-ui__drawer');
			if (drawer && box!.nextElementSibling !== drawer) form.insertBefore(box!, drawer);
		}).observe(form, { childList: true });
		form.insertBefore(box, form.querySelector('.pagefind-ui__drawer'));
		// A cleared search box clears the answers too: Pagefind does not ask us about an empty query.
		form.querySelector('input')?.addEventListener('input', (event) => {
			if (!(event.target as HTMLInputElement).value.trim()) box!.hidden = true;
		});
	}
	return box;
}

/** Shows the pages that answer the query best, or nothing. */
function showAnswers(answers: Answer[]) {
	const box = answerBox();
	if (!box) return;
	box.replaceChildren();
	box.hidden = answers.length === 0;
	if (answers.length === 0) return;
	const list = document.createElement('ul');
	for (const answer of answers) {
		const item = document.createElement('li');
		item.append(Object.assign(document.createElement('a'), { href: withBase(`/${answer.path}`), textContent: answer.label }));
		list.append(item);
	}
	box.append(Object.assign(document.createElement('p'), { textContent: answers.length === 1 ? 'Best answer' : 'Best answers' }), list);
}

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
	const [{ interpretQuery }, vocabulary] = await Promise.all([import('~/lib/browser/searchIntent'), fetch(withBase('/search-vocabulary.json')).then((r) => r.json()), addStylesheet(pagefindUiStyles)]);
	read = (query) => {
		const reading = interpretQuery(query, vocabulary);
		showAnswers(reading.answers);
		return reading.term;
	};
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
