import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { pairSlug } from '~/lib/browser/paths';
import {
	allPairs,
	canonicalPair,
	compareIds,
	comparisonUrl,
	roleTransition,
} from '~/lib/guide/pages/rolePairs';
import { validGuide } from '../fixtures/guide';

const guide = buildGuide(validGuide());
const mle = guide.role('ml-engineer');
const ds = guide.role('data-scientist');

describe('pairs', () => {
	test('the slug is one path segment, even though ids contain hyphens', () => {
		expect(pairSlug('ml-engineer', 'data-scientist')).toBe('ml-engineer-vs-data-scientist');
	});

	test('a pair is ordered by display order whichever way it is asked for', () => {
		expect(canonicalPair(mle, ds).slug).toBe('ml-engineer-vs-data-scientist');
		expect(canonicalPair(ds, mle).slug).toBe('ml-engineer-vs-data-scientist');
		expect(comparisonUrl(guide, 'data-scientist', 'ml-engineer')).toBe(
			'/compare/ml-engineer-vs-data-scientist/',
		);
		expect(() => canonicalPair(mle, mle)).toThrow('cannot be compared with itself');
	});

	test('every unordered pair appears once: 13 roles make 78 pairs', () => {
		const roles = Array.from({ length: 13 }, (_, i) => ({ ...mle, id: `role-${i}`, order: i + 1 }));
		const pairs = allPairs(roles);
		expect(pairs).toHaveLength(78);
		expect(new Set(pairs.map((p) => p.slug)).size).toBe(78);
		expect(pairs.every((p) => p.a.order < p.b.order)).toBe(true);
	});
});

describe('compareIds', () => {
	test('splits into shared and unique, keeping each list order', () => {
		expect(compareIds(['python', 'sql', 'docker'], ['sql', 'statistics', 'python'])).toEqual({
			shared: ['python', 'sql'],
			onlyA: ['docker'],
			onlyB: ['statistics'],
		});
		expect(compareIds([], ['sql'])).toEqual({ shared: [], onlyA: [], onlyB: ['sql'] });
	});
});

describe('roleTransition', () => {
	test('computes the move on the guide model, naming both roles', () => {
		const move = roleTransition(guide, 'ml-engineer', 'data-scientist');
		expect(move).toMatchObject({
			from: 'ml-engineer',
			to: 'data-scientist',
			met: 0,
			shallow: 1,
			core: 2,
		});
		expect(move.fromRole.name).toBe('ML Engineer');
		// Statistics: foundation in the ML engineer's list, deep in the data scientist's.
		expect(move.deepen.map((d) => [d.requirement.id, d.from, d.to])).toEqual([
			['statistics', 'foundation', 'deep'],
			['notebook-tool', 'foundation', 'working'],
		]);
		// The notebook group is met by pandas, which the ML engineer has at foundation level.
		expect(move.learn.map((r) => r.id)).toEqual(['sql']);
		expect(move.keep.map((r) => r.id)).toEqual(['python']);
	});
});
