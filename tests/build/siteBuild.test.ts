import { execFileSync } from 'node:child_process';
import {
	type Dirent,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { sitePaths } from '~/lib/browser/paths';
import { pairSlug } from '~/lib/browser/paths';
import { roleSchema } from '~/schemas/role';
import { slugify } from '~/util/slugify';

// One real build of a temporary copy of the site, changed in three ways: a value in one role's
// record, a role added the way CONTRIBUTING.md's "How to add a role" says, and the address it is
// published at, with a base path, as for a GitHub Pages project site. Every check below reads that
// build, except one that runs the copy's own unit and content tests on the copy's content.
const root = process.cwd();
/** A package's command, found as Node finds the package: in the project's node_modules or a folder above it. */
const bin = (name: string, file: string) =>
	join(dirname(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`)), file);
const astroBin = bin('astro', 'bin/astro.mjs');
const vitestBin = bin('vitest', 'vitest.mjs');
const skip =
	/^(node_modules|dist|\.astro|\.git|\.tmp|test-results|playwright-report|bench-results)$/;
/** The address the copy is built for, given as the README gives it: SITE_URL, and BASE_PATH without its last slash. */
const site = 'https://guide.example.net';
const basePath = '/careers';
const base = `${basePath}/`;
const newFocus = 'Reliable model serving at scale';
/** The role added to the copy, as a contributor following CONTRIBUTING.md would add it. */
const added = {
	id: 'recommender-systems-engineer',
	name: 'Recommender Systems Engineer',
	shortName: 'RecSys Engineer',
};
let copy: string;

/**
 * Adds a related role to the copy by CONTRIBUTING.md's steps: a record copied from another related role
 * with its name, order and short names changed; a lesson copied likewise, with its role changed (it
 * writes no title or sidebar order: they come from the record); a statement that ranks the role
 * first. Returns its order.
 */
function addRoleAsTheReadmeSays(): number {
	const roles = readdirSync(join(copy, 'content/data/roles'));
	const order = roles.length + 1;
	const record = readFileSync(join(copy, 'content/data/roles/nlp-engineer.yaml'), 'utf8')
		.replace(/^name: .*$/m, `name: ${added.name}`)
		.replace(/^order: .*$/m, `order: ${order}`)
		.replace(/^shortNames: .*$/m, `shortNames: [${added.shortName}]`)
		.replace(
			/^summary: .*$/m,
			'summary: Builds the systems that choose what each user sees next, from feeds to product suggestions.',
		);
	writeFileSync(join(copy, `content/data/roles/${added.id}.yaml`), record);
	const lesson = readFileSync(join(copy, 'content/roles/nlp-engineer.mdx'), 'utf8').replace(
		/^role: .*$/m,
		`role: ${added.id}`,
	);
	expect(lesson).toContain(`role: ${added.id}`);
	expect(lesson, 'a role lesson as CONTRIBUTING.md has it').not.toMatch(/^(title|sidebar):/m);
	writeFileSync(join(copy, `content/roles/${added.id}.mdx`), lesson);
	const statements = join(copy, 'content/data/statements.yaml');
	writeFileSync(
		statements,
		`${readFileSync(statements, 'utf8')}\n- id: recommend-what-comes-next\n  group: enjoy\n  text: I like deciding what each user should see next\n  weights:\n    - { role: ${added.id}, weight: 3 }\n`,
	);
	return order;
}

/** A built file of the temporary copy, as text (`path` without the base path). */
const built = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
const page = (path: string) => built(join(path, 'index.html'));

beforeAll(() => {
	// The copy lives inside the project (in the git-ignored .tmp/) so that it resolves packages from
	// the project's own node_modules; a symlinked node_modules confuses Vite's file ids.
	mkdirSync(join(root, '.tmp'), { recursive: true });
	copy = mkdtempSync(join(root, '.tmp', 'site-build-'));
	for (const name of readdirSync(root).filter((n) => !skip.test(n)))
		cpSync(join(root, name), join(copy, name), { recursive: true });
	const record = join(copy, 'content/data/roles/ml-engineer.yaml');
	const before = readFileSync(record, 'utf8');
	const after = before.replace(/^focus: .*$/m, `focus: ${newFocus}`);
	expect(after).not.toBe(before);
	writeFileSync(record, after);
	addRoleAsTheReadmeSays();
	// The build's own link check fails it if any internal link or section id is broken under the base path.
	try {
		execFileSync(process.execPath, [astroBin, 'build'], {
			cwd: copy,
			stdio: 'pipe',
			maxBuffer: 256 * 1024 * 1024,
			env: { ...env, SITE_URL: site, BASE_PATH: basePath },
		});
	} catch (error) {
		// The build's own report (which file, which link) is at the end of its output.
		const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
		throw new Error(
			`The build of the temporary copy failed:\n${`${stdout}\n${stderr}`.slice(-4000)}`,
		);
	}
}, 180_000);

afterAll(() => {
	if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The environment of a command run in the copy: Vitest's own variables (NODE_ENV=test, BASE_URL, MODE, …) would leak into it. */
const env = Object.fromEntries(
	Object.entries(process.env).filter(
		([key]) => !/^(VITEST|VITE_|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(key),
	),
);

/** The documented shape of /api/transitions.json. */
const transitionsApiSchema = z.strictObject({
	version: z.literal(1),
	groups: z.array(
		z.strictObject({ id: z.string(), name: z.string(), members: z.array(z.string()).min(2) }),
	),
	transitions: z.array(
		z.strictObject({
			from: z.string(),
			to: z.string(),
			met: z.int().min(0),
			core: z.int().min(1),
			size: z.enum(['small', 'medium', 'large']),
			requiredHours: z.tuple([z.int().min(0), z.int().min(0)]),
			optionalHours: z.tuple([z.int().min(0), z.int().min(0)]),
			keep: z.array(z.string()),
			learn: z.array(z.string()),
			deepen: z.array(z.string()),
		}),
	),
});

describe('a role added as CONTRIBUTING.md says', () => {
	test('has its page, its comparisons with every other role, a place in the sidebar and in search', () => {
		expect(page(`roles/${added.id}`)).toMatch(new RegExp(`<h1 id="_top"[^>]*>${added.name}</h1>`));
		const others = JSON.parse(built('api/roles.json')).roles.filter(
			(r: { id: string }) => r.id !== added.id,
		);
		expect(others.length).toBeGreaterThan(0);
		for (const other of others) {
			// The new role comes last in display order, so it is second in every pair's address.
			expect(page(sitePaths.pair(pairSlug(other.id, added.id))), other.id).toContain(added.name);
		}
		expect(page('')).toContain(`href="${base}roles/${added.id}/"`);
		expect(page(`roles/${slugify(added.shortName)}`)).toContain(`url=${base}roles/${added.id}/`);
		expect(
			JSON.parse(built('search-vocabulary.json')).roles.map((r: { id: string }) => r.id),
		).toContain(added.id);
	});

	test("passes the copy's unit and content tests, so no rule that only a test enforces is left out of CONTRIBUTING.md", () => {
		const report = join(copy, 'vitest-report.json');
		let output = '';
		try {
			execFileSync(
				process.execPath,
				[
					vitestBin,
					'run',
					'--project',
					'unit',
					'--project',
					'content',
					'--reporter=json',
					`--outputFile=${report}`,
				],
				{
					cwd: copy,
					stdio: 'pipe',
					maxBuffer: 64 * 1024 * 1024,
					env,
				},
			);
		} catch (error) {
			// A failed test is named in the report; a run that wrote none is explained at the end of Vitest's output.
			const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
			output = `${stdout}\n${stderr}`.slice(-4000);
		}
		expect(existsSync(report), `Vitest wrote no report:\n${output}`).toBe(true);
		const { success, numPassedTests, testResults } = JSON.parse(readFileSync(report, 'utf8')) as {
			success: boolean;
			numPassedTests: number;
			testResults: {
				name: string;
				status: string;
				message: string;
				assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
			}[];
		};
		const failed = testResults.flatMap((file) => [
			...(file.status === 'failed' && file.message
				? [`${relative(copy, file.name)}: ${file.message}`]
				: []),
			...file.assertionResults
				.filter((t) => t.status === 'failed')
				.map(
					(t) =>
						`${relative(copy, file.name)} › ${t.fullName}\n${t.failureMessages.join('\n').slice(0, 1500)}`,
				),
		]);
		expect(failed).toEqual([]);
		expect(success).toBe(true);
		// They are the copy's own tests, run on its files: the content tests read the content with the added role.
		expect(testResults.every((file) => file.name.startsWith(`${copy}/tests/`))).toBe(true);
		expect(testResults.some((file) => file.name.startsWith(`${copy}/tests/content/`))).toBe(true);
		expect(numPassedTests).toBeGreaterThan(0);
	});
});

describe('one value in the data changes every page that shows it', () => {
	test('in the all-roles table on the home page', () => {
		const row = page('').match(/<tr data-role="ml-engineer">[\s\S]*?<\/tr>/)?.[0];
		expect(row).toContain(newFocus);
	});

	test('on the role page', () => {
		expect(page('roles/ml-engineer')).toContain(newFocus);
	});

	test('on a page comparing it with another role', () => {
		const pair = page('compare/data-scientist-vs-ml-engineer');
		expect(pair.match(/<tr data-field="focus">[\s\S]*?<\/tr>/)?.[0]).toContain(newFocus);
	});

	test('in the data for programs', () => {
		expect(
			JSON.parse(built('api/roles.json')).roles.find((r: { id: string }) => r.id === 'ml-engineer')
				.focus,
		).toBe(newFocus);
	});

	test('and the old value is gone', () => {
		for (const path of ['', 'roles/ml-engineer', 'compare/data-scientist-vs-ml-engineer']) {
			expect(page(path)).not.toMatch(/<dd>Production systems<\/dd>|>Production systems</);
		}
	});
});

describe('under a base path', () => {
	test('the build passed its link check, and links carry the base path', () => {
		expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(true);
		const lesson = page('lessons/ai-roles-explained');
		expect(lesson).toContain(`href="${base}roles/ml-engineer/"`);
		expect(lesson).not.toMatch(/href="\/(roles|lessons|skills|tools|compare)\//);
	});

	test('aliases and reversed pairs redirect to the canonical pages', () => {
		expect(page('roles/mle')).toContain(`url=${base}roles/ml-engineer/`);
		expect(page('roles/ds')).toContain(`url=${base}roles/data-scientist/`);
		expect(page('compare/ml-engineer-vs-data-scientist')).toContain(
			`url=${base}compare/data-scientist-vs-ml-engineer/`,
		);
		// The same redirects, as real 301s for hosts that read _redirects, under the base path.
		const redirects = built('_redirects')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		expect(redirects).toContain(`${base}roles/mle/ ${base}roles/ml-engineer/ 301`);
		expect(redirects.every((line) => line.startsWith(base))).toBe(true);
		expect(built('_headers')).toContain(`${base}_astro/*`);
	});

	test('a missing page gets the 404 page, which lists the roles', () => {
		expect(built('404.html')).toContain(`href="${base}roles/ml-engineer/"`);
	});
});

/** Every file of the build, as paths inside dist/. */
const builtFiles = () =>
	(readdirSync(join(copy, 'dist'), { recursive: true, withFileTypes: true }) as Dirent[])
		.filter((e) => e.isFile())
		.map((e) => relative(join(copy, 'dist'), join(e.parentPath, e.name)));

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The content of a page's `<meta>` with this property or name. */
const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(
		html,
	)?.[1];

describe('the address it is published at', () => {
	test('every address of the site in every built file is under SITE_URL and BASE_PATH; the placeholder is nowhere', () => {
		// Pagefind's index and the images are binary; every other file is text a reader or a program reads.
		const texts = builtFiles().filter(
			(f) => !/\.(png|wasm|woff2?)$/.test(f) && !f.startsWith('pagefind/'),
		);
		expect(texts.length).toBeGreaterThan(300);
		const stray: string[] = [];
		for (const file of texts) {
			const text = built(file);
			if (text.includes('ai-roles-guide.example.org'))
				stray.push(`${file}: the placeholder address`);
			for (const [address] of text.matchAll(/https?:\/\/guide\.example\.net[^\s"'<>)\]]*/g))
				if (!address.startsWith(`${site}${base}`)) stray.push(`${file}: ${address}`);
		}
		expect(stray).toEqual([]);
		expect(built('sitemap-index.xml')).toContain(`<loc>${site}${base}sitemap-0.xml</loc>`);
		expect(page('roles/ml-engineer')).toContain(
			`<link rel="canonical" href="${site}${base}roles/ml-engineer/"/>`,
		);
	});

	test("every page shares its social card: a 1200×630 PNG of the build under the site's address, with its size and alt text", () => {
		const pages = builtFiles().filter(
			(f) => f.endsWith('.html') && !built(f).includes('http-equiv="refresh"'),
		);
		expect(pages.length).toBeGreaterThan(200);
		const sizes = new Map<string, { width: number; height: number }>();
		for (const file of pages) {
			const html = built(file);
			const image = meta(html, 'og:image');
			expect(image, file).toMatch(new RegExp(`^${site}${base}social/.+\\.png$`));
			const png = image!.slice(`${site}${base}`.length);
			if (!sizes.has(png)) sizes.set(png, pngSize(readFileSync(join(copy, 'dist', png))));
			expect(sizes.get(png), file).toEqual({ width: 1200, height: 630 });
			expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], file).toEqual([
				'1200',
				'630',
			]);
			expect(meta(html, 'og:image:alt')?.length ?? 0, file).toBeGreaterThan(20);
			expect([meta(html, 'twitter:card'), meta(html, 'twitter:image:alt')], file).toEqual([
				'summary_large_image',
				meta(html, 'og:image:alt'),
			]);
		}
		// A role, a pair and a roadmap each have their own card; the added role too.
		expect(meta(page('roles/ml-engineer'), 'og:image')).toBe(
			`${site}${base}social/roles/ml-engineer.png`,
		);
		expect(meta(page(`roles/${added.id}/roadmap`), 'og:image')).toBe(
			`${site}${base}social/roles/${added.id}/roadmap.png`,
		);
		expect(meta(page('compare/data-scientist-vs-ml-engineer'), 'og:image')).toBe(
			`${site}${base}social/compare/data-scientist-vs-ml-engineer.png`,
		);
		expect(meta(page('roles/ml-engineer'), 'og:image:alt')).toContain('ML Engineer');
	});
});

describe('the data for programs', () => {
	test('roles.json holds every role, valid against the role schema', () => {
		const api = JSON.parse(built('api/roles.json'));
		expect(api.version).toBe(1);
		expect(api.roles).toHaveLength(readdirSync(join(copy, 'content/data/roles')).length);
		for (const { id, page: url, ...role } of api.roles) {
			expect(url).toBe(`${site}${base}roles/${id}/`);
			expect(roleSchema.safeParse(role).error?.issues ?? [], id).toEqual([]);
		}
	});

	test('skills.json and tools.json hold every entry, valid against their schemas, with the roles using each', () => {
		for (const [file, key, schema] of [
			['api/skills.json', 'skills', skillSchema],
			['api/tools.json', 'tools', toolSchema],
		] as const) {
			const api = JSON.parse(built(file));
			expect(api.version).toBe(1);
			expect(api[key].length).toBeGreaterThan(40);
			for (const { page: url, roles, ...entry } of api[key]) {
				expect(url).toContain(`${base}${key}/${entry.id}/`);
				expect(roles.length, entry.id).toBeGreaterThan(0);
				expect(schema.safeParse(entry).error?.issues ?? [], entry.id).toEqual([]);
			}
		}
	});

	test('transitions.json has one entry per ordered pair of roles, each id a skill, tool or group, matching the pair pages', () => {
		const api = transitionsApiSchema.parse(JSON.parse(built('api/transitions.json')));
		const roles = readdirSync(join(copy, 'content/data/roles')).length;
		expect(api.transitions).toHaveLength(roles * (roles - 1));
		const known = new Set([
			...JSON.parse(built('api/skills.json')).skills.map((e: { id: string }) => e.id),
			...JSON.parse(built('api/tools.json')).tools.map((e: { id: string }) => e.id),
			...api.groups.map((g) => g.id),
		]);
		for (const t of api.transitions) {
			for (const id of [...t.keep, ...t.learn, ...t.deepen])
				expect(known.has(id), `${t.from} → ${t.to}: ${id}`).toBe(true);
			expect(t.met).toBeLessThanOrEqual(t.core);
		}
		// The pair page states the same readiness as the API.
		const move = api.transitions.find((t) => t.from === 'ml-engineer' && t.to === 'ai-engineer')!;
		const page = built('compare/ml-engineer-vs-ai-engineer/index.html');
		expect(page).toContain(
			`meets ${move.met} of the AI engineer&#39;s ${move.core} core requirements`,
		);
	});

	test('llms.txt lists every role and lesson with its URL; llms-full.txt has them in full', () => {
		const index = built('llms.txt');
		const full = built('llms-full.txt');
		for (const { id } of JSON.parse(built('api/roles.json')).roles) {
			expect(index).toContain(`${base}roles/${id}/)`);
			expect(full).toContain(`URL: ${site}${base}roles/${id}/`);
		}
		for (const lesson of readdirSync(join(root, 'content/lessons')))
			expect(index).toContain(`${base}lessons/${lesson.replace(/\.mdx?$/, '')}/)`);
		expect(full).toContain(newFocus);
		expect(full).not.toMatch(/^import /m);
	});
});
