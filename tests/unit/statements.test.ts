import { describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/ingest/guideError';
import { buildGuide } from '~/lib/guide/guideModel';
import { findProblems } from '~/lib/guide/checks';
import type { GuideInput } from '~/lib/ingest/guideInput';
import { type StatementInput, statementSchema } from '~/schemas/statement';
import { validGuide } from '../fixtures/guide';

/** Applies a change to a fresh valid guide and returns the formatted problems found. */
function problemsAfter(change: (guide: GuideInput) => void): string[] {
	const guide = validGuide();
	change(guide);
	return findProblems(guide).map(formatProblem);
}

/** The problems the schema reports for a statement, one "path: message" line each. */
function schemaProblems(input: unknown): string[] {
	const result = statementSchema.safeParse(input);
	return result.success
		? []
		: result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

const valid: StatementInput = {
	id: 'devops-background',
	group: 'background',
	text: 'I come from DevOps',
	weights: [{ role: 'mlops-engineer', weight: 3 }],
};

describe('statement schema', () => {
	test('accepts a statement with or without a source', () => {
		expect(statementSchema.parse(valid)).toEqual(valid);
		expect(statementSchema.parse({ ...valid, source: 'course' }).source).toBe('course');
	});

	test('names a mistyped field, a weight out of range, a statement not in the first person and one that points nowhere', () => {
		expect(schemaProblems({ ...valid, wieghts: [] })).toMatchInlineSnapshot(`
			[
			  "(root): unknown field "wieghts" (did you mean "weights"?); the fields are: id, group, text, weights, start, source",
			]
		`);
		expect(
			schemaProblems({
				...valid,
				text: 'You come from DevOps',
				weights: [{ role: 'mlops-engineer', weight: 4 }],
				group: 'hobbies',
			}),
		).toMatchInlineSnapshot(`
			[
			  "group: Invalid option: expected one of "background"|"enjoy"|"want"",
			  "text: must be written in the first person, starting with "I", e.g. "I enjoy statistical analysis"",
			  "weights.0.weight: Too big: expected number to be <=3",
			]
		`);
		expect(schemaProblems({ ...valid, weights: [] })).toMatchInlineSnapshot(`
			[
			  "weights: is missing: add the roles the statement points to, e.g. "weights: [{ role: ml-engineer, weight: 3 }]", or a "start" whose closest roles it points to",
			]
		`);
	});
});

describe('findProblems on statements', () => {
	test('the fixture guide, statements included, is consistent', () => {
		expect(findProblems(validGuide())).toEqual([]);
	});

	test('a statement pointing at an unknown role is reported with a did-you-mean', () => {
		expect(
			problemsAfter((g) =>
				g.statements![0]!.data.weights.push(
					{ role: 'data-scientst', weight: 2 },
					{ role: 'astronaut', weight: 1 },
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/statements.yaml → (entry "reliable-systems").weights[1].role = "data-scientst": is not the id of a role
			    Fix: Did you mean "data-scientist"? Otherwise add the role as content/data/roles/<id>.yaml.",
			  "content/data/statements.yaml → (entry "reliable-systems").weights[2].role = "astronaut": is not the id of a role
			    Fix: Add the role as content/data/roles/<id>.yaml.",
			]
		`);
	});

	test('a role named twice in one statement is reported', () => {
		expect(
			problemsAfter((g) => g.statements![1]!.data.weights.push({ role: 'ml-engineer', weight: 1 })),
		).toMatchInlineSnapshot(`
			[
			  "content/data/statements.yaml → (entry "statistical-analysis").weights[2].role = "ml-engineer": is listed twice in this statement
			    Fix: Give each role one weight: remove the second entry.",
			]
		`);
	});

	test('a role no statement points to is reported on the role, saying where to add it', () => {
		expect(
			problemsAfter((g) => (g.statements![1]!.data.weights = [{ role: 'ml-engineer', weight: 2 }])),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/data-scientist.yaml → (record) = "data-scientist": is pointed to by no statement, so the self-assessment can never suggest it
			    Fix: Add "{ role: data-scientist, weight: 1 }" (up to 3) to the weights of the statements in content/data/statements.yaml that describe someone this role suits (its "fitsYouIf" lists them), or add such a statement.",
			]
		`);
		// No statements at all: every role is unreachable.
		expect(problemsAfter((g) => (g.statements = []))).toHaveLength(2);
	});

	test('an unknown source is reported like any other', () => {
		expect(problemsAfter((g) => (g.statements![0]!.data.source = 'corse'))).toMatchInlineSnapshot(`
			[
			  "content/data/statements.yaml → (entry "reliable-systems").source = "corse": is not the id of a source
			    Fix: Did you mean "course"? Otherwise add the source to content/data/sources.yaml.",
			]
		`);
	});

	test('the guide keeps statements in file order', () => {
		expect(buildGuide(validGuide()).statements.map((s) => s.id)).toEqual([
			'reliable-systems',
			'statistical-analysis',
		]);
	});
});

describe('a statement about where the reader starts', () => {
	test('names its start and leaves its weights to the computation', () => {
		const both = {
			id: 'backend',
			group: 'background',
			text: 'I work as a backend engineer',
			start: 'backend-engineer',
			weights: [{ role: 'ml-engineer', weight: 3 }],
		};
		expect(statementSchema.safeParse(both).error?.issues.map((i) => i.message)).toEqual([
			'are computed from the starting point "backend-engineer": remove them, or remove "start" to weigh the roles by hand.',
		]);
		expect(statementSchema.safeParse({ ...both, weights: undefined }).success).toBe(true);
	});
});
