/**
 * The best answers in the search dialog: a short list, between the search box and Pagefind's
 * results, of the pages `interpretQuery` reads a query as asking for. Loaded with the search code
 * when the browser is idle, so it costs a page nothing at first load.
 */
import { withBase } from '~/lib/browser/paths';
import type { Answer } from '~/lib/browser/searchIntent';

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
export function showAnswers(answers: Answer[]) {
	const box = answerBox();
	if (!box) return;
	box.replaceChildren();
	box.hidden = answers.length === 0;
	if (answers.length === 0) return;
	const list = document.createElement('ul');
	for (const answer of answers) {
		const item = document.createElement('li');
		item.append(
			Object.assign(document.createElement('a'), {
				href: withBase(`/${answer.path}`),
				textContent: answer.label,
			}),
		);
		list.append(item);
	}
	box.append(
		Object.assign(document.createElement('p'), {
			textContent: answers.length === 1 ? 'Best answer' : 'Best answers',
		}),
		list,
	);
}
