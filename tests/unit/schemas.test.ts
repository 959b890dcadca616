import { describe, expect, test } from 'vitest';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { figureSchema } from '~/schemas/figure';
import { lessonSchema } from '~/schemas/lesson';
import { roleSchema } from '~/schemas/role';
import { sourceSchema } from '~/schemas/source';
import { groupSchema } from '~/schemas/group';
import { someHours, validRole } from '../fixtures/guide';

/** The problems a schema reports for some input, one "path: message" line each, as authors read them. */
function problems(
	schema: {
		safeParse: (v: unknown) => {
			success: boolean;
			error?: { issues: { path: PropertyKey[]; message: string }[] };
		};
	},
	input: unknown,
) {
	const result = schema.safeParse(input);
	return result.success
		? []
		: result.error!.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

describe('role schema', () => {
	test('accepts a complete role with its requirements as written', () => {
		const role = roleSchema.parse(validRole());
		expect(role.skills).toEqual([
			{ id: 'python', importance: 'core', level: 'working' },
			{ id: 'statistics', importance: 'common', level: 'foundation' },
		]);
		expect(role.tools).toEqual([
			{ id: 'docker', importance: 'core', use: 'Packages models' },
			{ id: 'pandas', importance: 'common', level: 'foundation' },
		]);
		expect(role.stages).toEqual([]);
	});

	test('a ratio that does not add up to 100 says by how much and how to fix it', () => {
		expect(problems(roleSchema, validRole({ ratio: { code: 70, research: 40, source: 'course' } })))
			.toMatchInlineSnapshot(`
			[
			  "ratio.research: code + research must add up to 100, but 70 + 40 = 110. Change one of them so that they sum to 100 (e.g. code: 70, research: 30).",
			]
		`);
	});

	test('missing and mistyped fields are named', () => {
		const { summary: _, ...withoutSummary } = validRole();
		expect(problems(roleSchema, { ...withoutSummary, order: 'first', skils: ['python'] }))
			.toMatchInlineSnapshot(`
			[
			  "order: Invalid input: expected number, received string",
			  "summary: is missing: add one sentence (20 to 200 characters) saying what the role is for",
			  "(root): unknown field "skils" (did you mean "skills"?); the fields are: name, order, tier, shortNames, summary, focus, ratio, background, responsibilities, typicalDay, skills, tools, projects, ladder, joinedFrom, entryRoutes, editorial, credits, fitsYouIf, roadmap, related, stages, market, sources",
			]
		`);
	});

	test('ids must be slugs and skill levels come from a closed set', () => {
		expect(
			problems(
				roleSchema,
				validRole({
					skills: [
						{ id: 'Python', importance: 'core' },
						{ id: 'sql', importance: 'core', level: 'expert' as never },
					],
				}),
			),
		).toMatchInlineSnapshot(`
			[
			  "skills.0.id: must be the id of a skill or group: lower-case words joined by hyphens, e.g. "ml-engineer"",
			  "skills.1.level: Invalid option: expected one of "foundation"|"working"|"deep"",
			]
		`);
		expect(problems(roleSchema, validRole({ related: ['ML Engineer'] }))).toMatchInlineSnapshot(`
			[
			  "related.0: must be the id of a role: lower-case words joined by hyphens, e.g. "ml-engineer"",
			]
		`);
	});

	test('every requirement says how much it matters, and a role has at least one core requirement', () => {
		expect(
			problems(
				roleSchema,
				validRole({
					skills: [{ id: 'python' } as never, { id: 'sql', importance: 'vital' as never }],
					tools: [{ id: 'docker', importance: 'plus' }],
				}),
			),
		).toMatchInlineSnapshot(`
			[
			  "skills.0.importance: is missing: add "importance: core" (few are hired without it), "common" (many postings ask for it) or "plus" (nice to have)",
			  "skills.1.importance: must be "core", "common" or "plus", not "vital"",
			]
		`);
	});

	test('a core role must carry the fields the comparison pages show; a related role need not', () => {
		const thin = validRole({
			typicalDay: undefined,
			ladder: [
				{ level: 'junior', title: 'Junior MLE' },
				{ level: 'mid', title: 'MLE' },
			],
			projects: [],
		});
		expect(problems(roleSchema, thin)).toMatchInlineSnapshot(`
			[
			  "ladder.0.experience: is missing for "Junior MLE": a core role's getting-hired page shows the experience usually asked for at every rung; write it for this role.",
			  "ladder.0.expects: is missing for "Junior MLE": a core role's getting-hired page shows the expectations (owns, works, influences, judgedOn) at every rung; write it for this role.",
			  "ladder.1.experience: is missing for "MLE": a core role's getting-hired page shows the experience usually asked for at every rung; write it for this role.",
			  "ladder.1.expects: is missing for "MLE": a core role's getting-hired page shows the expectations (owns, works, influences, judgedOn) at every rung; write it for this role.",
			  "typicalDay: a core role must have "typicalDay"; add it, or set tier: related if no source gives it.",
			  "projects: a core role must have "projects"; add it, or set tier: related if no source gives it.",
			]
		`);
		expect(problems(roleSchema, { ...thin, tier: 'related' })).toEqual([]);
	});

	test('a ladder climbs in order, each rung once, and always has a mid-level rung', () => {
		const ladder = [
			{ level: 'senior', title: 'Senior MLE' },
			{ level: 'junior', title: 'Junior MLE' },
			{ level: 'manager', title: 'ML Lead' },
		] as const;
		expect(problems(roleSchema, validRole({ tier: 'related', ladder: [...ladder] })))
			.toMatchInlineSnapshot(`
			[
			  "ladder.1.level: comes after "senior"; list the rungs in the order junior, mid, senior, staff, principal, manager, director (individual contributors first, then management), each once.",
			  "ladder: has no mid-level rung; add "- { level: mid, title: … }", the rung most people in the role hold.",
			]
		`);
	});

	test('a ladder without a junior rung says where people come from to its first rung', () => {
		const ladder = [
			{ level: 'mid', title: 'Research Scientist' },
			{ level: 'senior', title: 'Senior Research Scientist' },
		] as const;
		expect(problems(roleSchema, validRole({ tier: 'related', ladder: [...ladder] })))
			.toMatchInlineSnapshot(`
			[
			  "joinedFrom: is missing: the ladder has no junior rung, so say where people come from to "Research Scientist", e.g. "joinedFrom: from DevOps, site reliability or ML engineering"",
			]
		`);
		expect(
			problems(
				roleSchema,
				validRole({ tier: 'related', ladder: [...ladder], joinedFrom: 'straight from a PhD' }),
			),
		).toEqual([]);
	});

	test('a typical day has four to six things in order', () => {
		expect(
			problems(
				roleSchema,
				validRole({ typicalDay: ['Morning: code', 'Afternoon: meetings', 'Evening: reviews'] }),
			),
		).toMatchInlineSnapshot(`
			[
			  "typicalDay: needs at least four things the person does, in the order a real day runs",
			]
		`);
	});

	test('a core role may leave out the ratio when no source gives one', () => {
		expect(problems(roleSchema, validRole({ ratio: undefined }))).toEqual([]);
	});
});

describe('catalogue schemas', () => {
	test('a role whose requirements are all "common" or "plus" says what to mark as core', () => {
		expect(
			problems(
				roleSchema,
				validRole({
					skills: [{ id: 'python', importance: 'common' }],
					tools: [{ id: 'docker', importance: 'plus' }],
				}),
			),
		).toMatchInlineSnapshot(`
			[
			  "skills: no requirement has "importance: core": mark what a candidate cannot be hired without as core (a role needs at least one).",
			]
		`);
	});

	const tool = {
		id: 'kubernetes',
		name: 'Kubernetes',
		category: 'infrastructure',
		description: 'Orchestrates containers.',
		aliases: ['k8s'],
		url: 'https://kubernetes.io/',
		hours: someHours,
	};
	const sql = {
		id: 'sql',
		name: 'SQL',
		category: 'programming',
		description: 'The query language.',
		hours: someHours,
	};
	test('accept a valid tool and skill; aliases and implications default to none', () => {
		expect(toolSchema.parse(tool).aliases).toEqual(['k8s']);
		expect(skillSchema.parse(sql)).toMatchObject({ aliases: [], implies: [] });
	});
	test('hours to each level are required, as [low, high], growing from foundation to deep', () => {
		const { hours: _, ...withoutHours } = sql;
		expect(problems(skillSchema, withoutHours)).toMatchInlineSnapshot(`
			[
			  "hours: is missing: add the guide's estimate of hours to each level, e.g. "hours: { foundation: [10, 20], working: [40, 80], deep: [150, 300] }"",
			]
		`);
		expect(
			problems(skillSchema, {
				...sql,
				hours: { foundation: [10, 5], working: [20, 40], deep: [80, 160] },
			}),
		).toMatchInlineSnapshot(`
			[
			  "hours.foundation: must be [low, high] with low no greater than high, e.g. [10, 20]",
			]
		`);
		expect(
			problems(skillSchema, {
				...sql,
				hours: { foundation: [50, 100], working: [20, 40], deep: [80, 160] },
			}),
		).toMatchInlineSnapshot(`
			[
			  "hours: must grow from foundation to working to deep: each level includes the ones below it",
			]
		`);
	});
	test('a group of alternatives needs at least two members', () => {
		expect(problems(groupSchema, { id: 'cloud', name: 'One cloud', members: ['aws'] }))
			.toMatchInlineSnapshot(`
			[
			  "members: must list at least two alternatives: a group of one is that entry itself, so point the roles at the entry instead",
			]
		`);
	});
	test('a tool needs an https link and a known category', () => {
		expect(problems(toolSchema, { ...tool, url: 'http://kubernetes.io/', category: 'devops' }))
			.toMatchInlineSnapshot(`
			[
			  "category: Invalid option: expected one of "programming"|"math-statistics"|"data-analysis"|"ml-practice"|"ml-frameworks"|"llm-genai"|"software-engineering"|"mlops-deployment"|"infrastructure"|"data-engineering"|"monitoring"|"cloud-ml"|"research"|"product-business"|"responsible-ai"",
			  "url: must be an absolute https:// URL",
			]
		`);
		const { url: _, ...withoutUrl } = tool;
		expect(problems(toolSchema, withoutUrl)).toEqual(['url: must be an absolute https:// URL']);
	});
	test('a description is one line of 10 to 200 characters', () => {
		expect(problems(skillSchema, { ...sql, description: 'SQL' })).toHaveLength(1);
		expect(problems(skillSchema, { ...sql, description: 'x'.repeat(201) })).toHaveLength(1);
	});
});

describe('source and figure schemas', () => {
	test('dates are YYYY, YYYY-MM or YYYY-MM-DD', () => {
		const published = {
			id: 'bls',
			kind: 'published',
			title: 'T',
			publisher: 'P',
			url: 'https://www.bls.gov/',
		};
		for (const date of ['2024', '2024-03', '2024-03-14']) {
			expect(problems(sourceSchema, { ...published, date })).toEqual([]);
		}
		expect(problems(sourceSchema, { ...published, date: '14/03/2024' })).toMatchInlineSnapshot(`
			[
			  "date: must be a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-03-14"",
			]
		`);
	});
	test('a published source names its publisher, address and date; unpublished material says what it is', () => {
		expect(
			problems(sourceSchema, {
				id: 'x',
				kind: 'published',
				title: 'T',
				url: 'http://example.org/',
			}),
		).toMatchInlineSnapshot(`
			[
			  "url: must be an absolute https:// URL",
			  "publisher: is missing: a published source names its publisher, so a reader can find and check it; add it, or set "kind: unpublished" and a "description" if it has no public address.",
			  "date: is missing: a published source names its date, so a reader can find and check it; add it, or set "kind: unpublished" and a "description" if it has no public address.",
			]
		`);
		expect(problems(sourceSchema, { id: 'x', kind: 'unpublished', title: 'T' }))
			.toMatchInlineSnapshot(`
			[
			  "description: is missing: say plainly what this unpublished material is, e.g. "description: a lesson of a course on ML and AI engineering".",
			]
		`);
		expect(problems(sourceSchema, { id: 'x', title: 'T' })).toMatchInlineSnapshot(`
			[
			  "kind: is missing: add "kind: published" (a reader can open it) or "kind: unpublished" (no public address)",
			]
		`);
	});
	test('a figure needs a source and keeps its value as written', () => {
		expect(
			figureSchema.parse({
				id: 'g',
				label: 'Growth',
				value: 'more than 30%',
				source: 'wef',
				group: 'Demand',
			}).value,
		).toBe('more than 30%');
		expect(
			problems(figureSchema, { id: 'g', label: 'Growth', value: '30%', group: 'Demand' }),
		).toEqual(['source: Invalid input: expected string, received undefined']);
	});
});

describe('lesson frontmatter schema', () => {
	test('accepts lesson metadata and defaults prerequisites to none', () => {
		expect(lessonSchema.parse({ readingTime: 5, outcomes: ['x'] }).prerequisites).toEqual([]);
	});
	test('rejects a zero reading time, an empty outcome list and a malformed lesson id', () => {
		expect(problems(lessonSchema, { readingTime: 0, outcomes: [], next: 'Lessons/AI vs ML' }))
			.toMatchInlineSnapshot(`
			[
			  "readingTime: Too small: expected number to be >=1",
			  "outcomes: Too small: expected array to have >=1 items",
			  "next: must be the id of a lesson: its path under content/ without the extension, e.g. "lessons/ai-vs-ml"",
			]
		`);
	});
});
