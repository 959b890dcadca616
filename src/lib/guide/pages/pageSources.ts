import type { Guide } from '../guideModel';
import type { PageSubject } from './pageSubject';

/**
 * The files a page is built from, by what the page is about: the role's lesson and record for a role
 * page, the catalogue for a skill or tool, and so on. "Edit page" leads to the first; "Last updated"
 * is the newest change among all of them. An overview page has none: it is built from the code.
 */
export function pageSources(subject: PageSubject, guide: Guide): string[] {
	switch (subject.kind) {
		case 'role':
			return [`content/roles/${subject.role}.mdx`, guide.role(subject.role).file];
		case 'roadmap':
			return [
				guide.role(subject.role).file,
				'content/data/skills.yaml',
				'content/data/tools.yaml',
				'content/data/resources.yaml',
			];
		case 'hiring':
			return [`content/data/interviews/${subject.role}.yaml`, 'content/data/projects.yaml'];
		case 'comparison':
			return subject.roles.map((id) => guide.role(id).file);
		case 'tool':
			return ['content/data/tools.yaml'];
		case 'project':
			return ['content/data/projects.yaml'];
		case 'skill':
			return ['content/data/skills.yaml'];
		case 'lesson':
			return [subject.file];
		default:
			return [];
	}
}
