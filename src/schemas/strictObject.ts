import { z } from 'astro/zod';
import { didYouMean } from '~/util/didYouMean';

/**
 * `z.strictObject` whose error for an unknown field suggests the field the author probably meant,
 * e.g. `unknown field "skils" (did you mean "skills"?)`.
 */
export function strictObject<T extends z.ZodRawShape>(
	shape: T,
	options: { error?: (issue: { input?: unknown }) => string | undefined } = {},
) {
	const fields = Object.keys(shape).map((id) => ({ id }));
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return options.error?.(issue);
			const described = issue.keys.map((key) => {
				const near = didYouMean(key, fields);
				return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
			});
			return `unknown field ${described.join(', ')}; the fields are: ${Object.keys(shape).join(', ')}`;
		},
	});
}
