import { categories } from '~/schemas/category';
import { rolesUsing } from './catalogueUsage';
import type { Guide } from '../guideModel';
import type { PageSubject } from './pageSubject';
import { canonicalPair } from './rolePairs';

/** The kinds of page a search result can be, as shown in the filter panel. */
export const pageKinds = {
	role: 'Role',
	lesson: 'Lesson',
	comparison: 'Comparison',
	tool: 'Tool',
	skill: 'Skill',
	roadmap: 'Roadmap',
	hiring: 'Getting hired',
	project: 'Project',
	overview: 'Overview',
} as const;

/** The kind of a page. */
export type PageKind = keyof typeof pageKinds;

/** What search knows about a page beyond its text: filters, and extra words to match. */
export interface SearchMeta {
	kind: PageKind;
	/** Filter name → values; each value becomes one `data-pagefind-filter` attribute. */
	filters: Record<string, string[]>;
	/** Names of the page's subject (its name, short names, aliases), matched by search with extra weight. */
	aliases: string[];
	/** For a role: the names of the tools it uses, matched with a little extra weight ("which roles use MLflow?"). */
	uses: string[];
}

/**
 * Search metadata for a page, from what it is about and the data. Every alias and filter value comes
 * from the data, so adding "k8s" to Kubernetes's aliases is all it takes for search to find it by
 * that name.
 */
export function searchMetaFor(subject: PageSubject, guide: Guide): SearchMeta {
	const kindFilter = (kind: PageKind) => ({ kind: [pageKinds[kind]] });
	switch (subject.kind) {
		case 'roadmap': {
			const role = guide.role(subject.role);
			// "ml engineer roadmap", "learn mlops": the role's names, each with the words readers add.
			return {
				kind: 'roadmap',
				filters: { ...kindFilter('roadmap'), role: [role.name] },
				aliases: [role.name, ...role.shortNames].flatMap((name) => [
					`${name} roadmap`,
					`learn ${name}`,
				]),
				uses: [],
			};
		}
		case 'hiring': {
			const role = guide.role(subject.role);
			// "ml engineer interview questions", "data scientist take-home".
			return {
				kind: 'hiring',
				filters: { ...kindFilter('hiring'), role: [role.name] },
				aliases: [role.name, ...role.shortNames].flatMap((name) => [
					`${name} interview`,
					`${name} interview questions`,
					`${name} take-home`,
					`${name} portfolio projects`,
				]),
				uses: [],
			};
		}
		case 'role': {
			const role = guide.role(subject.role);
			return {
				kind: 'role',
				filters: { ...kindFilter('role'), role: [role.name] },
				aliases: [role.name, ...role.shortNames],
				// Tools only: skills already rank through the role's weighted skill list, and every byte
				// here is paid on every visit to the page.
				uses: role.tools.flatMap((t) => {
					const target = guide.requirement(t.id);
					return target.kind === 'group' ? target.entries.map((e) => e.name) : [target.name];
				}),
			};
		}
		case 'comparison': {
			const pair = canonicalPair(guide.role(subject.roles[0]), guide.role(subject.roles[1]));
			// Only short names: the title already carries the full names, and repeating them here would
			// let 78 comparisons outrank the role pages when a reader searches a role's name.
			return {
				kind: 'comparison',
				filters: { ...kindFilter('comparison'), role: [pair.a.name, pair.b.name] },
				aliases: pair.a.shortNames.flatMap((x) => pair.b.shortNames.map((y) => `${x} vs ${y}`)),
				uses: [],
			};
		}
		case 'skill':
		case 'tool': {
			const entry = subject.kind === 'tool' ? guide.tool(subject.id) : guide.skill(subject.id);
			return {
				kind: entry.kind,
				filters: {
					...kindFilter(entry.kind),
					category: [categories[entry.category].label],
					role: rolesUsing(guide, entry).map((u) => u.role.name),
				},
				aliases: [entry.name, ...entry.aliases],
				uses: [],
			};
		}
		case 'project': {
			const project = guide.project(subject.id);
			// "mlops portfolio project", "fraud detection project".
			return {
				kind: 'project',
				filters: { ...kindFilter('project'), role: project.roles.map((id) => guide.role(id).name) },
				aliases: [`${project.title} project`],
				// Not its stack: a tool's own page, not a project that uses it, should answer "kubernetes".
				uses: [],
			};
		}
		case 'lesson':
			return { kind: 'lesson', filters: kindFilter('lesson'), aliases: [], uses: [] };
		default:
			return { kind: 'overview', filters: kindFilter('overview'), aliases: [], uses: [] };
	}
}
