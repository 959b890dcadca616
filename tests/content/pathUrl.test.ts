import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { pairPath } from '~/lib/browser/pathUrl';
import { allPairs, comparisonUrl } from '~/lib/guide/pages/rolePairs';
import { readContent } from '../helpers/readContent';

describe('page URLs', () => {
	test('pairPath gives the same comparison URL as comparisonUrl, for every pair of real roles in either order', () => {
		const guide = buildGuide(readContent());
		for (const { a, b } of allPairs(guide.roles)) {
			expect(pairPath(a, b)).toBe(comparisonUrl(guide, a.id, b.id));
			expect(pairPath(b, a)).toBe(comparisonUrl(guide, a.id, b.id));
		}
	});
});
