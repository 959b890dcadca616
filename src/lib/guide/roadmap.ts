/**
 * Learning roadmaps: a role's requirements in the phases the guide declares for it (its judgement of
 * how people learn the job), then its nice-to-haves in a last, optional phase, with the guide's hour
 * estimates and what a starting point already covers. Pure functions over plain data, shared by the
 * build and the checks.
 */
import { slugify } from '~/util/slugify';
import { prerequisiteOrder } from './graph';
import { type HourRange, sumHours } from '../browser/hours';
import {
	type Holding,
	type PlainRole,
	type RequirementModel,
	credit,
	hoursLeft,
	hoursTo,
	impliedBy,
	meets,
	reaches,
} from '../browser/transitions';
import { type Importance, type Level } from '~/util/vocabulary';

/** A phase as a role record declares it: a name, what the learner can do after it, its topics in teaching order. */
export interface DeclaredPhase {
	name: string;
	goal: string;
	topics: readonly string[];
}

/** The last phase of every roadmap, holding the role's nice-to-haves. */
export const optionalPhase = {
	name: 'Specialise (optional)',
	goal: 'Adds the nice-to-haves that some teams ask for, once the rest is in place; postings rarely insist on them.',
} as const;

/** One topic of a roadmap: a requirement of the role, with its place and the time it takes. */
export interface RoadmapTopic {
	/** The skill, tool or group id. */
	id: string;
	importance: Importance;
	/** The level to reach. */
	level: Level;
	/** The id of its phase. */
	phase: string;
	/** The guide's estimate of the hours to reach that level from nothing. */
	hours: HourRange;
	/** Topics of this roadmap that this one builds on directly. */
	prerequisites: string[];
}

/** A phase of a roadmap with its topics. */
export interface RoadmapPhase {
	/** Its anchor on the page, from its name. */
	id: string;
	name: string;
	goal: string;
	/** Whether this is the last phase, of nice-to-haves. */
	optional: boolean;
	topics: RoadmapTopic[];
	/** The sum of its topics' hours. */
	hours: HourRange;
}

/** A role's roadmap: its phases in teaching order, every topic in that order, and the hours of each part. */
export interface Roadmap {
	role: string;
	/** Every topic, in teaching order. */
	topics: RoadmapTopic[];
	phases: RoadmapPhase[];
	/** Hours of the must-haves and often-asked-fors from nothing: the headline figure. */
	requiredHours: HourRange;
	/** Hours of the nice-to-haves, apart. */
	optionalHours: HourRange;
}

/**
 * The topics of the roadmap that `id` builds on directly: walks what it implies and stops at the
 * first topic on each path. An implied entry that is a member of a group topic leads to the group.
 */
export function directPrerequisites(
	id: string,
	topicIds: ReadonlySet<string>,
	model: RequirementModel,
	groupOf: ReadonlyMap<string, string>,
): string[] {
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
		for (const deeper of impliedBy(next, model)) walk(deeper);
	};
	for (const next of impliedBy(id, model)) walk(next);
	return [...found];
}

/** For each member of a group the role requires, that group's id. */
function groupsOf(role: PlainRole, model: RequirementModel): Map<string, string> {
	const groupOf = new Map<string, string>();
	for (const r of role.requirements)
		for (const m of model.members[r.id] ?? []) groupOf.set(m, r.id);
	return groupOf;
}

/**
 * Builds a role's roadmap from the phases its record declares: each declared phase in order, its
 * topics in the order given, then a last, optional phase with the nice-to-haves in the role's order.
 * Whether the declaration is complete and in an order that respects what each topic builds on is
 * checked by the build (`roadmapPhaseProblems`), not here.
 */
export function buildRoadmap(
	role: PlainRole,
	declared: readonly DeclaredPhase[],
	model: RequirementModel,
): Roadmap {
	const topicIds = new Set(role.requirements.map((r) => r.id));
	const groupOf = groupsOf(role, model);
	const requirement = new Map(role.requirements.map((r) => [r.id, r]));
	const placed = new Set(declared.flatMap((p) => p.topics));
	const prerequisites = new Map(
		role.requirements.map((r) => [r.id, directPrerequisites(r.id, topicIds, model, groupOf)]),
	);
	// The nice-to-haves are in no teaching order of the guide's: what they build on comes first, then the role's order.
	const rest = prerequisiteOrder(
		role.requirements.filter((r) => !placed.has(r.id)).map((r) => r.id),
		prerequisites,
	);
	const phaseList = [
		...declared.map((p) => ({
			name: p.name,
			goal: p.goal,
			optional: false,
			ids: p.topics.filter((id) => requirement.has(id)),
		})),
		{ ...optionalPhase, optional: true, ids: rest },
	].filter((p) => p.ids.length > 0);
	const phases: RoadmapPhase[] = phaseList.map((p) => {
		const id = slugify(p.name);
		const topics = p.ids.map((topicId) => {
			const r = requirement.get(topicId)!;
			return {
				id: topicId,
				importance: r.importance,
				level: r.level,
				phase: id,
				hours: hoursTo(topicId, r.level, model),
				prerequisites: prerequisites.get(topicId) ?? [],
			};
		});
		return {
			id,
			name: p.name,
			goal: p.goal,
			optional: p.optional,
			topics,
			hours: sumHours(topics.map((t) => t.hours)),
		};
	});
	const topics = phases.flatMap((p) => p.topics);
	return {
		role: role.id,
		topics,
		phases,
		requiredHours: sumHours(topics.filter((t) => t.importance !== 'plus').map((t) => t.hours)),
		optionalHours: sumHours(topics.filter((t) => t.importance === 'plus').map((t) => t.hours)),
	};
}

/** A topic placed before something it builds on. */
export interface OrderProblem {
	topic: string;
	/** What it builds on, which comes later. */
	prerequisite: string;
}

/** Every topic of a roadmap that comes before a topic it builds on (an empty list when the order is sound). */
export function orderProblems(roadmap: Roadmap): OrderProblem[] {
	const position = new Map(roadmap.topics.map((t, i) => [t.id, i]));
	return roadmap.topics.flatMap((t, i) =>
		t.prerequisites
			.filter((p) => (position.get(p) ?? -1) > i)
			.map((prerequisite) => ({ topic: t.id, prerequisite })),
	);
}

/** How much of a topic someone has: all of it, part of it (a shallower level) or none. */
export type Coverage = 'known' | 'partial' | 'new';

/**
 * What a starting point covers of each topic, and the hours still to go: nothing for a topic it
 * meets, the difference between levels for one it has at a shallower level, everything otherwise.
 * @param has What the starting point has (see `credit`).
 */
export function coverage(
	roadmap: Roadmap,
	has: Iterable<Holding>,
	model: RequirementModel,
): Map<string, { coverage: Coverage; remaining: HourRange }> {
	const held = credit(has, model);
	return new Map(
		roadmap.topics.map((topic) => {
			const found = meets(held, topic.id, model);
			const state: Coverage = !found
				? 'new'
				: reaches(found.level, topic.level)
					? 'known'
					: 'partial';
			return [
				topic.id,
				{ coverage: state, remaining: hoursLeft(topic.id, topic.level, held, model) },
			];
		}),
	);
}
