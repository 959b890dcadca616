import { describe, expect, test } from 'vitest';
import { listText } from '~/util/listText';

describe('listText', () => {
	test('lists one, two and more items as a sentence does', () => {
		expect(listText(['Focus'])).toBe('Focus');
		expect(listText(['Focus', 'Market'])).toBe('Focus and Market');
		expect(listText(['skill', 'tool', 'group'], 'or')).toBe('skill, tool or group');
	});
});
