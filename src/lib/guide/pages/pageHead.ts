import { type Guide, type Role, requirementLabel } from '../guideModel';

/**
 * schema.org `Occupation` data for a role page, from the role's record: what search engines and
 * assistants read to understand the page.
 * @param pageUrl The page's absolute URL.
 */
export function occupationJsonLd(
	role: Role,
	guide: Guide,
	pageUrl: string,
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Occupation',
		name: role.name,
		...(role.shortNames.length > 0 && { alternateName: role.shortNames }),
		description: role.summary,
		url: pageUrl,
		// The must-have skills, names only: the page itself lists the rest with responsibilities and
		// tools (and /api/roles.json all of it), and every byte here is paid on every visit.
		skills: role.skills
			.filter((s) => s.importance === 'core')
			.map((s) => requirementLabel(guide.requirement(s.id)))
			.join(', '),
		...(role.background.length > 0 && { qualifications: role.background.join('; ') }),
	};
}
