import { describe, expect, test } from 'vitest';
import { findProblems } from '~/lib/guide/checks';
import { formatProblem } from '~/lib/ingest/guideError';
import { readGuideInput } from '~/lib/ingest/readGuideInput';
import { contentFiles } from '../helpers/readContent';

const files = contentFiles();

/** The problems the reader reports after one change to the real files, formatted as the build prints them. */
function problemsAfter(change: (path: string, text: string) => string | undefined): string[] {
	const changed = files.flatMap((f) => {
		const text = change(f.path, f.text);
		return text === undefined ? [] : [{ path: f.path, text }];
	});
	return readGuideInput(changed).problems.map(formatProblem);
}

describe('readGuideInput: the one reader the tests share with the build', () => {
	test('reads the real content without problems, every kind of record', () => {
		const { input, problems } = readGuideInput(files);
		expect(problems).toEqual([]);
		for (const [kind, records] of Object.entries(input))
			expect(records.length, kind).toBeGreaterThan(0);
	});

	test("reports a record's mistakes in the build's format: file, field, value and fix", () => {
		expect(
			problemsAfter((path, text) =>
				path === 'content/data/roles/ml-engineer.yaml'
					? text.replace(/^tier: core$/m, 'tier: cor')
					: text,
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → tier = "cor": is not one of the allowed values
			    Fix: Did you mean "core"? Write one of: core, related.",
			]
		`);
		expect(
			problemsAfter((path, text) =>
				path === 'content/data/tools.yaml'
					? text.replace(/^- id: docker$/m, '- id: docker\n  nmae: Docker')
					: text,
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/tools.yaml → (entry "docker") = ["nmae"]: unknown field "nmae" (did you mean "name"?); the fields are: id, name, category, description, aliases, implies, hours, resources, concepts, note, url
			    Fix: Rename the field as suggested, or remove it.",
			]
		`);
	});

	test('a list file that is missing, or not YAML, is named', () => {
		expect(problemsAfter((path, text) => (path === 'content/data/groups.yaml' ? undefined : text)))
			.toMatchInlineSnapshot(`
			[
			  "content/data/groups.yaml → (file): cannot be read
			    Fix: Create content/data/groups.yaml as a YAML list of records, or correct the path in src/lib/ingest/sources.ts.",
			]
		`);
		expect(
			problemsAfter((path, text) => (path === 'content/data/groups.yaml' ? 'groups: [' : text)),
		).toMatchInlineSnapshot(`
			[
			  "content/data/groups.yaml → (file): is not valid YAML: unexpected end of the stream within a flow collection in "content/data/groups.yaml" (2:1)
			    Fix: Correct the YAML syntax at the line and column given (indentation is the usual culprit).",
			]
		`);
	});

	test("a role lesson's title and sidebar order are its record's name and order, written only there", () => {
		const { input } = readGuideInput(files);
		const roleLessons = input.lessons.filter((l) => l.id.startsWith('roles/'));
		expect(roleLessons.map((l) => l.id)).toEqual(input.roles.map((r) => `roles/${r.id}`));
		for (const lesson of roleLessons) {
			const role = input.roles.find((r) => `roles/${r.id}` === lesson.id)!;
			expect([lesson.data.title, lesson.data.sidebar?.order], lesson.id).toEqual([
				role.data.name,
				role.data.order,
			]);
			expect(lesson.data.writtenFacts, lesson.id).toBeUndefined();
		}
	});

	test('a role lesson that writes its title or sidebar order again is refused by the checks, with the line to delete', () => {
		const changed = files.map((f) =>
			f.path === 'content/roles/ml-engineer.mdx'
				? {
						...f,
						text: f.text.replace(
							/^---\n/,
							'---\ntitle: ML Engineers\nsidebar:\n  order: 2\n  label: MLE\n',
						),
					}
				: f,
		);
		const { input, problems } = readGuideInput(changed);
		expect(problems).toEqual([]);
		const lesson = input.lessons.find((l) => l.id === 'roles/ml-engineer')!;
		// The page still takes the record's values; the other sidebar fields are kept.
		expect([lesson.data.title, lesson.data.sidebar]).toEqual([
			'ML Engineer',
			{ order: 2, label: 'MLE' },
		]);
		expect(findProblems(input).map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → title = "ML Engineers": is written in the lesson, but comes from the role's record: its name, "ML Engineer"
			    Fix: Delete the line; the title and order come from content/data/roles/ml-engineer.yaml.",
			  "content/roles/ml-engineer.mdx → sidebar.order = 2: is written in the lesson, but comes from the role's record: its order, 2
			    Fix: Delete the line (and "sidebar:" if nothing else is under it); the title and order come from content/data/roles/ml-engineer.yaml.",
			]
		`);
	});

	test('a role lesson whose role has no record is named, with the record to create', () => {
		expect(
			problemsAfter((path, text) =>
				path === 'content/data/roles/nlp-engineer.yaml' ? undefined : text,
			),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/nlp-engineer.mdx → (file) = "nlp-engineer": presents a role that has no record, content/data/roles/nlp-engineer.yaml, to take its title and sidebar order from
			    Fix: Create content/data/roles/nlp-engineer.yaml (CONTRIBUTING.md, "How to add a role"), or move the lesson to content/lessons/ if it does not present a role.",
			]
		`);
	});
});
