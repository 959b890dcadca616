/**
 * A shared link on a roadmap whose progress differs from the reader's own: the page shows the link's
 * ticks as a preview, and this asks whether to keep the reader's, merge the two or replace theirs.
 * Loaded only when such a link is opened, so that the roadmap's first load carries none of it.
 */
import type { PlanSettings } from '~/lib/browser/planStore';
import { ticksIn } from '~/lib/browser/ticks';
import { askAboutLink } from './linkChoice';
import type { Settle } from './roadmap';

/**
 * Asks, then settles the page on the reader's choice. `counts` are how many ticks the reader's own
 * progress and the link's give this page; `saved` and `linked` are the stored and linked ticks as text.
 */
export async function previewLink(
	notice: HTMLElement,
	settle: Settle,
	counts: readonly [number, number],
	saved: readonly string[],
	savedPlan: PlanSettings,
	linked: readonly string[],
): Promise<void> {
	const choice = await askAboutLink(notice, ...counts);
	if (choice === 'keep') {
		history.replaceState(history.state, '', location.pathname + location.hash);
		return settle(
			ticksIn(saved),
			savedPlan,
			false,
			'Kept your own progress; the link was not saved.',
		);
	}
	if (choice === 'merge')
		return settle(
			ticksIn([...saved, ...linked]),
			undefined,
			true,
			'Merged: your progress and the link’s together, saved in this browser.',
		);
	settle(
		ticksIn(linked),
		undefined,
		true,
		'Your progress on this roadmap was replaced by the link’s, and saved.',
	);
}
