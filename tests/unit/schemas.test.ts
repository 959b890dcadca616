import { describe, expect, test } from 'vitest';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { figureSchema } from '~/schemas/figure';
import { lessonSchema } from '~/schemas/lesson';
import { roleSchema } from '~/schemas/role';
import { sourceSchema } from '~/schemas/source';
import { validRole } from '../fixtures/guide';

/** The problems a schema reports for some input, one "path: message" line each, as authors read them. */
function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
	const result = schema.safeParse(input);
	return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

describe('role schema', () => {
	test('accepts a complete role and normalises skill and tool shorthands', () => {
		const role = roleSchema.parse(validRole());
		expect(role.skills).toEqual([{ id: 'python' }, { id: 'statistics', level: 'foundation' }]);
		expect(role.tools).toEqual([{ id: 'docker', use: 'Packages models' }]);
		expect(role.stages).toEqual([]);
	});

	test('a ratio that does not add up to 100 says by how much and how to fix it', () => {
		expect(problems(roleSchema, validRole({ ratio: { code: 70, research: 40, source: 'course' } }))).toMatchInlineSnapshot(`
			[
			  "ratio.research: code + research must add up to 100, but 70 + 40 = 110. Change one of them so that they sum to 100 (e.g. code: 70, research: 30).",
			]
		`);
	});

	test('missing and mistyped fields are named', () => {
		const { summary: _, ...withoutSummary } = validRole();
		expect(problems(roleSchema, { ...withoutSummary, order: 'first', skils: ['python'] })).toMatchInlineSnapshot(`
			[
			  "order: Invalid input: expected number, received string",
			  "summary: is missing: add one sentence (20 to 200 characters) saying what the role is for",
			  "(root): unknown field "skils" (did you mean "skills"?); the fields are: name, order, tier, shortNames, summary, focus, ratio, background, responsibilities, typicalDay, skills, tools, projects, ladder, fitsYouIf, related, stages, market, sources",
			]
		`);
	});

	test('ids must be slugs and skill levels come from a closed set', () => {
		expect(problems(roleSchema, validRole({ skills: ['Python', { id: 'sql', level: 'expert' as never }] }))).toMatchInlineSnapshot(`
			[
			  "skills.0.id: must be the id of a skill: lower-case words joined by hyphens, e.g. "ml-engineer"",
			  "skills.1.level: Invalid option: expected one of "foundation"|"working"|"deep"",
			]
		`);
		expect(problems(roleSchema, validRole({ related: ['ML Engineer'] }))).toMatchInlineSnapshot(`
			[
			  "related.0: must be the id of a role: lower-case words joined by hyphens, e.g. "ml-engineer"",
			]
		`);
	});

	test('a core role must carry the fields the comparison pages show; a related role need not', () => {
		const thin = validRole({ typicalDay: undefined, ladder: ['Only step'], projects: [] });
		expect(problems(roleSchema, thin)).toMatchInlineSnapshot(`
			[
			  "typicalDay: a core role must have "typicalDay"; add it, or set tier: related if no source gives it.",
			  "projects: a core role must have "projects"; add it, or set tier: related if no source gives it.",
			  "ladder: a core role must have at least two ladder steps; add it, or set tier: related if no source gives it.",
			]
		`);
		expect(problems(roleSchema, { ...thin, tier: 'related' })).toEqual([]);
	});

	test('a core role may leave out the ratio when no source gives one', () => {
		expect(problems(roleSchema, validRole({ ratio: undefined }))).toEqual([]);
	});
});

describe('catalogue schemas', () => {
	const tool = { id: 'kubernetes', name: 'Kubernetes', category: 'infrastructure', description: 'Orchestrates containers.', aliases: ['k8s'], url: 'https://kubernetes.io/' };
	test('accept a valid tool and skill; aliases default to none', () => {
		expect(toolSchema.parse(tool).aliases).toEqual(['k8s']);
		expect(skillSchema.parse({ id: 'sql', name: 'SQL', category: 'programming', description: 'The query language.' }).aliases).toEqual([]);
	});
	test('a tool needs an https link and a known category', () => {
		expect(problems(toolSchema, { ...tool, url: 'http://kubernetes.io/', category: 'devops' })).toMatchInlineSnapshot(`
			[
			  "category: Invalid option: expected one of "programming"|"math-statistics"|"data-analysis"|"ml-practice"|"ml-frameworks"|"llm-genai"|"software-engineering"|"mlops-deployment"|"infrastructure"|"data-engineering"|"monitoring"|"cloud-ml"|"research"|"product-business"|"responsible-ai"",
			  "url: must be an absolute https:// URL",
			]
		`);
		const { url: _, ...withoutUrl } = tool;
		expect(problems(toolSchema, withoutUrl)).toEqual(['url: must be an absolute https:// URL']);
	});
	test('a description is one line of 10 to 200 characters', () => {
		expect(problems(skillSchema, { id: 'sql', name: 'SQL', category: 'programming', description: 'SQL' })).toHaveLength(1);
		expect(problems(skillSchema, { id: 'sql', name: 'SQL', category: 'programming', description: 'x'.repeat(201) })).toHaveLength(1);
	});
});

describe('source and figure schemas', () => {
	test('dates are YYYY, YYYY-MM or YYYY-MM-DD', () => {
		for (const date of ['2024', '2024-03', '2024-03-14']) {
			expect(problems(sourceSchema, { id: 'bls', title: 'T', publisher: 'P', date })).toEqual([]);
		}
		expect(problems(sourceSchema, { id: 'bls', title: 'T', publisher: 'P', date: '14/03/2024' })).toMatchInlineSnapshot(`
			[
			  "date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-03-14"",
			]
		`);
	});
	test('a figure needs a source and keeps its value as written', () => {
		expect(figureSchema.parse({ id: 'g', label: 'Growth', value: 'more than 30%', source: 'wef', group: 'Demand' }).value).toBe('more than 30%');
		expect(problems(figureSchema, { id: 'g', label: 'Growth', value: '30%', group: 'Demand' })).toEqual(['source: Invalid input: expected string, received undefined']);
	});
});

describe('lesson frontmatter schema', () => {
	test('accepts lesson metadata and defaults prerequisites to none', () => {
		expect(lessonSchema.parse({ readingTime: 5, outcomes: ['x'] }).prerequisites).toEqual([]);
	});
	test('rejects a zero reading time, an empty outcome list and a malformed lesson id', () => {
		expect(problems(lessonSchema, { readingTime: 0, outcomes: [], next: 'Lessons/AI vs ML' })).toMatchInlineSnapshot(`
			[
			  "readingTime: Too small: expected number to be >=1",
			  "outcomes: Too small: expected array to have >=1 items",
			  "next: must be the id of a lesson: its path under content/ without the extension, e.g. "lessons/ai-vs-ml"",
			]
		`);
	});
});
