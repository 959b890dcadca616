import { describe, expect, test } from 'vitest';
import { scoreRoles, statementsFor, type WeightedStatement } from '~/lib/browser/pathScore';

const roles = [
	{ id: 'data-scientist' },
	{ id: 'ml-engineer' },
	{ id: 'ai-engineer' },
	{ id: 'mlops-engineer' },
];
const statements: WeightedStatement[] = [
	{ id: 'stats', weights: [{ role: 'data-scientist', weight: 3 }] },
	{
		id: 'systems',
		weights: [
			{ role: 'ml-engineer', weight: 3 },
			{ role: 'mlops-engineer', weight: 2 },
		],
	},
	{
		id: 'agents',
		weights: [
			{ role: 'ai-engineer', weight: 3 },
			{ role: 'ml-engineer', weight: 1 },
		],
	},
	{ id: 'devops', weights: [{ role: 'mlops-engineer', weight: 3 }] },
];

describe('statementsFor', () => {
	test('lists the statements that point to a role, with its weight, in statement order', () => {
		expect(statementsFor(statements, 'ml-engineer')).toEqual([
			{ id: 'systems', weight: 3 },
			{ id: 'agents', weight: 1 },
		]);
		expect(statementsFor(statements, 'nobody')).toEqual([]);
	});
});

describe('scoreRoles', () => {
	test('ticking nothing ranks nothing', () => {
		expect(scoreRoles(statements, [], roles)).toEqual([]);
	});

	test('ranks by score, with the ticked statements as reasons and the share of what the role can score', () => {
		expect(scoreRoles(statements, ['systems', 'agents'], roles)).toEqual([
			{ roleId: 'ml-engineer', score: 4, max: 4, share: 1, reasons: ['systems', 'agents'] },
			{ roleId: 'ai-engineer', score: 3, max: 3, share: 1, reasons: ['agents'] },
			{ roleId: 'mlops-engineer', score: 2, max: 5, share: 0.4, reasons: ['systems'] },
		]);
	});

	test('an equal score goes to the higher share, then to the role listed first', () => {
		// data-scientist and ai-engineer both score 3 with a share of 1: the one listed first wins.
		const tie = scoreRoles(statements, ['agents', 'stats'], roles);
		expect(tie.map((r) => [r.roleId, r.score, r.share])).toEqual([
			['data-scientist', 3, 1],
			['ai-engineer', 3, 1],
			['ml-engineer', 1, 0.25],
		]);
		expect(
			scoreRoles(statements, ['stats', 'agents'], [...roles].reverse()).map((r) => r.roleId),
		).toEqual(['ai-engineer', 'data-scientist', 'ml-engineer']);
		// Both score 2, but ml-engineer got all it could (2 of 2) and data-scientist 2 of 3.
		const shareDecides = scoreRoles(
			[
				{
					id: 'a',
					weights: [
						{ role: 'ml-engineer', weight: 2 },
						{ role: 'data-scientist', weight: 2 },
					],
				},
				{ id: 'b', weights: [{ role: 'data-scientist', weight: 1 }] },
			],
			['a'],
			roles,
		);
		expect(shareDecides.map((r) => r.roleId)).toEqual(['ml-engineer', 'data-scientist']);
	});

	test('ticking every statement gives every role its maximum', () => {
		const all = scoreRoles(
			statements,
			statements.map((s) => s.id),
			roles,
		);
		expect(all.every((r) => r.score === r.max && r.share === 1)).toBe(true);
		expect(all.map((r) => [r.roleId, r.score])).toEqual([
			['mlops-engineer', 5],
			['ml-engineer', 4],
			['data-scientist', 3],
			['ai-engineer', 3],
		]);
	});

	test('unknown ticked ids, repeated ids and weights for roles not ranked are ignored', () => {
		expect(scoreRoles(statements, ['stats', 'stats', 'nope', '<script>'], roles)).toEqual([
			{ roleId: 'data-scientist', score: 3, max: 3, share: 1, reasons: ['stats'] },
		]);
		expect(scoreRoles(statements, ['devops'], [{ id: 'data-scientist' }])).toEqual([]);
	});

	test('a role no statement points to has a share of 0, not NaN, and is never ranked', () => {
		const ranked = scoreRoles(
			statements,
			statements.map((s) => s.id),
			[...roles, { id: 'research-scientist' }],
		);
		expect(ranked.map((r) => r.roleId)).not.toContain('research-scientist');
		expect(ranked.every((r) => Number.isFinite(r.share))).toBe(true);
	});
});
