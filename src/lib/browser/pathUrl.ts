/**
 * The "Find your path" pages keep their state in the query string, so a result can be shared or
 * bookmarked: `?s=<statement>,<statement>` for the self-assessment, `?have=<skill-or-tool>,…&role=<role>`
 * for the skill gap. Pure functions, used by the pages' scripts in the browser and by the build.
 */
import { pairSlug, roadmapPath, sitePaths, withBase } from './paths';

/** The query parameter of each piece of state. */
export const queryParams = {
	/** Ticked statements of the self-assessment. */
	statements: 's',
	/** Skills and tools the reader has, each with its level where not working (`sql:deep`). */
	have: 'have',
	/** The role the skill gap is measured against. */
	role: 'role',
	/** The starting point (a background id) a roadmap marks as known. */
	from: 'from',
	/** The hours a week a roadmap's plan counts with. */
	hours: 'hours',
} as const;

/**
 * Reads a comma-separated list of ids from a query parameter's value. Ids not in `known` are dropped
 * (a stale or hand-edited link never breaks the page), each id counts once, and the result follows the
 * order of `known`, so two URLs that list the same ids in another order mean the same thing.
 * @example parseIds('sql,nope,python,sql', ['python', 'sql', 'docker']) // ["python", "sql"]
 */
export function parseIds(value: string | null | undefined, known: readonly string[]): string[] {
	if (!value) return [];
	const wanted = new Set(value.toLowerCase().split(/[\s,]+/));
	return known.filter((id) => wanted.has(id));
}

/** Reads a single id from a query parameter's value, or `undefined` when it is missing or unknown. */
export function parseId(
	value: string | null | undefined,
	known: readonly string[],
): string | undefined {
	const id = value?.trim().toLowerCase();
	return id && known.includes(id) ? id : undefined;
}

/**
 * A query string with some parameters set and the others kept. The parameters set come after the others,
 * in the order given, so the same state always gives the same URL. A list is written comma-separated (ids
 * contain no commas, and unescaped commas keep shared links readable); an empty list, empty string or
 * `undefined` removes the parameter. Returns `""` when no parameter is left, else `"?…"`.
 * @example withQuery('?role=x&utm=y', { have: ['a', 'b'], role: 'x' }) // "?utm=y&have=a,b&role=x"
 */
export function withQuery(
	search: string,
	updates: Record<string, readonly string[] | string | undefined>,
): string {
	const params = new URLSearchParams(search);
	for (const key of Object.keys(updates)) params.delete(key);
	for (const [key, value] of Object.entries(updates)) {
		const text = typeof value === 'string' ? value : (value ?? []).join(',');
		if (text) params.append(key, text);
	}
	const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
	return query ? `?${query}` : '';
}

/** URL of the self-assessment, with statements ticked. @example assessmentPath(['statistical-analysis']) // "/find-your-path/?s=statistical-analysis" */
export function assessmentPath(ticked: readonly string[] = []): string {
	return withBase('/find-your-path/') + withQuery('', { [queryParams.statements]: ticked });
}

/** URL of the skill gap page, optionally measured against one role and with skills and tools ticked. @example skillGapPath({ role: 'ml-engineer' }) // "/find-your-path/skills/?role=ml-engineer" */
export function skillGapPath(state: { have?: readonly string[]; role?: string } = {}): string {
	return (
		withBase('/find-your-path/skills/') +
		withQuery('', { [queryParams.have]: state.have, [queryParams.role]: state.role })
	);
}

/**
 * URL of the page comparing two roles, whichever order they come in: the same URL as `comparisonUrl`
 * in `rolePairs.ts`, from just the ids and display orders, so that the browser can build it.
 */
export function pairPath(
	first: { id: string; order: number },
	second: { id: string; order: number },
): string {
	const [a, b] = first.order < second.order ? [first, second] : [second, first];
	return withBase(sitePaths.pair(pairSlug(a.id, b.id)));
}

/** URL of a role's roadmap with a starting point chosen. @example roadmapFromPath('ml-engineer', 'backend-engineer') // "/roles/ml-engineer/roadmap/?from=backend-engineer" */
export function roadmapFromPath(roleId: string, backgroundId: string): string {
	return roadmapPath(roleId) + withQuery('', { [queryParams.from]: backgroundId });
}
