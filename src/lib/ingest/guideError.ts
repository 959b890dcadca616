import { AstroError } from 'astro/errors';

/**
 * One mistake in the guide's content or data, located precisely enough to fix without searching.
 */
export interface Problem {
	/** The file the mistake is in, relative to the project root. */
	file: string;
	/** The field, as a path into the record. @example "tools[3]" */
	field: string;
	/** The bad value as written, when there is one. */
	value?: unknown;
	/** What is wrong. */
	message: string;
	/** How to fix it. */
	fix: string;
}

/** Formats one problem as the line a contributor reads in the build output. */
export function formatProblem(problem: Problem): string {
	const value = problem.value === undefined ? '' : ` = ${JSON.stringify(problem.value)}`;
	return `${problem.file} → ${problem.field}${value}: ${problem.message}\n    Fix: ${problem.fix}`;
}

/**
 * Throws one `AstroError` listing every problem (so a contributor fixes them all in one round),
 * or returns when there are none.
 */
export function throwIfProblems(
	problems: readonly Problem[],
	what = "the guide's content and data",
): void {
	if (problems.length === 0) return;
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	throw new AstroError(
		`${count} in ${what}:\n\n${problems.map(formatProblem).join('\n\n')}`,
		'Each line above names the file, the field and the bad value, then how to fix it. The data model is described in CONTRIBUTING.md ("How to add a role").',
	);
}
