/**
 * What a starting point changes on a roadmap besides the hours left: each topic it likely covers is
 * marked in the list and dashed on the map, and a start from another role links the page comparing
 * the two. Loaded with what the starting points cover, when a reader first has one.
 */
import type { HourRange } from '~/lib/browser/hours';
import { pairPath } from '~/lib/browser/pathUrl';

/** What each starting point covers, by topic, with the hours still to go (see `startCoverage`). */
export type Coverage = Record<string, Record<string, { c: 'known' | 'partial'; h: HourRange }>>;

/**
 * Marks the page for the starting point picked in `select` (none clears the marks): `covered` is
 * what it covers, `ticked` the topics ticked, which the map shows as ticked rather than as known.
 */
export function markStart(
	form: HTMLFormElement,
	select: HTMLSelectElement,
	covered: Coverage[string],
	ticked: readonly string[],
): void {
	// Starting from another role, the next step includes the page comparing the two.
	const fromRole = select.selectedOptions[0]?.dataset['order'];
	const pairLink = document.querySelector<HTMLElement>('[data-roadmap-pair]');
	if (pairLink && form.dataset['role']) {
		pairLink.hidden = fromRole === undefined;
		const link = pairLink.querySelector('a');
		if (link && fromRole !== undefined)
			link.href = pairPath(
				{ id: select.value, order: Number(fromRole) },
				{ id: form.dataset['role'], order: Number(form.dataset['roleOrder']) },
			);
	}
	for (const topic of document.querySelectorAll<HTMLElement>('[data-topic]')) {
		const id = topic.dataset['topic'] ?? '';
		const known = covered[id];
		let mark = topic.querySelector<HTMLElement>('[data-known]');
		if (known && !mark) {
			mark = Object.assign(document.createElement('span'), { className: 'roadmap-known' });
			mark.dataset['known'] = '';
			topic.firstElementChild?.append(mark);
		}
		if (mark) {
			mark.hidden = !known;
			mark.textContent = known
				? known.c === 'known'
					? 'You likely know this'
					: 'You likely know part of this'
				: '';
		}
		topic.classList.toggle('roadmap-topic-known', known?.c === 'known');
		document
			.querySelector(`[data-chip="${id}"]`)
			?.classList.toggle('is-known', !ticked.includes(id) && known?.c === 'known');
	}
}
