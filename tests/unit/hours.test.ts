import { describe, expect, test } from 'vitest';
import { hoursText, parseHoursText, progressText, sumHours } from '~/lib/browser/hours';

describe('hour ranges', () => {
	test('add up low with low and high with high', () => {
		expect(
			sumHours([
				[10, 20],
				[5, 5],
				[0, 40],
			]),
		).toEqual([15, 65]);
		expect(sumHours([])).toEqual([0, 0]);
	});

	test('read in text as a range, or as one figure when both ends agree', () => {
		expect(hoursText([40, 90])).toBe('40–90 hours');
		expect(hoursText([5, 5])).toBe('5 hours');
		expect(hoursText([1, 1])).toBe('1 hour');
		expect(hoursText([1823, 14520])).toBe('1,823–14,520 hours');
		expect(hoursText([1000, 1000])).toBe('1,000 hours');
	});

	test('are read back from the text the pages show, which is how the roadmap script sums them', () => {
		for (const range of [
			[40, 90],
			[5, 5],
			[1, 1],
			[0, 0],
			[400, 1000],
			[1823, 4520],
			[1234567, 1234567],
		] as const)
			expect(parseHoursText(hoursText(range))).toEqual(range);
		expect(parseHoursText(' 80–200 hours\n')).toEqual([80, 200]);
		expect(parseHoursText('about 80 to 200 hours')).toBeUndefined();
		expect(parseHoursText('')).toBeUndefined();
	});

	test('make the roadmap progress line, which says whether the hours count from a starting point', () => {
		expect(progressText(0, 54, [1329, 3345], [167, 395], false)).toBe(
			"0 of 54 topics ticked. About 1,329–3,345 hours left for the must-haves and often-asked-fors, and 167–395 hours for the optional nice-to-haves, by the guide's estimates.",
		);
		expect(progressText(3, 54, [40, 40], [0, 0], true)).toBe(
			"3 of 54 topics ticked. From your starting point, about 40 hours left for the must-haves and often-asked-fors, by the guide's estimates.",
		);
	});
});
