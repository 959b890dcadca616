import type { Problem } from '../../ingest/guideError';
import { type GuideInput, roleLessonFolder } from '../../ingest/guideInput';
import { roleOfLesson, roleRecordFile } from '../../ingest/roleLessonFacts';

/** The fewest characters a lesson's description has: it stands for the lesson in search results and link previews. */
export const minimumDescription = 20;

/**
 * Each role has exactly one lesson, at `content/roles/<role>.mdx`, which leaves its title and sidebar
 * order to its role's record; lessons state their reading time and outcomes and do not point at themselves.
 */
export function lessonProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const roleIds = new Set(input.roles.map((r) => r.id));
	const roleById = new Map(input.roles.map((r) => [r.id, r.data]));
	const lessonByRole = new Set<string>();
	for (const lesson of input.lessons) {
		const { file, data } = lesson;
		const [folder, name] = lesson.id.split('/');
		if (data.readingTime === undefined)
			problems.push({
				file,
				field: 'readingTime',
				message: 'is missing: every lesson states its estimated reading time',
				fix: 'Add "readingTime: <minutes>" to the frontmatter (a whole number, 1 to 120).',
			});
		if (data.description === undefined)
			problems.push({
				file,
				field: 'description',
				message:
					'is missing: every lesson has a description, which search results and link previews show',
				fix: 'Add "description: <one sentence on what the lesson covers>" to the frontmatter (at least 20 characters).',
			});
		else if (data.description.length < minimumDescription)
			problems.push({
				file,
				field: 'description',
				value: data.description,
				message: `is too short: at least ${minimumDescription} characters`,
				fix: 'Say in one sentence what the lesson covers.',
			});
		if (data.outcomes === undefined)
			problems.push({
				file,
				field: 'outcomes',
				message: 'is missing: every lesson lists what the reader can do after it',
				fix: 'Add "outcomes:" with at least one item to the frontmatter.',
			});
		if (folder === roleLessonFolder) {
			if (!data.role)
				problems.push({
					file,
					field: 'role',
					message: 'is missing: a lesson in content/roles/ presents a role',
					fix: `Add "role: ${name}" to the frontmatter, or move the lesson to content/lessons/.`,
				});
			else if (data.role !== name)
				problems.push({
					file,
					field: 'role',
					value: data.role,
					message: `does not match the file name "${name}"`,
					fix: `Name the file content/roles/${data.role}.mdx, or set "role: ${name}".`,
				});
		} else if (data.role) {
			problems.push({
				file,
				field: 'role',
				value: data.role,
				message: 'is set on a lesson outside content/roles/',
				fix: `Move the lesson to content/roles/${data.role}.mdx, or remove "role".`,
			});
		}
		if (data.role && roleIds.has(data.role)) lessonByRole.add(data.role);
		// A role lesson's title and sidebar order are filled from its record when it is read; written in
		// the lesson too, they would be a second copy of each fact to keep in step with the first.
		const roleId = roleOfLesson(lesson.id);
		const record = roleId === undefined ? undefined : roleById.get(roleId);
		if (roleId !== undefined && record)
			for (const { field, value } of data.writtenFacts ?? [])
				problems.push({
					file,
					field,
					value,
					message: `is written in the lesson, but comes from the role's record: ${field === 'title' ? `its name, "${record.name}"` : `its order, ${record.order}`}`,
					fix: `Delete the line${field === 'sidebar.order' ? ' (and "sidebar:" if nothing else is under it)' : ''}; the title and order come from ${roleRecordFile(roleId)}.`,
				});
		data.prerequisites.forEach((id, i) => {
			if (id === lesson.id)
				problems.push({
					file,
					field: `prerequisites[${i}]`,
					value: id,
					message: 'is the lesson itself',
					fix: 'Remove it.',
				});
		});
		if (data.next === lesson.id)
			problems.push({
				file,
				field: 'next',
				value: data.next,
				message: 'is the lesson itself',
				fix: 'Point to another lesson, or remove "next".',
			});
	}
	for (const role of input.roles) {
		if (!lessonByRole.has(role.id))
			problems.push({
				file: role.file,
				field: '(record)',
				value: role.id,
				message: 'has no lesson',
				fix: `Create content/roles/${role.id}.mdx with "role: ${role.id}" in its frontmatter.`,
			});
	}
	return problems;
}
