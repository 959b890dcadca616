import { z } from 'astro/zod';

/** Lower-case words and digits joined by single hyphens: the shape of every id, which is also its URL slug. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of a record, which is also the last segment of its URL.
 * @example "ml-engineer"
 */
export const idSchema = z
	.string()
	.regex(idPattern, { error: 'must be lower-case words joined by hyphens, e.g. "ml-engineer"' });

/** The kinds of record an id can point to, each one collection of the guide. */
export const referenceTargets = [
	'role',
	'skill',
	'tool',
	'group',
	'source',
	'lesson',
	'resource',
	'background',
] as const;

/** One kind of record an id can point to. */
export type ReferenceTarget = (typeof referenceTargets)[number];

/** What a reference field may point to: the kinds of record, any of which satisfies it. */
export interface ReferenceMeta {
	/** The kinds of record the id may name, e.g. `['skill', 'group']`. */
	targets: readonly ReferenceTarget[];
}

/**
 * Every reference field of every schema, declared once where the field is declared: the generic
 * checker in `src/lib/guide/checks/referenceWalk.ts` walks a record with its schema and checks each value found
 * under a registered field, so a new kind of reference needs no new hand-written check.
 */
export const references = z.registry<ReferenceMeta>();

const targetNouns = (targets: readonly ReferenceTarget[]) => targets.join(' or ');

/**
 * An id pointing at a record of another collection (a role, skill, tool, group, source or lesson).
 * The shape is checked here; that the record exists is checked after loading by the generic
 * reference checker, which fails the build with a "did you mean" when it does not.
 * @param targets The kinds of record the id may name; any of them satisfies it.
 */
export const idRefSchema = (...targets: [ReferenceTarget, ...ReferenceTarget[]]) => {
	const schema = z.string().regex(idPattern, {
		error: `must be the id of a ${targetNouns(targets)}: lower-case words joined by hyphens, e.g. "ml-engineer"`,
	});
	references.add(schema, { targets });
	return schema;
};

/**
 * The id of a lesson: its path under `content/` without the extension.
 * @example "roles/ml-engineer"
 * @example "lessons/ai-vs-ml"
 */
export const lessonIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, {
		error:
			'must be the id of a lesson: its path under content/ without the extension, e.g. "lessons/ai-vs-ml"',
	});
references.add(lessonIdSchema, { targets: ['lesson'] });

/** A calendar date as a source gives it: a year, a month or a day. */
export const partialDateSchema = z
	.string()
	.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
		error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-03-14"',
	});

/** An absolute `https://` link; plain `http` is refused so that every outbound link is safe to follow. */
export const httpsUrlSchema = z.url({
	protocol: /^https$/,
	error: 'must be an absolute https:// URL',
});

/**
 * An error message for a required field that is absent, saying what to write there; other errors
 * keep zod's wording. Use as `z.string({ error: missing('…') })`.
 * @param what What the field should hold, e.g. `one sentence saying what the role is for`.
 */
export const missing = (what: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? `is missing: add ${what}` : undefined;
