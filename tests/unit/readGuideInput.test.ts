import { describe, expect, test } from 'vitest';
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
		for (const [kind, records] of Object.entries(input)) expect(records.length, kind).toBeGreaterThan(0);
	});

	test("reports a record's mistakes in the build's format: file, field, value and fix", () => {
		expect(problemsAfter((path, text) => (path === 'content/data/roles/ml-engineer.yaml' ? text.replace(/^tier: core$/m, 'tier: cor') : text))).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → tier = "cor": is not one of the allowed values
			    Fix: Did you mean "core"? Write one of: core, related.",
			]
		`);
		expect(problemsAfter((path, text) => (path === 'content/data/tools.yaml' ? text.replace(/^- id: docker$/m, '- id: docker\n  nmae: Docker') : text))).toMatchInlineSnapshot(`
			[
			  "content/data/tools.yaml → (entry "docker") = ["nmae"]: unknown field "nmae" (did you mean "name"?); the fields are: id, name, category, description, aliases, implies, hours, resources, concepts, note, url
			    Fix: Rename the field as suggested, or remove it.",
			]
		`);
	});

	test('a list file that is missing, or not YAML, is named', () => {
		expect(problemsAfter((path, text) => (path === 'content/data/groups.yaml' ? undefined : text))).toMatchInlineSnapshot(`
			[
			  "content/data/groups.yaml → (file): cannot be read
			    Fix: Create content/data/groups.yaml as a YAML list of records, or correct the path in src/lib/ingest/sources.ts.",
			]
		`);
		expect(problemsAfter((path, text) => (path === 'content/data/groups.yaml' ? 'groups: [' : text))).toMatchInlineSnapshot(`
			[
			  "content/data/groups.yaml → (file): is not valid YAML: unexpected end of the stream within a flow collection in "content/data/groups.yaml" (2:1)
			    Fix: Correct the YAML syntax at the line and column given (indentation is the usual culprit).",
			]
		`);
	});
});
