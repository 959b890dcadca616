/**
 * Learning roadmaps: a role's requirements as topics, ordered so that nothing comes before what it
 * presupposes, grouped into stages, with the guide's hour estimates and what a starting point
 * already covers. Pure functions over plain data, shared by the build and the roadmap page's script.
 */
import { prerequisiteOrder } from './graph';
import type { HourRange } from '../browser/hours';
import { type Importance, type Level, type PlainRequirement, type PlainRole, type RequirementModel, credit, hoursTo, impliedBy, levels, meets } from '../browser/transitions';

/** The stages of every roadmap, in order, with the rule that puts a topic in each. */
export const roadmapStages = [
	{ id: 'foundations', name: 'Foundations', rule: 'what the must-haves and the often-asked-fors build on' },
	{ id: 'core', name: 'The core of the job', rule: 'the other must-haves' },
	{ id: 'common', name: 'Often asked for', rule: 'what many postings add' },
	{ id: 'specialise', name: 'Specialise', rule: 'the nice-to-haves, once the rest is in place' },
] as const;

/** The id of a roadmap stage. */
export type StageId = (typeof roadmapStages)[number]['id'];

/** One topic of a roadmap: a requirement of the role, with its place and the time it takes. */
export interface RoadmapTopic {
	/** The skill, tool or group id. */
	id: string;
	importance: Importance;
	/** The level to reach (working where the role states none). */
	level: Level;
	stage: StageId;
	/** The guide's estimate of the hours to reach that level from nothing. */
	hours: HourRange;
	/** Topics of this roadmap that this one builds on directly. */
	prerequisites: string[];
}

/** A role's roadmap: its topics in learning order, and the same topics by stage. */
export interface Roadmap {
	role: string;
	/** Every topic, in the order to learn them. */
	topics: RoadmapTopic[];
	/** The stages that have topics, in order. */
	stages: { id: StageId; name: string; topics: RoadmapTopic[] }[];
}

/**
 * The topics of the roadmap that `id` builds on directly: walks what it implies and stops at the
 * first topic on each path. An implied entry that is a member of a group topic leads to the group.
 */
function directPrerequisites(id: string, topicIds: ReadonlySet<string>, groupOf: ReadonlyMap<string, string>, model: RequirementModel): string[] {
	const start = impliedBy(id, model);
	const found = new Set<string>();
	const seen = new Set<string>();
	const walk = (next: string) => {
		if (seen.has(next)) return;
		seen.add(next);
		const topic = topicIds.has(next) ? next : groupOf.get(next);
		if (topic && topic !== id) {
			found.add(topic);
			return;
		}
		for (const deeper of model.implies[next] ?? []) walk(deeper);
	};
	for (const next of start) walk(next);
	return [...found];
}

/**
 * Builds a role's roadmap. A topic that a must-have or often-asked-for topic builds on goes to the
 * foundations; the other topics go to the stage of their importance. Within and across stages every
 * topic comes after what it builds on; otherwise the role's own order (most important first) stays.
 */
export function buildRoadmap(role: PlainRole, model: RequirementModel): Roadmap {
	const topicIds = new Set(role.requirements.map((r) => r.id));
	const groupOf = new Map<string, string>();
	for (const r of role.requirements) for (const m of model.members[r.id] ?? []) groupOf.set(m, r.id);
	const prerequisites = new Map(role.requirements.map((r) => [r.id, directPrerequisites(r.id, topicIds, groupOf, model)]));
	// Everything a must-have or often-asked-for topic builds on, however far down.
	const foundational = new Set<string>();
	const mark = (id: string) => {
		for (const p of prerequisites.get(id) ?? []) {
			if (foundational.has(p)) continue;
			foundational.add(p);
			mark(p);
		}
	};
	for (const r of role.requirements) if (r.importance !== 'plus') mark(r.id);
	const stageOf = (r: PlainRequirement): StageId => (foundational.has(r.id) ? 'foundations' : r.importance === 'core' ? 'core' : r.importance === 'common' ? 'common' : 'specialise');
	const rank = { core: 0, common: 1, plus: 2 } as const;
	const ordered = role.requirements.map((r, i) => ({ r, i })).sort((a, b) => rank[a.r.importance] - rank[b.r.importance] || a.i - b.i);
	const edges = new Map([...prerequisites].map(([id, list]) => [id, list]));
	const stages = roadmapStages
		.map((stage) => {
			const ids = ordered.filter(({ r }) => stageOf(r) === stage.id).map(({ r }) => r.id);
			const inOrder = prerequisiteOrder(ids, edges);
			const topics = inOrder.map((id) => {
				const r = role.requirements.find((q) => q.id === id)!;
				const level = r.level ?? 'working';
				return { id, importance: r.importance, level, stage: stage.id, hours: hoursTo(id, level, model), prerequisites: prerequisites.get(id) ?? [] };
			});
			return { id: stage.id, name: stage.name, topics };
		})
		.filter((s) => s.topics.length > 0);
	return { role: role.id, topics: stages.flatMap((s) => s.topics), stages };
}

/** How much of a topic someone has: all of it, part of it (a shallower level) or none. */
export type Coverage = 'known' | 'partial' | 'new';

/**
 * What a starting point covers of each topic, and the hours still to go: nothing for a topic it
 * meets, the difference between levels for one it has at a shallower level, everything otherwise.
 * @param has What the starting point has, with levels where known.
 */
export function coverage(roadmap: Roadmap, has: readonly { id: string; level?: Level | undefined }[], model: RequirementModel): Map<string, { coverage: Coverage; remaining: HourRange }> {
	const held = credit(has, model);
	return new Map<string, { coverage: Coverage; remaining: HourRange }>(
		roadmap.topics.map((topic): [string, { coverage: Coverage; remaining: HourRange }] => {
			const found = meets(held, topic.id, model);
			if (!found) return [topic.id, { coverage: 'new' as const, remaining: topic.hours }];
			const levelNow = found.level;
			if (levelNow === undefined || levels.indexOf(levelNow) >= levels.indexOf(topic.level)) {
				return [topic.id, { coverage: 'known' as const, remaining: [0, 0] as HourRange }];
			}
			const from = hoursTo(topic.id, levelNow, model);
			const remaining: HourRange = [Math.max(0, topic.hours[0] - from[0]), Math.max(0, topic.hours[1] - from[1])];
			return [topic.id, { coverage: 'partial' as const, remaining }];
		}),
	);
}
