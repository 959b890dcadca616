import type { Guide, Role } from './guideModel';
import { type Assessment, rankByReadiness } from '../browser/transitions';

const share = (a: Assessment) => a.met / a.core;

/** A starting point that is not a role, with the roles closest to it. */
export interface StartingPoint {
	id: string;
	name: string;
	/** The closest roles first: how many of each one's core requirements the background meets. */
	closest: { role: Role; met: number; core: number }[];
}

/**
 * For each background in the data (backend engineer, data analyst, …), the roles whose core
 * requirements it meets the largest share of, as the skill gap would rank them for someone who
 * ticked what that background usually has: the closest, and up to `count` in all of those within
 * `margin` of its share (a clear runner-up, not the next role whatever its distance).
 */
export function startingPoints(guide: Guide, count = 2, margin = 0.1): StartingPoint[] {
	return guide.backgrounds.map((background) => ({
		id: background.id,
		name: background.name,
		closest: rankByReadiness(
			background.has.map((h) => h.id),
			guide.plainRoles,
			guide.model,
		)
			.filter((a) => a.core > 0)
			.filter((a, _, ranked) => share(a) >= share(ranked[0]!) - margin)
			.slice(0, count)
			.map((a) => ({ role: guide.role(a.to), met: a.met, core: a.core })),
	}));
}
