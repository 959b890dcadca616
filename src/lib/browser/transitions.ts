/**
 * Transitions between roles, and the gap between what a reader has and what a role needs, computed
 * on the requirement model: importance, levels, groups of alternatives and what each entry implies.
 * Pure functions over plain data, shared by the build (pair pages, the JSON API) and the skill-gap
 * page's script, so nothing here may import `astro:content`, Node modules or the guide loader.
 */
import type { HourRange } from './hours';

/** How deeply a requirement is needed, shallowest first. */
export const levels = ['foundation', 'working', 'deep'] as const;
/** One of `foundation`, `working` or `deep`. */
export type Level = (typeof levels)[number];
/** How much a requirement matters for getting hired, most first. */
export const importances = ['core', 'common', 'plus'] as const;
/** One of `core`, `common` or `plus`. */
export type Importance = (typeof importances)[number];

/** One requirement of a role as the computation needs it. */
export interface PlainRequirement {
	/** A skill, tool or group id. */
	id: string;
	importance: Importance;
	/** The level needed, where the role states one. */
	level?: Level | undefined;
}

/** A role as the computation needs it: its id and requirements, most important first. */
export interface PlainRole {
	id: string;
	requirements: readonly PlainRequirement[];
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

/** What someone has: for each id, the level they have it at (`undefined` where no level is known). */
export type Holdings = ReadonlyMap<string, Level | undefined>;

const rank = (level: Level) => levels.indexOf(level);
// No level means "has it, level unknown" (a tick, or a requirement listed without one), which meets any level.
const deeper = (a: Level | undefined, b: Level | undefined) => (a === undefined || b === undefined ? undefined : rank(a) >= rank(b) ? a : b);
// What is credited by implication is a prerequisite, used along the way: a direct prerequisite counts
// as working at most (a tick, which has no level, counts as working); one further down, as foundation.
const impliedLevel = (level: Level | undefined, hop: number): Level => (hop > 0 || level === 'foundation' ? 'foundation' : 'working');

/**
 * Everything someone is credited with: what they have directly, and everything that implies,
 * transitively (PyTorch → Python). A direct prerequisite is credited at the level of what implies it
 * but never deeper than working; prerequisites further down the chain, at foundation. A group someone
 * has (one cloud platform) credits what every member implies.
 * @param direct What they have, with the level where known.
 */
export function credit(direct: Iterable<{ id: string; level?: Level | undefined }>, model: RequirementModel): Map<string, Level | undefined> {
	const held = new Map<string, Level | undefined>();
	const give = (id: string, level: Level | undefined, hop: number) => {
		const had = held.has(id);
		const before = held.get(id);
		const now = had ? deeper(before, level) : level;
		if (had && now === before) return;
		held.set(id, now);
		for (const next of impliedBy(id, model)) give(next, impliedLevel(now, hop), hop + 1);
	};
	for (const { id, level } of direct) give(id, level, 0);
	return held;
}

/** What an entry implies; for a group, what all its members imply. */
export function impliedBy(id: string, model: RequirementModel): readonly string[] {
	const members = model.members[id];
	if (!members) return model.implies[id] ?? [];
	const [first, ...rest] = members.map((m) => new Set(model.implies[m] ?? []));
	return first ? [...first].filter((x) => rest.every((set) => set.has(x))) : [];
}

/** Whether a requirement is met by what someone holds, and at what level: a group is met by any member. */
export function meets(held: Holdings, id: string, model: RequirementModel): { level: Level | undefined } | undefined {
	if (held.has(id)) return { level: held.get(id) };
	const members = (model.members[id] ?? []).filter((m) => held.has(m));
	if (members.length === 0) return undefined;
	return { level: members.map((m) => held.get(m)).reduce(deeper) };
}

/** A requirement the mover has at a shallower level than the target needs. */
export interface Deepen {
	requirement: PlainRequirement;
	from: Level;
	to: Level;
}

/** How big a step a move is, from the hours of core learning it takes. */
export type StepSize = 'small' | 'medium' | 'large';

/** The rule behind `StepSize`, in hours of core learning by the guide's estimates (midpoints of the ranges). */
export const stepSizeRule = { small: 150, medium: 500 } as const;

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
	/** Estimated hours to close the whole gap, core, common and plus. */
	allHours: HourRange;
	/** The size of the step, from `coreHours` (see `stepSizeRule`). */
	size: StepSize;
}

