/**
 * The guide's prose as the prose checks read it: every lesson body, and every text field of the role
 * and getting-hired records, each with the file and field it sits in.
 */
import type { GuideInput } from '../../ingest/guideInput';

/** A piece of prose and where it sits. */
export interface ProseText {
	file: string;
	/** The field it is in: `body` for a lesson, else the path in the record. @example "entryRoutes[2]" */
	field: string;
	text: string;
}

function strings(value: unknown, path: string): { field: string; text: string }[] {
	if (typeof value === 'string') return [{ field: path, text: value }];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) =>
			strings(item, path ? `${path}.${key}` : key),
		);
	return [];
}

/** Every piece of prose in the guide's lessons, role records and getting-hired records. */
export function proseTexts(input: GuideInput): ProseText[] {
	return [
		...input.lessons.flatMap((l) =>
			l.data.body ? [{ file: l.file, field: 'body', text: l.data.body }] : [],
		),
		...input.roles.flatMap((r) => strings(r.data, '').map((s) => ({ file: r.file, ...s }))),
		...input.interviews.flatMap((i) => strings(i.data, '').map((s) => ({ file: i.file, ...s }))),
	];
}

/** The sentences of a text, roughly: split after a full stop, question mark or exclamation mark, and at line breaks. */
export const sentences = (text: string): string[] =>
	text
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter(Boolean);
