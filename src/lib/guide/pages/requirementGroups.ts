import { type CategoryId, categories } from '~/schemas/category';
import type { Guide, RequirementTarget, Role } from '../guideModel';
import { type Importance, importances } from '~/util/vocabulary';

/** One requirement of a role as its page lists it. */
export interface ListedRequirement {
	target: RequirementTarget;
	level?: string | undefined;
	use?: string | undefined;
}

/** A role's skills or tools of one importance, and the same split by category. */
export interface RequirementGroup {
	importance: Importance;
	items: ListedRequirement[];
	/** The items by category, in the catalogue's category order (a group of alternatives by its first member's). */
	byCategory: { label: string; items: ListedRequirement[] }[];
}

const categoryOf = (target: RequirementTarget): CategoryId =>
	(target.kind === 'group' ? target.entries[0]!.category : target.category) as CategoryId;

/**
 * A role's skills or tools grouped by how much they matter, core first, each group also split by
 * category, so that a long list reads as a few short ones. Importances the role does not use are left out.
 */
export function requirementGroups(
	guide: Guide,
	role: Role,
	list: 'skills' | 'tools',
): RequirementGroup[] {
	const items = role[list].map((r) => ({
		target: guide.requirement(r.id),
		level: r.level,
		use: r.use,
		importance: r.importance,
	}));
	return importances
		.map((importance) => {
			const inGroup = items
				.filter((i) => i.importance === importance)
				.map(({ target, level, use }) => ({ target, level, use }));
			const ids = [...new Set(inGroup.map((i) => categoryOf(i.target)))].sort(
				(a, b) => categories[a].order - categories[b].order,
			);
			return {
				importance,
				items: inGroup,
				byCategory: ids.map((id) => ({
					label: categories[id].label,
					items: inGroup.filter((i) => categoryOf(i.target) === id),
				})),
			};
		})
		.filter((g) => g.items.length > 0);
}
