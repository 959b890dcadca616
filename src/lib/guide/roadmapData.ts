import type { Guide } from './guideModel';
import { type Roadmap, buildRoadmap, coverage } from './roadmap';
import { startingPoints } from './startingPoints';
import type { HourRange } from '../browser/hours';

/** The roadmap of a role, from the guide's data: its declared phases, then its nice-to-haves. */
export function roleRoadmap(guide: Guide, roleId: string): Roadmap {
	return buildRoadmap(guide.plainRole(roleId), guide.role(roleId).roadmap, guide.model);
}

/**
 * For each starting point, the topics of a roadmap it covers fully or in part, with the hours still
 * to go on each: the data the roadmap page's script needs to personalise the list. Topics a starting
 * point does not touch are left out (they take their full hours). The role itself is not a starting point.
 */
export function startCoverage(guide: Guide, roadmap: Roadmap): Record<string, Record<string, { c: 'known' | 'partial'; h: HourRange }>> {
	return Object.fromEntries(
		startingPoints(guide)
			.filter((start) => start.id !== roadmap.role)
			.map((start) => {
				const covered = [...coverage(roadmap, start.has, guide.model)].filter(([, v]) => v.coverage !== 'new').map(([id, v]) => [id, { c: v.coverage as 'known' | 'partial', h: v.remaining }]);
				return [start.id, Object.fromEntries(covered)];
			}),
	);
}
