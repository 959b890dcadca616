import { describe, expect, test } from 'vitest';
import { durationText, monthAfter, planText, weeksFor } from '~/lib/browser/plan';
import { planKey, readPlan, validHours, writePlan } from '~/lib/browser/planStore';

const today = new Date('2026-12-05T12:00:00Z');

describe('a personal plan', () => {
	test('turns hours into whole weeks at a pace, and weeks into months past two months', () => {
		expect(weeksFor([95, 240], 10)).toEqual([10, 24]);
		expect(weeksFor([0, 0], 10)).toEqual([0, 0]);
		expect(durationText([3, 6])).toBe('3–6 weeks');
		expect(durationText([10, 24])).toBe('10–24 weeks (about 2–6 months)');
		expect(durationText([1, 1])).toBe('1 week');
	});

	test('names the month a number of weeks from today ends in', () => {
		expect(monthAfter(today, 0)).toBe('December 2026');
		expect(monthAfter(today, 10)).toBe('February 2027');
	});

	test('says when the must-haves are done, then everything, and moves as hours are ticked off', () => {
		expect(planText([383, 950], [105, 255], 10, today)).toBe(
			'At 10 hours a week, the must-haves and often-asked-fors take 39–95 weeks (about 9–22 months), finishing between September 2027 and September 2028. With the nice-to-haves too: 49–121 weeks (about 11–28 months), finishing between November 2027 and March 2029.',
		);
		expect(planText([0, 0], [10, 20], 10, today)).toBe(
			'At 10 hours a week the must-haves and often-asked-fors are done. With the nice-to-haves too: 1–2 weeks, finishing in December 2026.',
		);
		expect(planText([0, 0], [0, 0], 10, today)).toBe('Nothing is left to learn on this roadmap.');
	});
});

describe('the plan store', () => {
	const memory = () => {
		const data = new Map<string, string>();
		return {
			getItem: (k: string) => data.get(k) ?? null,
			setItem: (k: string, v: string) => void data.set(k, v),
			removeItem: (k: string) => void data.delete(k),
			data,
		};
	};

	test('keeps the starting point and the hours a week, and reads junk as the defaults', () => {
		const storage = memory();
		expect(readPlan(storage)).toEqual({ hoursPerWeek: 10 });
		writePlan(storage, { from: 'backend-engineer', hoursPerWeek: 15 });
		expect(readPlan(storage)).toEqual({ from: 'backend-engineer', hoursPerWeek: 15 });
		storage.setItem(planKey, '{"version":1,"from":"<script>","hoursPerWeek":"lots"}');
		expect(readPlan(storage)).toEqual({ from: undefined, hoursPerWeek: 10 });
		storage.setItem(planKey, 'not json');
		expect(readPlan(storage)).toEqual({ hoursPerWeek: 10 });
		expect(readPlan(undefined)).toEqual({ hoursPerWeek: 10 });
	});

	test('accepts whole hours from 1 to 60 a week', () => {
		expect(validHours('20')).toBe(20);
		expect(validHours(0)).toBe(10);
		expect(validHours('61')).toBe(10);
		expect(validHours('7.5')).toBe(10);
	});
});
