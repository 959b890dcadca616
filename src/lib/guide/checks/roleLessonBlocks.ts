/**
 * A role lesson shows its role's data: it opens with `<Role.Summary />`, and each fixed section
 * holds its data block (`## Skills` holds `<Role.Skills />`), so a heading never stands over prose
 * alone while the data it promises is missing. (Which sections a lesson has, and in what order, is
 * checked on the rendered headings by src/routeMiddleware/roleSections.ts.)
 */
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';
import { headingSlug, roleSections } from '../roleSections';

/** Whether a body holds a data block, self-closing or not: `<Role.Skills />`, `<Role.Ladder role="…">`. */
const holds = (text: string, block: string) => new RegExp(`<Role\\.${block}(?=[\\s/>])`).test(text);

/** Every role lesson without its summary, or with a fixed section that lacks its data block. */
export function roleLessonBlockProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	for (const lesson of input.lessons) {
		const body = lesson.data.body;
		if (!lesson.data.role || body === undefined) continue;
		if (!holds(body, 'Summary'))
			problems.push({
				file: lesson.file,
				field: 'body',
				message: 'has no <Role.Summary />',
				fix: 'Put "<Role.Summary />" after the frontmatter and imports, before the first section.',
			});
		for (const part of body.split(/^## /m).slice(1)) {
			const heading = part.split('\n', 1)[0]!.trim();
			const section = roleSections.find((s) => s.id === headingSlug(heading));
			if (section && !holds(part, section.block))
				problems.push({
					file: lesson.file,
					field: `body → ## ${section.heading}`,
					message: `has no <Role.${section.block} />, so the section shows none of the role's data`,
					fix: `Write "<Role.${section.block} />" in the section; see src/lib/guide/roleSections.ts.`,
				});
		}
	}
	return problems;
}
