import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { requirementGroups } from '~/lib/guide/pages/requirementGroups';
import { categories } from '~/schemas/category';
import { readContent } from '../helpers/readContent';

const guide = buildGuide(readContent());

describe('requirementGroups', () => {
	for (const role of guide.roles) {
		test(`${role.id}: core first, every requirement once, categories in catalogue order`, () => {
			for (const list of ['skills', 'tools'] as const) {
				const groups = requirementGroups(guide, role, list);
				const order = ['core', 'common', 'plus'];
				expect(groups.map((g) => order.indexOf(g.importance))).toEqual([...groups.map((g) => order.indexOf(g.importance))].sort());
				expect(groups.flatMap((g) => g.items.map((i) => i.target.id)).sort()).toEqual(role[list].map((r) => r.id).sort());
				for (const g of groups) {
					expect(g.byCategory.flatMap((c) => c.items)).toHaveLength(g.items.length);
					const ranks = g.byCategory.map((c) => Object.values(categories).find((x) => x.label === c.label)!.order);
					expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
				}
			}
		});
	}
});
