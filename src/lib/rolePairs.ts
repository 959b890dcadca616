import type { Guide, Role } from './guideModel';
import { withBase } from './paths';

/** Two roles in canonical order: the one that comes first in display order is `a`. */
export interface RolePair {
	a: Role;
	b: Role;
	/** The URL segment, `<a>-vs-<b>`. */
	slug: string;
	/** The pair page's URL (base path included). */
	url: string;
}

/** The URL segment of a pair page, in the order given. Ids contain hyphens, so this is one route parameter, `[pair]`. */
export function pairSlug(a: string, b: string): string {
	return `${a}-vs-${b}`;
}

/** Orders two roles canonically (by display order), so each pair has exactly one page. */
export function canonicalPair(first: Role, second: Role): RolePair {
	if (first.id === second.id) throw new Error(`A role cannot be compared with itself ("${first.id}").`);
	const [a, b] = first.order < second.order ? [first, second] : [second, first];
	const slug = pairSlug(a.id, b.id);
	return { a, b, slug, url: withBase(`/compare/${slug}/`) };
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
	return { shared: a.filter((id) => inB.has(id)), onlyA: a.filter((id) => !inB.has(id)), onlyB: b.filter((id) => !inA.has(id)) };
}

const levelRank = { foundation: 1, working: 2, deep: 3 } as const;

/** What someone moving from one role to another keeps, must learn, and must deepen. */
export interface TransitionGap {
	from: Role;
	to: Role;
	/** Skills of the target role the mover already has, at a level at least as deep (or unstated). */
	keepSkills: Role['skills'];
	/** Skills of the target role the mover has, but the target needs deeper. */
	deepenSkills: { id: string; from: NonNullable<Role['skills'][number]['level']>; to: NonNullable<Role['skills'][number]['level']> }[];
	/** Skills of the target role the mover does not have. */
	learnSkills: Role['skills'];
	/** Tools of the target role the mover already uses. */
	keepTools: Role['tools'];
	/** Tools of the target role the mover does not use. */
	learnTools: Role['tools'];
	/** Share of the target role's skills and tools the mover already has, 0 to 1 (1 when the target lists none). */
	overlap: number;
}

/** Computes the gap from one role to another, in the target role's order of importance. */
export function transitionGap(from: Role, to: Role): TransitionGap {
	const had = new Map(from.skills.map((s) => [s.id, s]));
	const usedTools = new Set(from.tools.map((t) => t.id));
	const keepSkills: Role['skills'] = [];
	const deepenSkills: TransitionGap['deepenSkills'] = [];
	const learnSkills: Role['skills'] = [];
	for (const skill of to.skills) {
		const current = had.get(skill.id);
		if (!current) learnSkills.push(skill);
		else if (skill.level && current.level && levelRank[current.level] < levelRank[skill.level]) deepenSkills.push({ id: skill.id, from: current.level, to: skill.level });
		else keepSkills.push(skill);
	}
	const keepTools = to.tools.filter((t) => usedTools.has(t.id));
	const learnTools = to.tools.filter((t) => !usedTools.has(t.id));
	const total = to.skills.length + to.tools.length;
	const overlap = total === 0 ? 1 : (keepSkills.length + deepenSkills.length + keepTools.length) / total;
	return { from, to, keepSkills, deepenSkills, learnSkills, keepTools, learnTools, overlap };
}

const pairIndex = new WeakMap<readonly Role[], Map<string, RolePair>>();

/**
 * The canonical pair with this slug, or `undefined`. The pairs are built once per list of roles,
 * so looking up the pair of each of n² comparison pages costs a map lookup, not n² work per page.
 */
export function pairBySlug(roles: readonly Role[], slug: string): RolePair | undefined {
	let index = pairIndex.get(roles);
	if (!index) {
		index = new Map(allPairs(roles).map((p) => [p.slug, p]));
		pairIndex.set(roles, index);
	}
	return index.get(slug);
}
