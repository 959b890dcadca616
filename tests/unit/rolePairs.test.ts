import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guideModel';
import { allPairs, canonicalPair, compareIds, comparisonUrl, pairBySlug, pairSlug, transitionGap } from '~/lib/rolePairs';
import { roleSchema } from '~/schemas/role';
import { validGuide, validRole } from '../fixtures/guide';

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
		expect(comparisonUrl(guide, 'data-scientist', 'ml-engineer')).toBe('/compare/ml-engineer-vs-data-scientist/');
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

describe('pairBySlug', () => {
	test('finds the canonical pair of a slug, and nothing for a reversed or unknown one', () => {
		expect(pairBySlug(guide.roles, 'ml-engineer-vs-data-scientist')?.b.id).toBe('data-scientist');
		expect(pairBySlug(guide.roles, 'data-scientist-vs-ml-engineer')).toBeUndefined();
		expect(pairBySlug(guide.roles, 'nobody-vs-nothing')).toBeUndefined();
	});
});

describe('compareIds', () => {
	test('splits into shared and unique, keeping each list order', () => {
		expect(compareIds(['python', 'sql', 'docker'], ['sql', 'statistics', 'python'])).toEqual({ shared: ['python', 'sql'], onlyA: ['docker'], onlyB: ['statistics'] });
		expect(compareIds([], ['sql'])).toEqual({ shared: [], onlyA: [], onlyB: ['sql'] });
	});
});

describe('transitionGap', () => {
	test('lists what carries over, what to deepen and what to learn, in the target order', () => {
		const gap = transitionGap(ds, mle);
		// The data scientist states no level for statistics, so it counts as kept.
		expect(gap.keepSkills.map((s) => s.id)).toEqual(['statistics']);
		expect(gap.learnSkills.map((s) => s.id)).toEqual(['python']);
		expect(gap.learnTools.map((t) => t.id)).toEqual(['docker']);
		expect(gap.keepTools).toEqual([]);
		expect(gap.overlap).toBeCloseTo(1 / 3);
	});

	test('a skill the target needs deeper is to deepen, not to keep; an unstated level is kept', () => {
		const deepStats = { ...ds, skills: [{ id: 'statistics', level: 'deep' as const }] };
		const gap = transitionGap(mle, deepStats);
		expect(gap.deepenSkills).toEqual([{ id: 'statistics', from: 'foundation', to: 'deep' }]);
		expect(gap.keepSkills).toEqual([]);
	});

	test('a target role with no skills or tools is fully covered; a source with none keeps nothing', () => {
		const empty = { ...mle, ...roleSchema.parse(validRole({ tier: 'related', skills: [], tools: [] })), id: 'empty', url: '/roles/empty/', file: '' };
		expect(transitionGap(ds, empty).overlap).toBe(1);
		const fromEmpty = transitionGap(empty, mle);
		expect(fromEmpty.overlap).toBe(0);
		expect(fromEmpty.learnSkills).toHaveLength(2);
	});
});
