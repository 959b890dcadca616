import type { Guide } from '../guideModel';
import { sitePath } from '../../browser/paths';
import type { SearchVocabulary } from '../../browser/searchIntent';

/**
 * The names the search dialog recognises in a query (see `interpretQuery`), from the data: every
 * role's name and short names, every skill's and tool's name and aliases with its page, the
 * starting points that are not roles, and every portfolio project's id and title.
 */
export function searchVocabulary(guide: Guide): SearchVocabulary {
	return {
		roles: guide.roles.map((role) => ({
			id: role.id,
			order: role.order,
			names: [role.name, ...role.shortNames],
			hiring: guide.interviewOf(role.id) !== undefined,
			pay: guide.payOf(role.id).length > 0,
		})),
		entries: [...guide.skills, ...guide.tools].map((entry) => ({
			names: [entry.name, ...entry.aliases],
			path: sitePath(entry.pageUrl),
		})),
		backgrounds: guide.backgrounds.map((b) => ({ id: b.id, names: [b.name] })),
		projects: guide.projects.map((p) => ({ id: p.id, title: p.title })),
	};
}
