import { describe, expect, test } from 'vitest';
import {
	clearProgress,
	mergeProgress,
	progressKey,
	readProgress,
	writeProgress,
} from '~/lib/browser/progressStore';

/** A Storage stand-in backed by a Map. */
function memory(initial?: string) {
	const map = new Map<string, string>(initial === undefined ? [] : [[progressKey, initial]]);
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k),
		map,
	};
}

describe('progress store', () => {
	test('writes and reads back the ticks', () => {
		const storage = memory();
		writeProgress(storage, ['sql', 'docker', 'sql']);
		expect(readProgress(storage)).toEqual({ have: ['docker', 'sql'] });
		clearProgress(storage);
		expect(readProgress(storage)).toEqual({ have: [] });
	});

	test('a corrupted or old value resets cleanly, with a message, and never throws', () => {
		for (const bad of [
			'{not json',
			'[]',
			'{"version":2,"have":["sql"]}',
			'{"version":1,"have":"sql"}',
			'{"version":1,"have":["<script>"]}',
			'null',
		]) {
			const storage = memory(bad);
			const read = readProgress(storage);
			expect(read.have, bad).toEqual([]);
			expect(read.problem, bad).toMatch(/could not be read, so it was reset/);
			expect(storage.map.has(progressKey), bad).toBe(false);
		}
	});

	test('blocked or missing storage reads as no ticks and ignores writes', () => {
		const blocked = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('denied');
			},
		};
		expect(readProgress(blocked)).toEqual({ have: [] });
		expect(() => writeProgress(blocked, ['sql'])).not.toThrow();
		expect(readProgress(undefined)).toEqual({ have: [] });
	});

	test('a page changes only the ids it shows; ticks from other pages survive', () => {
		expect(
			mergeProgress(['sql', 'docker', 'cloud-platform'], ['docker', 'kubernetes'], ['kubernetes']),
		).toEqual(['sql', 'cloud-platform', 'kubernetes']);
	});
});
