import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { queries } from '../searchQueries';

describe('the search query set', () => {
	test('lists each question with the page it must find once', () => {
		const rows = queries.map(([query, expected]) => `${query} → ${expected}`);
		expect(rows.filter((row, i) => rows.indexOf(row) !== i)).toEqual([]);
	});

	test('CONTRIBUTING.md gives the number of distinct questions', () => {
		const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8').replace(
			/\s+/g,
			' ',
		);
		const stated = /`tests\/searchQueries\.ts` \((\d+) questions/.exec(guide)?.[1];
		expect(Number(stated)).toBe(new Set(queries.map(([query]) => query)).size);
	});
});
