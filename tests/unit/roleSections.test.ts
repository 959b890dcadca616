import { describe, expect, test } from 'vitest';
import {
	expectedSectionIds,
	headingSlug,
	roleSections,
	sectionMismatches,
} from '~/lib/guide/roleSections';
import { roleSchema } from '~/schemas/role';
import { validRole } from '../fixtures/guide';

const core = roleSchema.parse(validRole());
const thin = roleSchema.parse(
	validRole({
		tier: 'related',
		typicalDay: undefined,
		projects: [],
		ladder: [
			{ level: 'mid', title: 'MLE' },
			{ level: 'senior', title: 'Senior MLE' },
		],
		joinedFrom: 'from software engineering',
		fitsYouIf: [],
		tools: [],
	}),
);

describe('role lesson sections', () => {
	test("each section's id is the one Astro gives its heading, whatever spaces surround the heading's text", () => {
		expect(roleSections.map((s) => headingSlug(` ${s.heading} `))).toEqual(
			roleSections.map((s) => s.id),
		);
	});

	test('a core role expects every section, the market included: every page says what the role pays, or that no figure exists', () => {
		expect(expectedSectionIds(core)).toEqual([
			'what-they-do',
			'a-typical-day',
			'skills',
			'tools',
			'example-projects',
			'career-ladder',
			'is-this-role-for-you',
			'the-market',
			'sources',
		]);
	});

	test('a role that leaves fields out expects no section for them', () => {
		expect(expectedSectionIds(thin)).toEqual([
			'what-they-do',
			'skills',
			'career-ladder',
			'the-market',
			'sources',
		]);
	});

	test('a complete lesson has no mismatch; other headings are allowed', () => {
		expect(
			sectionMismatches(thin, [
				'overview',
				'what-they-do',
				'a-note',
				'skills',
				'career-ladder',
				'the-market',
				'sources',
			]),
		).toEqual([]);
	});

	test('missing, empty and out-of-order sections are described with the heading to write', () => {
		expect(sectionMismatches(thin, ['what-they-do', 'a-typical-day', 'sources']))
			.toMatchInlineSnapshot(`
			[
			  "is missing the section "## Skills"",
			  "is missing the section "## Career ladder"",
			  "is missing the section "## The market"",
			  "has a section "## A typical day" that the role's data leaves empty",
			]
		`);
		expect(
			sectionMismatches(thin, ['skills', 'what-they-do', 'career-ladder', 'the-market', 'sources']),
		).toMatchInlineSnapshot(`
			[
			  "has its sections out of order: write them as "What they do", "Skills", "Career ladder", "The market", "Sources"",
			]
		`);
	});
});
