/**
 * The skill gap's script: fetches the page's data (`gap.json`, built beside the page; the form names
 * it) and the form's code together, then brings the form to life (see `skillGapForm.ts`). Without
 * them, when scripts do not run or the fetch fails, the page lists what every role needs.
 */
import type { GapData } from '~/lib/browser/skillGap';

const source = document.querySelector<HTMLElement>('[data-gap-form]')?.dataset['gapForm'];
if (source) {
	const data = fetch(source).then((response) =>
		response.ok
			? (response.json() as Promise<GapData>)
			: Promise.reject(new Error(`${response.status}`)),
	);
	void Promise.all([data, import('./skillGapForm')])
		.then(([gap, { startSkillGap }]) => startSkillGap(gap))
		.catch(() => undefined);
}
