import { z } from 'astro/zod';
import { didYouMean } from '~/util/didYouMean';
import type { Problem } from './guideError';

/** A field path as the guide's messages write it: `skills[3].id`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(text, key) =>
			typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`,
		'',
	);
}

/** The value at a path inside a record, if there is one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>(
		(value, key) =>
			value !== null && typeof value === 'object'
				? (value as Record<PropertyKey, unknown>)[key]
				: undefined,
		data,
	);
}

/** Marks a message zod wrote itself, so that the guide can tell it from one a schema words for authors. */
const zodWording = '\u0000';

/**
 * Zod's own message for an issue no schema worded, marked: passed as the per-parse error map, it is
 * consulted only where the schema has no message of its own (zod's precedence), so the mark tells by
 * construction, not by matching zod's English, which issues the guide should word itself.
 */
const markZodWording = (
	issue: Parameters<NonNullable<ReturnType<typeof z.config>['localeError']>>[0],
) => {
	const own = z.config().localeError?.(issue);
	return `${zodWording}${typeof own === 'string' ? own : (own?.message ?? issue.code)}`;
};

/**
 * Every field-by-field mistake in a record, in the guide's own format: file, field path, the value
 * written and what is wrong (the schemas word their messages for authors, with a did-you-mean for
 * unknown fields and values outside a set).
 * @param prefix what goes before the field path, for an entry of a list file: `(entry "docker").`
 */
export function schemaProblems(
	schema: z.ZodType,
	data: unknown,
	file: string,
	prefix = '',
	schemaFile = 'the schema in src/schemas/',
): Problem[] {
	const result = schema.safeParse(data, { error: markZodWording });
	if (result.success) return [];
	return result.error.issues.map((marked) => {
		// Whether the schema words this issue for authors; where it does not, the guide words it by the issue's code.
		const worded = !marked.message.startsWith(zodWording);
		const issue = {
			...marked,
			message: worded ? marked.message : marked.message.slice(zodWording.length),
		};
		const where = fieldPath(issue.path);
		const field = where ? `${prefix}${where}` : prefix.replace(/\.$/, '') || '(record)';
		if (issue.code === 'unrecognized_keys')
			return {
				file,
				field,
				value: issue.keys,
				message: issue.message,
				fix: /did you mean/.test(issue.message)
					? 'Rename the field as suggested, or remove it.'
					: 'Remove the field, or rename it to one of the fields listed.',
			};
		const value = valueAt(data, issue.path);
		if (value === undefined) {
			// Zod's own wording ("Invalid input: expected string, received undefined") says less than "missing".
			const message = !worded
				? `is missing${'expected' in issue ? ` (a ${String(issue.expected)} is expected)` : ''}`
				: /^is missing/.test(issue.message)
					? issue.message
					: `is missing; it ${issue.message}`;
			return { file, field, message, fix: `Add the field, as ${schemaFile} describes it.` };
		}
		if (issue.code === 'invalid_value' && typeof value === 'string') {
			const allowed = issue.values.map(String);
			const near = didYouMean(
				value,
				allowed.map((id) => ({ id })),
			);
			return {
				file,
				field,
				value,
				message: worded ? issue.message : 'is not one of the allowed values',
				fix: `${near ? `Did you mean "${near}"? ` : ''}Write one of: ${allowed.join(', ')}.`,
			};
		}
		if (issue.code === 'invalid_type') {
			const written = Array.isArray(value)
				? 'a list'
				: value === null
					? 'empty'
					: typeof value === 'object'
						? 'a mapping'
						: `a ${typeof value}`;
			const message = worded
				? issue.message
				: `is ${written}, where a ${String(issue.expected)} is expected`;
			return {
				file,
				field,
				value,
				message,
				fix: `Write a ${String(issue.expected)} here, as ${schemaFile} describes it.`,
			};
		}
		if ((issue.code === 'too_small' || issue.code === 'too_big') && !worded) {
			const small = issue.code === 'too_small';
			const limit = Number(small ? issue.minimum : issue.maximum);
			const unit =
				issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
			const message = unit
				? `is too ${small ? (unit === 'items' ? 'short a list' : 'short') : unit === 'items' ? 'long a list' : 'long'}: ${small ? 'at least' : 'at most'} ${limit} ${limit === 1 ? unit.replace(/s$/, '') : unit}`
				: `must be ${small ? 'at least' : 'at most'} ${limit}`;
			return { file, field, value, message, fix: `Write the field as ${schemaFile} describes it.` };
		}
		return {
			file,
			field,
			value,
			message: issue.message,
			fix: `Write the field as ${schemaFile} describes it.`,
		};
	});
}
