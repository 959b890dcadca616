/**
 * Transitions between roles, and the gap between what a reader has and what a role needs, computed
 * on the requirement model: importance, levels, groups of alternatives and what each entry implies.
 * Pure functions over plain data, shared by the build (pair pages, the JSON API) and the skill-gap
 * page's script, so nothing here may import `astro:content`, Node modules or the guide loader.
 */
import type { HourRange } from './hours';
import type { StepSize } from '~/util/vocabulary';

import { type Importance, type Level, defaultLevel, importances, levels } from '~/util/vocabulary';

/** One requirement of a role as the computation needs it. */
export interface PlainRequirement {
	/** A skill, tool or group id. */
	id: string;
	importance: Importance;
	/** The level needed (`defaultLevel` where the role states none). */
	level: Level;
}

/** A role as the computation needs it: its id and requirements, most important first. */
export interface PlainRole {
	id: string;
	requirements: readonly PlainRequirement[];
}

/** Something someone has, and how well: a skill, tool or group id with a level (`defaultLevel` where not said). */
export interface Holding {
	id: string;
	level?: Level | undefined;
}

/**
 * What someone who works in a role can be counted on to have: its must-haves and often-asked-fors,
 * at the levels the role needs. Nice-to-haves are left out: many people in the role never learn them.
 * The one answer to "what does someone in this role already have", for every page.
 */
export function roleHas(role: PlainRole): Holding[] {
	return role.requirements
		.filter((r) => r.importance !== 'plus')
		.map(({ id, level }) => ({ id, level }));
}

/** The catalogue as the computation needs it. */
export interface RequirementModel {
	/** For each skill or tool id, the ids it presupposes. */
	implies: Readonly<Record<string, readonly string[]>>;
	/** For each group id, its members (any one satisfies the group). */
	members: Readonly<Record<string, readonly string[]>>;
	/** For each skill or tool id, the guide's estimate of the hours it takes to reach each level from nothing. */
	hours: Readonly<Record<string, Readonly<Record<Level, HourRange>>>>;
}

/** What someone has: for each id, the level they have it at. */
export type Holdings = ReadonlyMap<string, Level>;

const rank = (level: Level) => levels.indexOf(level);
const deeper = (a: Level, b: Level) => (rank(a) >= rank(b) ? a : b);

/**
 * Everything someone is credited with: what they have directly (at `defaultLevel` where no level is
 * said, as for a bare tick), and everything that implies, transitively (PyTorch → Python), at
 * foundation: a prerequisite is used along the way, which proves the basics and no more. What is held
 * directly keeps the level stated for it: an implication never overrides what someone said of
 * themselves (or what a role or background states). A group someone has (one cloud platform) credits what every member implies.
 * Every page that says what a reader already has (a starting point, a role they work in, their ticks)
 * asks this function.
 * @param direct What they have, with the level where known.
 */
export function credit(direct: Iterable<Holding>, model: RequirementModel): Map<string, Level> {
	const stated = new Map<string, Level>();
	for (const { id, level } of direct) {
		const before = stated.get(id);
		const now = level ?? defaultLevel;
		stated.set(id, before === undefined ? now : deeper(before, now));
	}
	const held = new Map(stated);
	const give = (id: string) => {
		for (const next of impliedBy(id, model)) {
			if (held.has(next)) continue;
			held.set(next, 'foundation');
			give(next);
		}
	};
	for (const id of stated.keys()) give(id);
	return held;
}

/** What an entry implies; for a group, what all its members imply. */
export function impliedBy(id: string, model: RequirementModel): readonly string[] {
	const members = model.members[id];
	if (!members) return model.implies[id] ?? [];
	const [first, ...rest] = members.map((m) => new Set(model.implies[m] ?? []));
	return first ? [...first].filter((x) => rest.every((set) => set.has(x))) : [];
}

/** Whether a requirement is met by what someone holds, and at what level: a group is met by any member, at its best. */
export function meets(
	held: Holdings,
	id: string,
	model: RequirementModel,
): { level: Level } | undefined {
	const levelsHeld = [id, ...(model.members[id] ?? [])]
		.map((m) => held.get(m))
		.filter((l): l is Level => l !== undefined);
	return levelsHeld.length === 0 ? undefined : { level: levelsHeld.reduce(deeper) };
}

/** Whether a level held reaches a level needed. */
export function reaches(held: Level, needed: Level): boolean {
	return rank(held) >= rank(needed);
}

/** A requirement the mover has at a shallower level than the target needs. */
export interface Deepen {
	requirement: PlainRequirement;
	from: Level;
	to: Level;
}

export { type StepSize, stepSizes } from '~/util/vocabulary';

/**
 * The rule behind `StepSize`: the most hours of required learning (must-haves and often-asked-fors,
 * the middle of the guide's range) that a small and a medium step take. Calibrated against the written
 * summaries of the core pairs, which each declare the size they describe (`pairs.yaml`, `steps`); the
 * build fails when the rule and a summary disagree.
 */
export const stepSizeRule = { small: 450, medium: 1700 } as const;

/** What a move to a role takes. */
export interface Assessment {
	/** The target role's id. */
	to: string;
	/** Requirements already met at the level needed, in the target's order, core first. */
	keep: PlainRequirement[];
	/** Requirements met at a shallower level than needed, core first. */
	deepen: Deepen[];
	/** Requirements not met at all, core first. */
	learn: PlainRequirement[];
	/** How many of the target's core requirements are met at the level needed. */
	met: number;
	/** How many of them are met, but at a shallower level. */
	shallow: number;
	/** How many core requirements the target has. */
	core: number;
	/** Estimated hours to close the core gap (learn plus deepen), low and high. */
	coreHours: HourRange;
	/** Estimated hours to close the required gap: must-haves and often-asked-fors. */
	requiredHours: HourRange;
	/** Estimated hours of the nice-to-haves still missing, apart from the required gap. */
	optionalHours: HourRange;
	/** The size of the step, from `requiredHours` (see `stepSizeRule`). */
	size: StepSize;
}

