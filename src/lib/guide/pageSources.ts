import type { Guide } from './guideModel';
import { hiringSegment, pathSections, roadmapSegment } from '../browser/paths';
import { pairBySlug } from './rolePairs';

/**
 * The files a page is built from, by page path (without base path, e.g. `tools/kubernetes`): the
 * lesson for a lesson, the role's record and lesson for a role page, the catalogue for a skill or tool.
 * "Edit this page" leads to the first; "Last updated" is the newest change among all of them.
 */
export function pageSources(path: string, guide: Guide): string[] {
	const [section, id] = pathSections(path);
	if (section === 'roles' && id) {
		const role = guide.role(id);
		if (path.includes(`/${hiringSegment}`)) return [`content/data/interviews/${id}.yaml`, 'content/data/projects.yaml'];
		if (path.includes(`/${roadmapSegment}`)) return [role.file, 'content/data/skills.yaml', 'content/data/tools.yaml', 'content/data/resources.yaml'];
		return [`content/roles/${id}.mdx`, role.file];
	}
	if (section === 'lessons' && id) return [`content/lessons/${id}.mdx`];
	if (section === 'tools' && id) return ['content/data/tools.yaml'];
	if (section === 'skills' && id) return ['content/data/skills.yaml'];
	if (section === 'compare' && id) {
		const pair = pairBySlug(guide.roles, id);
		return pair ? [pair.a.file, pair.b.file] : [];
	}
	return [];
}
