import { describe, expect, test } from 'vitest';
import { parseTicks } from '~/lib/browser/tickChoices';
import { conceptTick, parseTick, tickText, ticksIn } from '~/lib/browser/ticks';
import { mergeProgress, readProgress, writeProgress } from '~/lib/browser/progressStore';

describe('ticks with levels', () => {
	test('read and write as text, working by default', () => {
		expect(tickText({ id: 'sql', level: 'working' })).toBe('sql');
		expect(tickText({ id: 'sql', level: 'deep' })).toBe('sql:deep');
		expect(parseTick('SQL:Deep')).toEqual({ id: 'sql', level: 'deep' });
		expect(parseTick('python')).toEqual({ id: 'python', level: 'working' });
		expect(parseTick('sql:expert')).toBeUndefined();
		expect(parseTick('<b>')).toBeUndefined();
		expect(ticksIn(['sql:deep', 'nope:x', 'docker'])).toEqual([
			{ id: 'sql', level: 'deep' },
			{ id: 'docker', level: 'working' },
		]);
	});

	test('a URL keeps known ids only, once each at the deepest level, in the page order', () => {
		expect(parseTicks('sql,nope,python:foundation,sql:deep', ['python', 'sql'])).toEqual([
			{ id: 'python', level: 'foundation' },
			{ id: 'sql', level: 'deep' },
		]);
		expect(parseTicks(null, ['python'])).toEqual([]);
	});

	test('a concept inside a topic has a tick of its own, which the store keeps beside the levels', () => {
		const data = new Map<string, string>();
		const storage = {
			getItem: (k: string) => data.get(k) ?? null,
			setItem: (k: string, v: string) => void data.set(k, v),
			removeItem: (k: string) => void data.delete(k),
		};
		const concept = conceptTick('ml-fundamentals', 'cross-validation');
		expect(concept).toBe('ml-fundamentals--cross-validation');
		writeProgress(storage, ['sql:deep', concept]);
		expect(readProgress(storage).have).toEqual([concept, 'sql:deep']);
		// A page that shows SQL replaces its tick, whatever the level, and keeps the rest.
		expect(mergeProgress(['sql:deep', concept], ['sql'], ['sql'])).toEqual([concept, 'sql']);
	});
});
