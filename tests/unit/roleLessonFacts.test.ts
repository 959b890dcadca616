import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readGuideInput } from '~/lib/ingest/readGuideInput';
import { writtenFactsKey } from '~/lib/ingest/roleLessonFacts';
import { withRoleLessonFacts } from '~/loaders/roleLessonFacts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentFiles } from '../helpers/readContent';

/** One lesson as a loader hands it to `parseData`: its id, frontmatter as written and file. */
interface Entry {
	id: string;
	front: Record<string, unknown>;
	file: string;
}

/**
 * Runs the docs loader's wrapper around a stand-in for Astro's glob loader that parses each entry
 * (with a schema that keeps what it gets) and asks for the digest of each text, as the glob loader does.
 */
async function load(
	root: string,
	entries: Entry[],
	text = 'the lesson',
): Promise<{ data: Record<string, unknown>[]; digest: string }> {
	const data: Record<string, unknown>[] = [];
	let digest = '';
	const glob: Loader = {
		name: 'stand-in',
		load: async (context) => {
			digest = context.generateDigest(text);
			for (const e of entries)
				data.push(
					await context.parseData({ id: e.id, data: e.front, filePath: join(root, e.file) }),
				);
		},
	};
	const context = {
		config: { root: pathToFileURL(`${root}/`) },
		parseData: async ({ data }: { data: unknown }) => data,
		generateDigest: (d: unknown) => JSON.stringify(d),
	};
	await withRoleLessonFacts(glob).load(context as unknown as LoaderContext);
	return { data, digest };
}

/** A project root holding the given role records (file name to text). */
function projectWith(records: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'role-facts-'));
	mkdirSync(join(root, 'content/data/roles'), { recursive: true });
	for (const [name, text] of Object.entries(records))
		writeFileSync(join(root, 'content/data/roles', name), text);
	roots.push(root);
	return root;
}
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const lesson = (front: Record<string, unknown>): Entry => ({
	id: 'roles/ml-engineer',
	front: { role: 'ml-engineer', ...front },
	file: 'content/roles/ml-engineer.mdx',
});

describe("the docs loader fills a role lesson's title and sidebar order from its record", () => {
	test("as the tests' reader does, for every real lesson; other lessons pass unchanged", async () => {
		const files = contentFiles();
		const lessons = files.filter((f) => /^content\/(?!data\/).+\.mdx?$/.test(f.path));
		const entries = lessons.map((f) => ({
			id: f.path.replace(/^content\/|\.mdx?$/g, ''),
			front: parseFrontmatter(f.text).frontmatter,
			file: f.path,
		}));
		const { data } = await load(process.cwd(), entries);
		const read = readGuideInput(files).input.lessons;
		expect(data.map((d) => [d['title'], d['sidebar']])).toEqual(
			read.map((l) => [l.data.title, l.data.sidebar]),
		);
		expect(data.filter((_, i) => !entries[i]!.id.startsWith('roles/'))).toEqual(
			entries.filter((e) => !e.id.startsWith('roles/')).map((e) => e.front),
		);
	});

	test('keeps what a lesson wrote anyway with its data, as the reader does, for the lessons check', async () => {
		const root = projectWith({ 'ml-engineer.yaml': 'name: ML Engineer\norder: 2\n' });
		const { data } = await load(root, [
			lesson({ title: 'MLE', sidebar: { order: 9, label: 'MLE' } }),
		]);
		expect(data[0]).toEqual({
			role: 'ml-engineer',
			title: 'ML Engineer',
			sidebar: { order: 2, label: 'MLE' },
			[writtenFactsKey]: [
				{ field: 'title', value: 'MLE' },
				{ field: 'sidebar.order', value: 9 },
			],
		});
	});

	test("a lesson's digest changes with the role records, so a cached entry is not kept with an old title", async () => {
		const before = await load(
			projectWith({ 'ml-engineer.yaml': 'name: ML Engineer\norder: 2\n' }),
			[],
		);
		const after = await load(
			projectWith({ 'ml-engineer.yaml': 'name: Machine Learning Engineer\norder: 2\n' }),
			[],
		);
		expect(after.digest).not.toBe(before.digest);
	});

	test('a missing record, or one without a usable name or order, fails in the guide\'s format, not as "title: Required"', async () => {
		await expect(load(projectWith({}), [lesson({})])).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AstroUserError: 1 problem in content/roles/ml-engineer.mdx:

			content/roles/ml-engineer.mdx → (file) = "ml-engineer": presents a role that has no record, content/data/roles/ml-engineer.yaml, to take its title and sidebar order from
			    Fix: Create content/data/roles/ml-engineer.yaml (CONTRIBUTING.md, "How to add a role"), or move the lesson to content/lessons/ if it does not present a role.]
		`);
		await expect(
			load(projectWith({ 'ml-engineer.yaml': 'nmae: ML Engineer\norder: two\n' }), [lesson({})]),
		).rejects.toThrowErrorMatchingInlineSnapshot(`
			[AstroUserError: 2 problems in content/data/roles/ml-engineer.yaml:

			content/data/roles/ml-engineer.yaml → name: is missing: add the role's name as a job title, e.g. "name: ML Engineer"
			    Fix: Add the field, as src/schemas/role.ts describes it.

			content/data/roles/ml-engineer.yaml → order = "two": is a string, where a number is expected
			    Fix: Write a number here, as src/schemas/role.ts describes it.]
		`);
		await expect(
			load(projectWith({ 'ml-engineer.yaml': 'name: [ML Engineer\n' }), [lesson({})]),
		).rejects.toThrow(/content\/data\/roles\/ml-engineer\.yaml → \(file\): is not valid YAML/);
	});
});
