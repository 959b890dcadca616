/**
 * The comparison picker: two chosen roles lead straight to their comparison page, in whichever
 * order they were picked (the reversed address redirects to the one page). Without it, the page
 * lists every pair.
 */
import { sitePaths, withBase } from '~/lib/browser/paths';
import { pairSlug } from '~/lib/browser/paths';

const form = document.querySelector<HTMLFormElement>('[data-pair-picker]');
form?.addEventListener('submit', (event) => {
	event.preventDefault();
	const data = new FormData(form);
	const a = String(data.get('a'));
	const b = String(data.get('b'));
	const status = form.querySelector('[role="status"]');
	if (a === b) {
		if (status) status.textContent = 'Pick two different roles.';
		return;
	}
	window.location.assign(withBase(sitePaths.pair(pairSlug(a, b))));
});
