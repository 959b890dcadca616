/**
 * A role lesson (`content/roles/<id>.mdx`) does not write its title or sidebar order: they are its
 * role's name and order, from `content/data/roles/<id>.yaml`, filled in when the lesson is read. The
 * docs collection's loader (src/loaders/roleLessonFacts.ts) and the tests' reader (readGuideInput.ts)
 * both fill them with `withRoleFacts`, so the page title, the sidebar and every table agree by
 * construction. A lesson that writes them anyway is refused by one check, src/lib/guide/checks/lessons.ts.
 */
import { z } from 'astro/zod';
import { roleSchema } from '~/schemas/role';
import type { Problem } from './guideError';
import { roleLessonFolder } from './guideInput';
import { recordFile, recordSources } from './sources';

/** A field a role lesson takes from its role's record, as the lesson wrote it anyway. */
export interface WrittenFact {
	/** The frontmatter field, as messages name it. */
	field: 'title' | 'sidebar.order';
	/** The value the lesson wrote. */
	value: unknown;
}

/** What a role lesson takes from its role's record. */
export interface RoleFacts {
	/** The role's name: the lesson's title. */
	name: string;
	/** The role's position in role lists: the lesson's sidebar order. */
	order: number;
}

/** The record fields a role lesson takes, validated as the role schema validates them (so with its messages). */
export const roleFactsSchema = z.object({
	/** The role's name, as in src/schemas/role.ts. */
	name: roleSchema.shape.name,
	/** The role's order, as in src/schemas/role.ts. */
	order: roleSchema.shape.order,
});

/**
 * The key under which the build's content store keeps, with a role lesson's parsed data, the fields
 * it wrote that its record gives: the schema drops fields it does not know, so the loader adds them
 * after parsing, and src/lib/guide/guide.ts hands them to the checks as `writtenFacts`.
 */
export const writtenFactsKey = '$writtenFacts';

/** The id of the role a lesson presents, by where it is: `roles/<id>` presents role `<id>`, any other lesson none. */
export function roleOfLesson(lessonId: string): string | undefined {
	const [folder, name] = lessonId.split('/');
	return folder === roleLessonFolder ? name : undefined;
}

/** The file of the role record a role lesson takes its title and order from. */
export const roleRecordFile = (roleId: string): string => recordFile(recordSources.roles, roleId);

/**
 * A role lesson's frontmatter with its title and sidebar order set to its role's name and order,
 * and the ones of the two the lesson wrote itself (which the lessons check refuses). Other sidebar
 * fields are kept; a sidebar written as something other than a mapping is left for the schema to report.
 * @param front The frontmatter as written.
 */
export function withRoleFacts(
	front: Record<string, unknown>,
	role: RoleFacts,
): { front: Record<string, unknown>; written: WrittenFact[] } {
	const sidebar = front['sidebar'];
	const mapping =
		typeof sidebar === 'object' && sidebar !== null && !Array.isArray(sidebar)
			? (sidebar as Record<string, unknown>)
			: undefined;
	const written: WrittenFact[] = [];
	if ('title' in front) written.push({ field: 'title', value: front['title'] });
	if (mapping && 'order' in mapping)
		written.push({ field: 'sidebar.order', value: mapping['order'] });
	const filled =
		sidebar === undefined || sidebar === null
			? { order: role.order }
			: mapping
				? { ...mapping, order: role.order }
				: sidebar;
	return { front: { ...front, title: role.name, sidebar: filled }, written };
}

/** The problem of a role lesson whose role has no record to take its title and order from. */
export function missingRecordProblem(lessonFile: string, roleId: string): Problem {
	const file = roleRecordFile(roleId);
	return {
		file: lessonFile,
		field: '(file)',
		value: roleId,
		message: `presents a role that has no record, ${file}, to take its title and sidebar order from`,
		fix: `Create ${file} (CONTRIBUTING.md, "How to add a role"), or move the lesson to content/lessons/ if it does not present a role.`,
	};
}
