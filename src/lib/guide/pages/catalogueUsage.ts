import { type CategoryId, categories } from '~/schemas/category';
import type { CatalogueEntry, Guide, GroupEntry, Role } from '../guideModel';
import type { Importance, Level } from '~/util/vocabulary';
import { withBase } from '../../browser/paths';

/** A role that uses a skill or tool, with how much it matters there, the level and the use. */
export interface Usage {
	role: Role;
	importance: Importance;
	level?: Level | undefined;
	use?: string | undefined;
	/** The group of alternatives through which the role asks for it ("One cloud platform"), if not directly. */
	via?: GroupEntry | undefined;
}

/**
 * The roles that use a skill or tool, in role display order, directly or as one of a group of
 * alternatives they require. Answers "which roles use Kubernetes?".
 */
export function rolesUsing(guide: Guide, entry: Pick<CatalogueEntry, 'kind' | 'id'>): Usage[] {
	const groups = guide.groups.filter((g) => g.members.includes(entry.id));
	return guide.roles.flatMap((role) => {
		const list = entry.kind === 'skill' ? role.skills : role.tools;
		const direct = list.find((r) => r.id === entry.id);
		if (direct)
			return [{ role, importance: direct.importance, level: direct.level, use: direct.use }];
		for (const group of groups) {
			const found = list.find((r) => r.id === group.id);
			if (found)
				return [
					{ role, importance: found.importance, level: found.level, use: found.use, via: group },
				];
		}
		return [];
	});
}

/** One category of the catalogue with its entries and how many roles use each. */
export interface CategoryGroup {
	id: CategoryId;
	label: string;
	entries: { entry: CatalogueEntry; roleCount: number }[];
}

/** Groups catalogue entries by category (in category order) with each entry's role count. */
export function groupByCategory(guide: Guide, entries: readonly CatalogueEntry[]): CategoryGroup[] {
	const ids = (Object.keys(categories) as CategoryId[]).sort(
		(x, y) => categories[x].order - categories[y].order,
	);
	return ids
		.map((id) => ({
			id,
			label: categories[id].label,
			entries: entries
				.filter((e) => e.category === id)
				.map((entry) => ({ entry, roleCount: rolesUsing(guide, entry).length })),
		}))
		.filter((group) => group.entries.length > 0);
}

/** Other entries of the same kind in the same category, by name. */
export function relatedEntries(guide: Guide, entry: CatalogueEntry): CatalogueEntry[] {
	const pool = entry.kind === 'skill' ? guide.skills : guide.tools;
	return pool.filter((other) => other.category === entry.category && other.id !== entry.id);
}

/** For each role and category, how many of the role's skills and tools fall in the category. */
export interface CategoryMatrix {
	/** The categories in use, each with the index page that lists it (skills where it has skills, else tools). */
	categories: { id: CategoryId; label: string; url: string }[];
	rows: { role: Role; counts: number[] }[];
	max: number;
}

/** Counts each role's skills and tools per category, for the roles × categories heat map. */
export function categoryMatrix(guide: Guide): CategoryMatrix {
	const used = (Object.keys(categories) as CategoryId[])
		.sort((x, y) => categories[x].order - categories[y].order)
		.filter(
			(id) =>
				guide.skills.some((s) => s.category === id) || guide.tools.some((t) => t.category === id),
		);
	const rows = guide.roles.map((role) => {
		const category = (id: string) => {
			const target = guide.requirement(id);
			return target.kind === 'group' ? target.entries[0]!.category : target.category;
		};
		const cats = [...role.skills, ...role.tools].map((r) => category(r.id));
		return { role, counts: used.map((id) => cats.filter((c) => c === id).length) };
	});
	const url = (id: CategoryId) =>
		withBase(`/${guide.skills.some((s) => s.category === id) ? 'skills' : 'tools'}/#${id}`);
	return {
		categories: used.map((id) => ({ id, label: categories[id].label, url: url(id) })),
		rows,
		max: Math.max(1, ...rows.flatMap((r) => r.counts)),
	};
}
