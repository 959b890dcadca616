import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { roleSchema } from '~/schemas/role';

// One real build of a temporary copy of the site, changed in two ways: a value in one role's record,
// and a base path, as for a GitHub Pages project site. Every check below reads that build.
const root = process.cwd();
const skip = /^(node_modules|dist|\.astro|\.git|\.tmp|test-results|playwright-report|bench-results)$/;
const base = '/ai-roles/';
const newFocus = 'Reliable model serving at scale';
let copy: string;

/** A built file of the temporary copy, as text (`path` without the base path). */
const built = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
const page = (path: string) => built(join(path, 'index.html'));

beforeAll(() => {
	// The copy lives inside the project (in the git-ignored .tmp/) so that it resolves packages from
	// the project's own node_modules; a symlinked node_modules confuses Vite's file ids.
	mkdirSync(join(root, '.tmp'), { recursive: true });
	copy = mkdtempSync(join(root, '.tmp', 'site-build-'));
	for (const name of readdirSync(root).filter((n) => !skip.test(n))) cpSync(join(root, name), join(copy, name), { recursive: true });
	const record = join(copy, 'content/data/roles/ml-engineer.yaml');
	const before = readFileSync(record, 'utf8');
	const after = before.replace(/^focus: .*$/m, `focus: ${newFocus}`);
	expect(after).not.toBe(before);
	writeFileSync(record, after);
	// The build's own link check fails it if any internal link or section id is broken under the base path.
	// Vitest's own variables (NODE_ENV=test, BASE_URL, MODE, …) would leak into the site's build.
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|VITE_|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|TEST$)/.test(key)));
	try {
		execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024, env: { ...env, BASE_PATH: base } });
	} catch (error) {
		// The build's own report (which file, which link) is at the end of its output.
		const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
		throw new Error(`The build of the temporary copy failed:\n${`${stdout}\n${stderr}`.slice(-4000)}`);
	}
}, 180_000);

afterAll(() => {
	if (copy) rmSync(copy, { recursive: true, force: true });
});


/** The documented shape of /api/transitions.json. */
const transitionsApiSchema = z.strictObject({
	version: z.literal(1),
	groups: z.array(z.strictObject({ id: z.string(), name: z.string(), members: z.array(z.string()).min(2) })),
	transitions: z.array(
		z.strictObject({
			from: z.string(),
			to: z.string(),
			met: z.int().min(0),
			core: z.int().min(1),
			size: z.enum(['small', 'medium', 'large']),
			keep: z.array(z.string()),
			learn: z.array(z.string()),
			deepen: z.array(z.string()),
		})
	),
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
		expect(JSON.parse(built('api/roles.json')).roles.find((r: { id: string }) => r.id === 'ml-engineer').focus).toBe(newFocus);
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
		expect(page('compare/ml-engineer-vs-data-scientist')).toContain(`url=${base}compare/data-scientist-vs-ml-engineer/`);
	});

	test('a missing page gets the 404 page, which lists the roles', () => {
		expect(built('404.html')).toContain(`href="${base}roles/ml-engineer/"`);
	});
});

describe('the data for programs', () => {
	test('roles.json holds every role, valid against the role schema', () => {
		const api = JSON.parse(built('api/roles.json'));
		expect(api.version).toBe(1);
		expect(api.roles).toHaveLength(readdirSync(join(root, 'content/data/roles')).length);
		for (const { id, page: url, ...role } of api.roles) {
			expect(url).toBe(`https://ai-roles-guide.example.org${base}roles/${id}/`);
			expect(roleSchema.safeParse(role).error?.issues ?? [], id).toEqual([]);
		}
	});

	test('skills.json and tools.json hold every entry, valid against their schemas, with the roles using each', () => {
		for (const [file, key, schema] of [['api/skills.json', 'skills', skillSchema], ['api/tools.json', 'tools', toolSchema]] as const) {
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
		const roles = readdirSync(join(root, 'content/data/roles')).length;
		expect(api.transitions).toHaveLength(roles * (roles - 1));
		const known = new Set([
			...JSON.parse(built('api/skills.json')).skills.map((e: { id: string }) => e.id),
			...JSON.parse(built('api/tools.json')).tools.map((e: { id: string }) => e.id),
			...api.groups.map((g) => g.id),
		]);
		for (const t of api.transitions) {
			for (const id of [...t.keep, ...t.learn, ...t.deepen]) expect(known.has(id), `${t.from} → ${t.to}: ${id}`).toBe(true);
			expect(t.met).toBeLessThanOrEqual(t.core);
		}
		// The pair page states the same readiness as the API.
		const move = api.transitions.find((t) => t.from === 'ml-engineer' && t.to === 'ai-engineer')!;
		const page = built('compare/ml-engineer-vs-ai-engineer/index.html');
		expect(page).toContain(`meets ${move.met} of the AI engineer&#39;s ${move.core} core requirements`);
	});

	test('llms.txt lists every role and lesson with its URL; llms-full.txt has them in full', () => {
		const index = built('llms.txt');
		const full = built('llms-full.txt');
		for (const { id } of JSON.parse(built('api/roles.json')).roles) {
			expect(index).toContain(`${base}roles/${id}/)`);
			expect(full).toContain(`URL: https://ai-roles-guide.example.org${base}roles/${id}/`);
		}
		for (const lesson of readdirSync(join(root, 'content/lessons'))) expect(index).toContain(`${base}lessons/${lesson.replace(/\.mdx?$/, '')}/)`);
		expect(full).toContain(newFocus);
		expect(full).not.toMatch(/^import /m);
	});
});
