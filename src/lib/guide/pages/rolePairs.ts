import type { Guide, Role } from '../guideModel';
import { pairSlug, sitePaths, withBase } from '../../browser/paths';
import { type Assessment, transition } from '../../browser/transitions';

/** Two roles in canonical order: the one that comes first in display order is `a`. */
export interface RolePair {
	a: Role;
	b: Role;
	/** The URL segment, `<a>-vs-<b>`. */
	slug: string;
	/** The pair page's URL (base path included). */
	url: string;
}

/** Orders two roles canonically (by display order), so each pair has exactly one page. */
export function canonicalPair(first: Role, second: Role): RolePair {
	if (first.id === second.id)
		throw new Error(`A role cannot be compared with itself ("${first.id}").`);
	const [a, b] = first.order < second.order ? [first, second] : [second, first];
	const slug = pairSlug(a.id, b.id);
	return { a, b, slug, url: withBase(sitePaths.pair(slug)) };
}

/** Every unordered pair of roles once, in display order: n × (n − 1) / 2 pairs. */
export function allPairs(roles: readonly Role[]): RolePair[] {
	const sorted = [...roles].sort((x, y) => x.order - y.order);
	return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => canonicalPair(a, b)));
}

/** The URL of the page comparing two roles, whichever order they are given in. */
export function comparisonUrl(guide: Guide, first: string, second: string): string {
	return canonicalPair(guide.role(first), guide.role(second)).url;
}

/** Ids in both lists and in each alone, keeping each list's order. */
export interface SetComparison {
	shared: string[];
	onlyA: string[];
	onlyB: string[];
}

/** Splits two id lists into what they share and what is unique to each. */
export function compareIds(a: readonly string[], b: readonly string[]): SetComparison {
	const inA = new Set(a);
	const inB = new Set(b);
	return {
		shared: a.filter((id) => inB.has(id)),
		onlyA: a.filter((id) => !inB.has(id)),
		onlyB: b.filter((id) => !inA.has(id)),
	};
}

/** A role moved from and a role moved to, with what the move takes (see `transition`). */
export interface RoleTransition extends Assessment {
	from: string;
	/** The role moved from. */
	fromRole: Role;
	/** The role moved to. */
	toRole: Role;
}

/** What someone in one role keeps, deepens and learns on the way to another, on the guide's requirement model. */
export function roleTransition(guide: Guide, fromId: string, toId: string): RoleTransition {
	return {
		...transition(guide.plainRole(fromId), guide.plainRole(toId), guide.model),
		fromRole: guide.role(fromId),
		toRole: guide.role(toId),
	};
}
