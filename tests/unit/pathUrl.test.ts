import { describe, expect, test } from 'vitest';
import { assessmentPath, parseId, parseIds, skillGapPath, withQuery } from '~/lib/browser/pathUrl';

const known = ['python', 'sql', 'docker'];

describe('parseIds', () => {
	test('keeps known ids once each, in the known order, whatever order the URL gives', () => {
		expect(parseIds('sql,python', known)).toEqual(['python', 'sql']);
		expect(parseIds('python,sql', known)).toEqual(['python', 'sql']);
		expect(parseIds('docker,docker,sql,docker', known)).toEqual(['sql', 'docker']);
	});

	test('drops unknown, empty and malformed ids, and reads a missing parameter as nothing', () => {
		expect(parseIds('nope,,python,<b>,../sql', known)).toEqual(['python']);
		expect(parseIds('', known)).toEqual([]);
		expect(parseIds(null, known)).toEqual([]);
		expect(parseIds(undefined, known)).toEqual([]);
	});

	test('tolerates spaces and upper case from hand-typed links', () => {
		expect(parseIds(' SQL , Python ', known)).toEqual(['python', 'sql']);
		expect(parseIds(new URLSearchParams('?have=sql+docker').get('have'), known)).toEqual([
			'sql',
			'docker',
		]);
	});
});

describe('parseId', () => {
	test('returns a known id, or undefined', () => {
		expect(parseId('sql', known)).toBe('sql');
		expect(parseId(' Docker', known)).toBe('docker');
		expect(parseId('sq', known)).toBeUndefined();
		expect(parseId(null, known)).toBeUndefined();
		expect(parseId('', known)).toBeUndefined();
	});
});

describe('withQuery', () => {
	test('writes lists comma-separated, keeps other parameters, and removes emptied ones', () => {
		expect(withQuery('', { s: ['a', 'b'] })).toBe('?s=a,b');
		expect(withQuery('?utm=x&s=old', { s: ['a'] })).toBe('?utm=x&s=a');
		expect(withQuery('?s=a,b&role=ml-engineer', { s: [], role: undefined })).toBe('');
		expect(withQuery('?have=a', { have: ['python', 'sql'], role: 'ml-engineer' })).toBe(
			'?have=python,sql&role=ml-engineer',
		);
	});

	test('writes its parameters in the order given, whatever order the URL had them in', () => {
		expect(withQuery('?role=ml-engineer&utm=x', { have: ['sql'], role: 'ml-engineer' })).toBe(
			'?utm=x&have=sql&role=ml-engineer',
		);
		expect(withQuery('?s=a&s=b', { s: ['c'] })).toBe('?s=c');
	});

	test('what it writes, parseIds reads back', () => {
		const query = withQuery('', { have: ['docker', 'python'] });
		expect(parseIds(new URLSearchParams(query).get('have'), known)).toEqual(['python', 'docker']);
	});
});

describe('page URLs', () => {
	test('the self-assessment and the skill gap, with and without state', () => {
		expect(assessmentPath()).toBe('/find-your-path/');
		expect(assessmentPath(['statistical-analysis', 'data-insights'])).toBe(
			'/find-your-path/?s=statistical-analysis,data-insights',
		);
		expect(skillGapPath()).toBe('/find-your-path/skills/');
		expect(skillGapPath({ role: 'ml-engineer' })).toBe('/find-your-path/skills/?role=ml-engineer');
		expect(skillGapPath({ have: ['python', 'sql'], role: 'ml-engineer' })).toBe(
			'/find-your-path/skills/?have=python,sql&role=ml-engineer',
		);
	});
});
