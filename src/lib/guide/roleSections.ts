import { slug } from 'github-slugger';
import type { RoleData } from '~/schemas/role';

/**
 * A section of a role lesson. Its heading's id is stable: comparison, skill and tool pages link to
 * `/roles/<id>/#<section id>`, so a role lesson must use exactly these headings, in this order, for
 * the sections its data fills (and no heading for the ones it leaves empty).
 */
export interface RoleSection {
	/** The heading's anchor id. */
	id: string;
	/** The heading text an author writes after `## `. */
	heading: string;
	/** The data block written under the heading, as `<Role.{block} id="…" />`. */
	block: string;
	/** Whether the role's data fills this section. */
	hasData: (role: RoleData) => boolean;
}

/** The sections of a role lesson, in page order. */
export const roleSections: readonly RoleSection[] = [
	{ id: 'what-they-do', heading: 'What they do', block: 'Responsibilities', hasData: () => true },
	{
		id: 'a-typical-day',
		heading: 'A typical day',
		block: 'TypicalDay',
		hasData: (r) => r.typicalDay !== undefined,
	},
	{ id: 'skills', heading: 'Skills', block: 'Skills', hasData: (r) => r.skills.length > 0 },
	{ id: 'tools', heading: 'Tools', block: 'Tools', hasData: (r) => r.tools.length > 0 },
	{
		id: 'example-projects',
		heading: 'Example projects',
		block: 'Projects',
		hasData: (r) => r.projects.length > 0,
	},
	{
		id: 'career-ladder',
		heading: 'Career ladder',
		block: 'Ladder',
		hasData: (r) => r.ladder.length > 0,
	},
	{
		id: 'is-this-role-for-you',
		heading: 'Is this role for you?',
		block: 'FitsYouIf',
		hasData: (r) => r.fitsYouIf.length > 0,
	},
	{ id: 'the-market', heading: 'The market', block: 'Market', hasData: () => true },
	{ id: 'sources', heading: 'Sources', block: 'Sources', hasData: () => true },
];

/** The id Starlight gives a Markdown heading: Astro's slug of its text, made by github-slugger. */
export function headingSlug(text: string): string {
	// Markdown drops the spaces around a heading's text before Astro slugs it.
	return slug(text.trim());
}

/** The section ids a role's lesson must have, in order. */
export function expectedSectionIds(role: RoleData): string[] {
	return roleSections.filter((s) => s.hasData(role)).map((s) => s.id);
}

/**
 * Compares the level-2 heading ids of a role lesson with the sections its data fills, and describes
 * each difference (empty when the lesson is complete and in order).
 */
export function sectionMismatches(role: RoleData, headingIds: readonly string[]): string[] {
	const expected = expectedSectionIds(role);
	const known = new Set(roleSections.map((s) => s.id));
	const present = headingIds.filter((id) => known.has(id));
	const problems: string[] = [];
	for (const id of expected) {
		if (!present.includes(id))
			problems.push(
				`is missing the section "## ${roleSections.find((s) => s.id === id)!.heading}"`,
			);
	}
	for (const id of present) {
		if (!expected.includes(id))
			problems.push(
				`has a section "## ${roleSections.find((s) => s.id === id)!.heading}" that the role's data leaves empty`,
			);
	}
	const inOrder = present.filter((id) => expected.includes(id));
	const wantedOrder = expected.filter((id) => inOrder.includes(id));
	if (problems.length === 0 && inOrder.join() !== wantedOrder.join()) {
		problems.push(
			`has its sections out of order: write them as ${expected.map((id) => `"${roleSections.find((s) => s.id === id)!.heading}"`).join(', ')}`,
		);
	}
	return problems;
}

/**
 * The URL of a section of a role's page, or of the page itself when the role's data leaves that
 * section out (so links never point at a heading that does not exist).
 */
export function roleSectionUrl(role: RoleData & { url: string }, sectionId: string): string {
	return expectedSectionIds(role).includes(sectionId) ? `${role.url}#${sectionId}` : role.url;
}