const byImportance = <T>(items: T[], of: (item: T) => PlainRequirement) =>
	items
		.map((item, i) => ({ item, i }))
		.sort(
			(a, b) =>
				importances.indexOf(of(a.item).importance) - importances.indexOf(of(b.item).importance) ||
				a.i - b.i,
		)
		.map(({ item }) => item);

/** The guide's hours to reach a level of an entry; for a group, its quickest member. */
export function hoursTo(id: string, level: Level, model: RequirementModel): HourRange {
	const ids = model.members[id] ?? [id];
	const ranges = ids
		.map((m) => model.hours[m]?.[level])
		.filter((r): r is HourRange => r !== undefined);
	if (ranges.length === 0) return [0, 0];
	return ranges.reduce((best, r) => (r[0] + r[1] < best[0] + best[1] ? r : best));
}

/**
 * The hours still to go to reach `needed` of an entry from what someone holds: none when they reach
 * it, the difference between the levels when they hold it shallower, all of it otherwise.
 */
export function hoursLeft(
	id: string,
	needed: Level,
	held: Holdings,
	model: RequirementModel,
): HourRange {
	const found = meets(held, id, model);
	if (!found) return hoursTo(id, needed, model);
	if (reaches(found.level, needed)) return [0, 0];
	return minus(hoursTo(id, needed, model), hoursTo(id, found.level, model));
}

const add = (a: HourRange, b: HourRange): HourRange => [a[0] + b[0], a[1] + b[1]];
const minus = (a: HourRange, b: HourRange): HourRange => [
	Math.max(0, a[0] - b[0]),
	Math.max(0, a[1] - b[1]),
];

/** The step size of a required gap of so many hours (range midpoint), by `stepSizeRule`. */
export function stepSize(requiredHours: HourRange): StepSize {
	const mid = (requiredHours[0] + requiredHours[1]) / 2;
	return mid <= stepSizeRule.small ? 'small' : mid <= stepSizeRule.medium ? 'medium' : 'large';
}

/**
 * What someone with these holdings keeps, must deepen and must learn to meet a role's requirements,
 * with the readiness counts and the estimated hours.
 */
export function assess(held: Holdings, target: PlainRole, model: RequirementModel): Assessment {
	const keep: PlainRequirement[] = [];
	const deepen: Deepen[] = [];
	const learn: PlainRequirement[] = [];
	for (const requirement of target.requirements) {
		const found = meets(held, requirement.id, model);
		if (!found) learn.push(requirement);
		else if (!reaches(found.level, requirement.level))
			deepen.push({ requirement, from: found.level, to: requirement.level });
		else keep.push(requirement);
	}
	const sum = (which: (r: PlainRequirement) => boolean) =>
		target.requirements
			.filter(which)
			.map((r) => hoursLeft(r.id, r.level, held, model))
			.reduce(add, [0, 0] as HourRange);
	const isCore = (r: PlainRequirement) => r.importance === 'core';
	const requiredHours = sum((r) => r.importance !== 'plus');
	return {
		to: target.id,
		keep: byImportance(keep, (r) => r),
		deepen: byImportance(deepen, (d) => d.requirement),
		learn: byImportance(learn, (r) => r),
		met: keep.filter(isCore).length,
		shallow: deepen.filter((d) => isCore(d.requirement)).length,
		core: target.requirements.filter(isCore).length,
		coreHours: sum(isCore),
		requiredHours,
		optionalHours: sum((r) => r.importance === 'plus'),
		size: stepSize(requiredHours),
	};
}

/** What a mover from one role keeps, deepens and learns on the way to another: what someone in the source role has (`roleHas`) is what they hold. */
export function transition(
	from: PlainRole,
	to: PlainRole,
	model: RequirementModel,
): Assessment & { from: string } {
	return { from: from.id, ...assess(credit(roleHas(from), model), to, model) };
}

/** The share of a role's required learning (by the middle of the hour ranges) that is still to do, 0 to 1. */
export function shareLeft(
	assessment: Pick<Assessment, 'requiredHours'>,
	fromScratch: Pick<Assessment, 'requiredHours'>,
): number {
	const total = fromScratch.requiredHours[0] + fromScratch.requiredHours[1];
	return total === 0 ? 0 : (assessment.requiredHours[0] + assessment.requiredHours[1]) / total;
}

/**
 * The gap from what someone has (ticks with levels, a background, a role they work in) to each role,
 * closest first: the smallest share of the role's required learning still to do (hours weigh what is
 * missing, and the share keeps a role with a short list from looking close to everyone), then most
 * core requirements met, then the roles' display order. Every ranking of roles by readiness on the
 * site (the skill gap, the home page's starting points, the self-assessment's backgrounds) is this one.
 * @param has What they have; unknown ids change nothing.
 * @param roles The roles, in display order.
 */
export function rankByReadiness(
	has: Iterable<Holding>,
	roles: readonly PlainRole[],
	model: RequirementModel,
): (Assessment & { left: number })[] {
	const held = credit(has, model);
	const none = new Map<string, Level>();
	return roles
		.map((role, position) => {
			const a = assess(held, role, model);
			return { a: { ...a, left: shareLeft(a, assess(none, role, model)) }, position };
		})
		.sort(
			(x, y) =>
				x.a.left - y.a.left ||
				y.a.met / Math.max(1, y.a.core) - x.a.met / Math.max(1, x.a.core) ||
				x.position - y.position,
		)
		.map(({ a }) => a);
}
