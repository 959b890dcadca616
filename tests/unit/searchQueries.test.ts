import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { queries } from '../searchQueries';

describe('the search query set', () => {
	test('lists each question with the page it must find once', () => {
		const rows = queries.map(([query, expected]) => `${query} → ${expected}`);
		expect(rows.filter((row, i) => rows.indexOf(row) !== i)).toEqual([]);
	});

	test('the README gives the number of distinct questions', () => {
		const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
		const stated = /`tests\/searchQueries\.ts` \((\d+) questions/.exec(readme)?.[1];
		expect(Number(stated)).toBe(new Set(queries.map(([query]) => query)).size);
	});
});
