import type { Guide } from '../guideModel';
import { type Roadmap, buildRoadmap, coverage } from '../roadmap';
import { startingPoints } from './startingPoints';
import type { HourRange } from '../../browser/hours';
import { conceptTick } from '../../browser/ticks';

/** The roadmap of a role, from the guide's data: its declared phases, then its nice-to-haves. */
export function roleRoadmap(guide: Guide, roleId: string): Roadmap {
	return buildRoadmap(guide.plainRole(roleId), guide.role(roleId).roadmap, guide.model);
}

/**
 * For each starting point, the topics of a roadmap it covers fully or in part, with the hours still
 * to go on each: the data the roadmap page's script needs to personalise the list. Topics a starting
 * point does not touch are left out (they take their full hours). The role itself is not a starting point.
 */
export function startCoverage(
	guide: Guide,
	roadmap: Roadmap,
): Record<string, Record<string, { c: 'known' | 'partial'; h: HourRange }>> {
	return Object.fromEntries(
		startingPoints(guide)
			.filter((start) => start.id !== roadmap.role)
			.map((start) => {
				const covered = [...coverage(roadmap, start.has, guide.model)]
					.filter(([, v]) => v.coverage !== 'new')
					.map(([id, v]) => [id, { c: v.coverage as 'known' | 'partial', h: v.remaining }]);
				return [start.id, Object.fromEntries(covered)];
			}),
	);
}

/** A concept as the roadmap page's script needs it: its tick's id, its name and a resource where one fits. */
export interface RoadmapConcept {
	tick: string;
	name: string;
	resource?: { title: string; url: string };
}

/**
 * For each topic of a role's roadmap that lists concepts (a broad skill or tool; a group is left to its
 * members' pages), the concepts in order, each with the id of its tick.
 */
export function roadmapConcepts(guide: Guide, roleId: string): Record<string, RoadmapConcept[]> {
	return Object.fromEntries(
		roleRoadmap(guide, roleId).topics.flatMap((topic) => {
			const target = guide.requirement(topic.id);
			if (target.kind === 'group' || target.concepts.length === 0) return [];
			const concepts = target.concepts.map((c): RoadmapConcept => {
				const r = c.resource ? guide.resource(c.resource) : undefined;
				return {
					tick: conceptTick(topic.id, c.id),
					name: c.name,
					...(r && { resource: { title: r.title, url: r.url } }),
				};
			});
			return [[topic.id, concepts]];
		}),
	);
}
