import { describe, expect, test } from 'vitest';
import {
	categoryMatrix,
	groupByCategory,
	relatedEntries,
	rolesUsing,
} from '~/lib/guide/pages/catalogueUsage';
import { buildGuide } from '~/lib/guide/guideModel';
import { validGuide } from '../fixtures/guide';

const guide = buildGuide(validGuide());

describe('rolesUsing', () => {
	test('answers "which roles use X?" with the importance, level and use each role gives', () => {
		expect(
			rolesUsing(guide, guide.skill('statistics')).map((u) => [u.role.id, u.importance, u.level]),
		).toEqual([
			['ml-engineer', 'common', 'foundation'],
			['data-scientist', 'core', 'deep'],
		]);
		expect(rolesUsing(guide, guide.tool('docker')).map((u) => [u.role.id, u.use])).toEqual([
			['ml-engineer', 'Packages models'],
		]);
	});
	test('a role that requires a group of alternatives uses each member, through the group', () => {
		expect(
			rolesUsing(guide, guide.tool('jupyter')).map((u) => [u.role.id, u.importance, u.via?.id]),
		).toEqual([['data-scientist', 'common', 'notebook-tool']]);
	});
	test('an entry no role uses has an empty list (the build rejects such orphans)', () => {
		expect(rolesUsing(guide, { kind: 'tool', id: 'kubernetes' })).toEqual([]);
	});
});

describe('groupByCategory', () => {
	test('groups in category order, with role counts, leaving out empty categories', () => {
		const groups = groupByCategory(guide, guide.skills);
		expect(groups.map((g) => g.id)).toEqual(['programming', 'math-statistics']);
		expect(groups[0]!.entries.map((e) => [e.entry.id, e.roleCount])).toEqual([
			['python', 2],
			['sql', 1],
		]);
		expect(groups[1]!.entries.map((e) => [e.entry.id, e.roleCount])).toEqual([['statistics', 2]]);
	});
});

describe('relatedEntries', () => {
	test('are the other entries of the same kind and category', () => {
		expect(relatedEntries(guide, guide.skill('python')).map((e) => e.id)).toEqual(['sql']);
		expect(relatedEntries(guide, guide.skill('statistics'))).toEqual([]);
	});
});

describe('categoryMatrix', () => {
	test("counts each role's skills and tools per category", () => {
		const matrix = categoryMatrix(guide);
		expect(matrix.categories.map((c) => c.id)).toEqual([
			'programming',
			'math-statistics',
			'data-analysis',
			'infrastructure',
		]);
		// A category with skills links to the skills index; one with only tools, to the tools index.
		expect(matrix.categories.map((c) => c.url)).toEqual([
			'/skills/#programming',
			'/skills/#math-statistics',
			'/tools/#data-analysis',
			'/tools/#infrastructure',
		]);
		expect(matrix.rows.map((r) => [r.role.id, r.counts])).toEqual([
			['ml-engineer', [1, 1, 1, 1]],
			['data-scientist', [2, 1, 1, 0]],
		]);
		expect(matrix.max).toBe(2);
	});
});
