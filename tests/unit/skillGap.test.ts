import { describe, expect, test } from 'vitest';
import { type GapRole, rankByGap, skillGap } from '~/lib/skillGap';
import { readContent } from '../helpers/readContent';

const mle: GapRole = { id: 'ml-engineer', skills: [{ id: 'python' }, { id: 'ml-fundamentals' }, { id: 'sql' }], tools: [{ id: 'docker' }, { id: 'spark' }] };
const de: GapRole = { id: 'data-engineer', skills: [{ id: 'sql' }, { id: 'python' }], tools: [{ id: 'spark' }] };
const pm: GapRole = { id: 'ai-product-manager', skills: [], tools: [] };

describe('skillGap', () => {
	test('splits the role list into what the reader has and what is missing, skills first, in the role order', () => {
		expect(skillGap(['spark', 'python'], mle)).toEqual({
			roleId: 'ml-engineer',
			have: [
				{ kind: 'skill', id: 'python' },
				{ kind: 'tool', id: 'spark' },
			],
			missing: [
				{ kind: 'skill', id: 'ml-fundamentals' },
				{ kind: 'skill', id: 'sql' },
				{ kind: 'tool', id: 'docker' },
			],
			total: 5,
			share: 0.4,
		});
	});

	test('having nothing leaves everything missing; having everything leaves nothing', () => {
		expect(skillGap([], mle)).toMatchObject({ have: [], share: 0, total: 5 });
		expect(skillGap([], mle).missing.map((i) => i.id)).toEqual(['python', 'ml-fundamentals', 'sql', 'docker', 'spark']);
		expect(skillGap(['docker', 'spark', 'sql', 'ml-fundamentals', 'python'], mle)).toMatchObject({ missing: [], share: 1 });
	});

	test('a role that lists no skills or tools has a share of 1, not NaN', () => {
		expect(skillGap(['python'], pm)).toEqual({ roleId: 'ai-product-manager', have: [], missing: [], total: 0, share: 1 });
	});

	test('ids the role does not list, unknown ids and repeats change nothing', () => {
		expect(skillGap(['python', 'python', 'kubernetes', 'no-such-thing', ''], mle).share).toBe(0.2);
	});
});

describe('rankByGap', () => {
	test('puts the closest role first, ties in display order, and a role listing nothing last', () => {
		expect(rankByGap(['sql', 'python', 'spark'], [pm, mle, de]).map((g) => [g.roleId, g.share])).toEqual([
			['data-engineer', 1],
			['ml-engineer', 0.6],
			['ai-product-manager', 1],
		]);
		expect(rankByGap([], [pm, de, mle]).map((g) => g.roleId)).toEqual(['data-engineer', 'ml-engineer', 'ai-product-manager']);
	});
});

describe('the real roles', () => {
	const roles = new Map(readContent().roles.map((r) => [r.id, { id: r.id, ...r.data }]));
	const dataEngineer = roles.get('data-engineer')!;
	const have = [...dataEngineer.skills, ...dataEngineer.tools].map((i) => i.id);

	test("a data engineer's skills and tools cover part of the ML Engineer's list, and the rest is what to learn", () => {
		const gap = skillGap(have, roles.get('ml-engineer')!);
		expect(gap.share).toBeGreaterThan(0);
		expect(gap.share).toBeLessThan(1);
		expect(gap.have.map((i) => i.id)).toEqual(expect.arrayContaining(['python', 'sql', 'spark', 'airflow']));
		expect(gap.missing.map((i) => i.id)).toEqual(expect.arrayContaining(['model-deployment', 'docker', 'kubernetes', 'mlflow']));
		expect(gap.missing.map((i) => i.id)).not.toContain('sql');
	});

	test('a data engineer is closest to the Data Engineer role', () => {
		expect(rankByGap(have, [...roles.values()])[0]!.roleId).toBe('data-engineer');
	});
});
