import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/guide/guideError';
import { findProblems } from '~/lib/guide/integrity';
import { headingSlug, roleSections, sectionMismatches } from '~/lib/guide/roleSections';
import { readContent } from '../helpers/readContent';

const content = readContent();

/** Level-2 heading ids of a Markdown body. */
const headingIds = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => headingSlug(m[1]!));

/** The data block each role section must contain. */
const blockOf = Object.fromEntries(roleSections.map((s) => [s.id, s.block]));

describe('the real content', () => {
	test('has no cross-record problems', () => {
		expect(findProblems(content).map(formatProblem)).toEqual([]);
	});

	test('has a record and a lesson for every role, and at least one core role', () => {
		const lessons = new Set(content.lessons.map((l) => l.data.role).filter(Boolean));
		for (const role of content.roles) expect(lessons.has(role.id), role.file).toBe(true);
		expect(content.roles.some((r) => r.data.tier === 'core')).toBe(true);
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

	test('every lesson has its metadata: description, reading time and outcomes', () => {
		for (const lesson of content.lessons) {
			const text = readFileSync(lesson.file, 'utf8');
			expect(text, lesson.file).toMatch(/^description: .{20,}$/m);
			expect(lesson.data.readingTime, lesson.file).toBeGreaterThan(0);
			expect(lesson.data.outcomes?.length, lesson.file).toBeGreaterThan(0);
		}
	});

	for (const role of content.roles) {
		test(`the ${role.id} lesson has every section its data fills, each showing this role's data`, () => {
			const lesson = content.lessons.find((l) => l.data.role === role.id)!;
			const body = readFileSync(lesson.file, 'utf8');
			const ids = headingIds(body);
			expect(sectionMismatches(role.data, ids)).toEqual([]);
			expect(body).toContain('<Role.Summary />');
			for (const id of ids.filter((id) => id in blockOf)) {
				const section = body.split(/^## /m).find((part) => headingIds(`## ${part}`)[0] === id)!;
				expect(section, `${lesson.file} → ## ${roleSections.find((s) => s.id === id)!.heading}`).toContain(`<Role.${blockOf[id]} />`);
			}
		});
	}
});
