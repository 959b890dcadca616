import type { Guide } from './guideModel';
import { type Roadmap, buildRoadmap, coverage } from './roadmap';
import type { HourRange } from '../browser/hours';
import type { Level } from '../browser/transitions';

/** A place a reader can start a roadmap from: one of the guide's roles, or a background that is not a role. */
export interface StartingPoint {
	id: string;
	name: string;
	/** What someone starting here usually has. */
	has: { id: string; level?: Level | undefined }[];
}

/** The roadmap of a role, from the guide's data. */
export function roleRoadmap(guide: Guide, roleId: string): Roadmap {
	return buildRoadmap(guide.plainRole(roleId), guide.model);
}

/**
 * Every starting point: the core roles (what someone in the role has: its must-haves and
 * often-asked-fors, at their levels) and then the backgrounds that are not roles.
 */
export function startingPoints(guide: Guide): StartingPoint[] {
	const roles = guide.roles
		.filter((r) => r.tier === 'core')
		.map((r) => ({
			id: r.id,
			name: r.name,
			has: [...r.skills, ...r.tools].filter((q) => q.importance !== 'plus').map(({ id, level }) => ({ id, level })),
		}));
	return [...roles, ...guide.backgrounds.map((b) => ({ id: b.id, name: b.name, has: b.has }))];
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
