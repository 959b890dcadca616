import { describe, expect, test } from 'vitest';
import { progressFileText, readProgressFile } from '~/lib/browser/progressFile';

describe('progress files', () => {
	test('what is saved reads back the same', () => {
		const progress = {
			have: ['sql:deep', 'python', 'ml-fundamentals--cross-validation'],
			plan: { from: 'data-analyst', hoursPerWeek: 12 },
		};
		expect(readProgressFile(progressFileText(progress))).toEqual(progress);
	});

	test('a file that is not ours, or is damaged, is refused with a reason', () => {
		expect(readProgressFile('not json')).toEqual({
			problem: 'That file is not a progress file from this guide (it is not JSON).',
		});
		expect(readProgressFile('{"have": ["sql"]}')).toEqual({
			problem: 'That file is not a progress file from this guide.',
		});
		expect(
			readProgressFile('{"kind": "ai-roles-guide-progress", "version": 1, "have": ["sql:expert"]}'),
		).toEqual({ problem: 'That progress file is damaged: its ticks cannot be read.' });
	});

	test('a bad plan falls back to the defaults rather than failing', () => {
		expect(
			readProgressFile(
				'{"kind": "ai-roles-guide-progress", "version": 1, "have": [], "plan": {"from": "../x", "hoursPerWeek": 999}}',
			),
		).toEqual({
			have: [],
			plan: { from: undefined, hoursPerWeek: 10 },
		});
	});
});
