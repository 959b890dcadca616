import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/ingest/guideError';
import { fieldPath, schemaProblems } from '~/lib/ingest/schemaProblems';
import { toolSchema } from '~/schemas/catalogue';
import { lessonSchema } from '~/schemas/lesson';
import { roleSchema } from '~/schemas/role';
import { validRole } from '../fixtures/guide';

/** What a contributor sees for a record with the given change, one problem a line. */
function seen(
	schema: Parameters<typeof schemaProblems>[0],
	data: unknown,
	file: string,
	schemaFile: string,
	prefix = '',
) {
	return schemaProblems(schema, data, file, prefix, schemaFile).map(formatProblem);
}

describe("schemaProblems: field mistakes in the guide's format", () => {
	test('a valid record has none', () => {
		expect(schemaProblems(roleSchema, validRole(), 'content/data/roles/ml-engineer.yaml')).toEqual(
			[],
		);
	});

	test('a mistyped field name, with swapped letters, gets a did-you-mean; so does one inside a list item', () => {
		const role: Record<string, unknown> = { ...validRole(), focsu: 'Production systems' };
		delete role['focus'];
		(role['skills'] as Record<string, unknown>[])[0] = {
			id: 'python',
			importance: 'core',
			levle: 'deep',
		};
		expect(seen(roleSchema, role, 'content/data/roles/ml-engineer.yaml', 'src/schemas/role.ts'))
			.toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → focus: is missing: add the role's focus in a few words, e.g. "focus: Production systems"
			    Fix: Add the field, as src/schemas/role.ts describes it.",
			  "content/data/roles/ml-engineer.yaml → skills[0] = ["levle"]: unknown field "levle" (did you mean "level"?); the fields are: id, importance, level, use
			    Fix: Rename the field as suggested, or remove it.",
			  "content/data/roles/ml-engineer.yaml → (record) = ["focsu"]: unknown field "focsu" (did you mean "focus"?); the fields are: name, order, tier, shortNames, summary, focus, ratio, background, responsibilities, typicalDay, skills, tools, projects, ladder, joinedFrom, entryRoutes, editorial, credits, fitsYouIf, roadmap, related, stages, market, sources
			    Fix: Rename the field as suggested, or remove it.",
			]
		`);
	});

	test('a value outside its set, a wrong type, a missing field and a too-short text', () => {
		const role = { ...validRole(), tier: 'cor', order: 'two', summary: 'Short.' };
		expect(seen(roleSchema, role, 'content/data/roles/ml-engineer.yaml', 'src/schemas/role.ts'))
			.toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → order = "two": is a string, where a number is expected
			    Fix: Write a number here, as src/schemas/role.ts describes it.",
			  "content/data/roles/ml-engineer.yaml → tier = "cor": is not one of the allowed values
			    Fix: Did you mean "core"? Write one of: core, related.",
			  "content/data/roles/ml-engineer.yaml → summary = "Short.": is too short: at least 20 characters
			    Fix: Write the field as src/schemas/role.ts describes it.",
			]
		`);
	});

	test('an entry of a list file is named by its id', () => {
		expect(
			seen(
				toolSchema,
				{ id: 'docker', name: 'Docker', category: 'infrastructre', tolos: [] },
				'content/data/tools.yaml',
				'src/schemas/catalogue.ts',
				'(entry "docker").',
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/tools.yaml → (entry "docker").category = "infrastructre": is not one of the allowed values
			    Fix: Did you mean "infrastructure"? Write one of: programming, math-statistics, data-analysis, ml-practice, ml-frameworks, llm-genai, software-engineering, mlops-deployment, infrastructure, data-engineering, monitoring, cloud-ml, research, product-business, responsible-ai.",
			  "content/data/tools.yaml → (entry "docker").description: is missing: add one line (10 to 200 characters) saying what it is
			    Fix: Add the field, as src/schemas/catalogue.ts describes it.",
			  "content/data/tools.yaml → (entry "docker").hours: is missing: add the guide's estimate of hours to each level, e.g. "hours: { foundation: [10, 20], working: [40, 80], deep: [150, 300] }"
			    Fix: Add the field, as src/schemas/catalogue.ts describes it.",
			  "content/data/tools.yaml → (entry "docker").url: is missing; it must be an absolute https:// URL
			    Fix: Add the field, as src/schemas/catalogue.ts describes it.",
			  "content/data/tools.yaml → (entry "docker") = ["tolos"]: unknown field "tolos"; the fields are: id, name, category, description, aliases, implies, hours, resources, concepts, note, url
			    Fix: Remove the field, or rename it to one of the fields listed.",
			]
		`);
	});

	test("a lesson's own fields", () => {
		expect(
			seen(
				lessonSchema,
				{ readingTime: 'eight', outcomes: [] },
				'content/roles/ml-engineer.mdx',
				'src/schemas/lesson.ts',
			),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → readingTime = "eight": is a string, where a number is expected
			    Fix: Write a number here, as src/schemas/lesson.ts describes it.",
			  "content/roles/ml-engineer.mdx → outcomes = []: is too short a list: at least 1 item
			    Fix: Write the field as src/schemas/lesson.ts describes it.",
			]
		`);
	});

	test('field paths read as written in YAML', () => {
		expect(fieldPath(['skills', 3, 'id'])).toBe('skills[3].id');
		expect(fieldPath([])).toBe('');
	});
});