const byImportance = <T>(items: T[], of: (item: T) => PlainRequirement) =>
	items
		.map((item, i) => ({ item, i }))
		.sort((a, b) => importances.indexOf(of(a.item).importance) - importances.indexOf(of(b.item).importance) || a.i - b.i)
		.map(({ item }) => item);

/** The guide's hours to reach a level of an entry; for a group, its quickest member. */
export function hoursTo(id: string, level: Level, model: RequirementModel): HourRange {
	const ids = model.members[id] ?? [id];
	const ranges = ids.map((m) => model.hours[m]?.[level]).filter((r): r is HourRange => r !== undefined);
	if (ranges.length === 0) return [0, 0];
	return ranges.reduce((best, r) => (r[0] + r[1] < best[0] + best[1] ? r : best));
}

const add = (a: HourRange, b: HourRange): HourRange => [a[0] + b[0], a[1] + b[1]];
const minus = (a: HourRange, b: HourRange): HourRange => [Math.max(0, a[0] - b[0]), Math.max(0, a[1] - b[1])];

/** The step size of a core gap of so many hours (range midpoint), by `stepSizeRule`. */
export function stepSize(coreHours: HourRange): StepSize {
	const mid = (coreHours[0] + coreHours[1]) / 2;
	return mid <= stepSizeRule.small ? 'small' : mid <= stepSizeRule.medium ? 'medium' : 'large';
}

/**
 * What someone with these holdings keeps, must deepen and must learn to meet a role's requirements,
 * with the readiness counts and the estimated hours. A requirement with no stated level, or held
 * with none, counts as kept when it is met at all.
 */
export function assess(held: Holdings, target: PlainRole, model: RequirementModel): Assessment {
	const keep: PlainRequirement[] = [];
	const deepen: Deepen[] = [];
	const learn: PlainRequirement[] = [];
	for (const requirement of target.requirements) {
		const found = meets(held, requirement.id, model);
		if (!found) learn.push(requirement);
		else if (requirement.level && found.level && rank(found.level) < rank(requirement.level)) deepen.push({ requirement, from: found.level, to: requirement.level });
		else keep.push(requirement);
	}
	const cost = (r: PlainRequirement) => hoursTo(r.id, r.level ?? 'working', model);
	const deepenCost = (d: Deepen) => minus(hoursTo(d.requirement.id, d.to, model), hoursTo(d.requirement.id, d.from, model));
	const isCore = (r: PlainRequirement) => r.importance === 'core';
	const sum = (onlyCore: boolean) =>
		[...learn.filter((r) => !onlyCore || isCore(r)).map(cost), ...deepen.filter((d) => !onlyCore || isCore(d.requirement)).map(deepenCost)].reduce(add, [0, 0] as HourRange);
	const coreHours = sum(true);
	return {
		to: target.id,
		keep: byImportance(keep, (r) => r),
		deepen: byImportance(deepen, (d) => d.requirement),
		learn: byImportance(learn, (r) => r),
		met: keep.filter(isCore).length,
		shallow: deepen.filter((d) => isCore(d.requirement)).length,
		core: target.requirements.filter(isCore).length,
		coreHours,
		allHours: sum(false),
		size: stepSize(coreHours),
	};
}

/** What a mover from one role keeps, deepens and learns on the way to another: the source role's requirements are what they hold. */
export function transition(from: PlainRole, to: PlainRole, model: RequirementModel): Assessment & { from: string } {
	return { from: from.id, ...assess(credit(from.requirements, model), to, model) };
}

/**
 * The gap from a reader's ticks (skills and tools they have, no levels) to each role, closest first:
 * most core requirements met, then fewest hours of core learning, then the roles' display order.
 * @param have Ids of the skills and tools ticked; unknown ids change nothing.
 * @param roles The roles, in display order.
 */
export function rankByReadiness(have: Iterable<string>, roles: readonly PlainRole[], model: RequirementModel): Assessment[] {
	const held = credit(
		[...have].map((id) => ({ id })),
		model,
	);
	return roles
		.map((role, position) => ({ a: assess(held, role, model), position }))
		.sort((x, y) => y.a.met / Math.max(1, y.a.core) - x.a.met / Math.max(1, x.a.core) || x.a.coreHours[0] - y.a.coreHours[0] || x.position - y.position)
		.map(({ a }) => a);
}
