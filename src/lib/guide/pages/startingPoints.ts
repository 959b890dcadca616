/**
 * Starting points: where a reader can start from (a role of the guide they work in, or a background
 * that is not a role), what each has, and the roles closest to it. One answer for every page that
 * asks "what do you already have": the home page, the roadmaps, the pair pages and the
 * self-assessment all take it from here, and measure it with `credit` and `rankByReadiness`.
 */
import type { Guide, Role } from '../guideModel';
import { type Holding, rankByReadiness, roleHas } from '../../browser/transitions';

/** A place a reader can start from, with what someone starting there usually has. */
export interface StartingPoint {
	id: string;
	name: string;
	/** Whether it is a role of the guide (whose must-haves and often-asked-fors are what it has) or a background. */
	kind: 'role' | 'background';
	has: Holding[];
}

/** Every starting point: the core roles first, then the backgrounds that are not roles, in file order. */
export function startingPoints(guide: Guide): StartingPoint[] {
	const roles = guide.roles
		.filter((r) => r.tier === 'core')
		.map((r): StartingPoint => ({
			id: r.id,
			name: r.name,
			kind: 'role',
			has: roleHas(guide.plainRole(r.id)),
		}));
	return [
		...roles,
		...guide.backgrounds.map((b): StartingPoint => ({
			id: b.id,
			name: b.name,
			kind: 'background',
			has: b.has,
		})),
	];
}

/** One starting point by id; throws on an unknown id. */
export function startingPoint(guide: Guide, id: string): StartingPoint {
	const found = startingPoints(guide).find((s) => s.id === id);
	if (!found)
		throw new Error(
			`Unknown starting point "${id}": use a core role id or a background id from content/data/backgrounds.yaml.`,
		);
	return found;
}

/** A role close to a starting point, with how much of it the start covers. */
export interface CloseRole {
	role: Role;
	/** Core requirements met, of how many. */
	met: number;
	core: number;
	/** The share of the role's required learning still to do, 0 to 1. */
	left: number;
}

/**
 * The roles closest to a starting point, as the skill gap ranks them for someone with what it has
 * (`rankByReadiness`): the closest, and up to `count` in all of those whose share of learning left is
 * within `margin` of the closest (a clear runner-up, not the next role whatever its distance). The
 * starting point's own role is left out.
 */
export function closestRoles(
	guide: Guide,
	start: StartingPoint,
	count = 3,
	margin = 0.15,
): CloseRole[] {
	const ranked = rankByReadiness(start.has, guide.plainRoles, guide.model).filter(
		(a) => a.core > 0 && a.to !== start.id,
	);
	const best = ranked[0]?.left ?? 0;
	return ranked
		.filter((a) => a.left <= best + margin)
		.slice(0, count)
		.map((a) => ({ role: guide.role(a.to), met: a.met, core: a.core, left: a.left }));
}
