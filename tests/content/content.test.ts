import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/ingest/guideError';
import { findProblems } from '~/lib/guide/checks';
import { readContent } from '../helpers/readContent';

const content = readContent();

describe('the real content', () => {
	test('has no cross-record problems', () => {
		expect(findProblems(content).map(formatProblem)).toEqual([]);
	});

	test('every figure names a source a reader can check: published with its address and date, or described as what it is', () => {
		const sources = new Map(content.sources.map((s) => [s.id, s.data]));
		for (const figure of content.figures) {
			const source = sources.get(figure.data.source)!;
			if (source.kind === 'published') expect([source.url, source.date], figure.id).toEqual([expect.stringMatching(/^https:\/\//), expect.any(String)]);
			else expect(source.description, figure.id).toBeTruthy();
		}
	});

	test('every core role shows pay, from a published page, with the occupation measured and its date', () => {
		const sources = new Map(content.sources.map((s) => [s.id, s.data]));
		for (const role of content.roles.filter((r) => r.data.tier === 'core')) {
			const pay = content.pay.filter((p) => p.data.roles.includes(role.id));
			expect(pay.length, role.id).toBeGreaterThan(0);
			for (const p of pay) {
				expect(sources.get(p.data.source)?.kind, p.id).toBe('published');
				expect(p.data.occupation && p.data.asOf && p.data.mapping, p.id).toBeTruthy();
			}
		}
	});
});
