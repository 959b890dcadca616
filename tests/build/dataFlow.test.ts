import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = process.cwd();
const skip = /^(node_modules|dist|\.astro|\.git|\.tmp|test-results|playwright-report|bench-results)(\/|$)/;
let copy: string;
const newFocus = 'Reliable model serving at scale';

/** A built page of the temporary copy, as text. */
const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');

describe('one value in the data changes every page that shows it', () => {
	beforeAll(() => {
		// The copy lives inside the project (in the git-ignored .tmp/) so that it resolves packages from
		// the project's own node_modules; a symlinked node_modules confuses Vite's file ids.
		mkdirSync(join(root, '.tmp'), { recursive: true });
		copy = mkdtempSync(join(root, '.tmp', 'data-flow-'));
		for (const name of readdirSync(root).filter((n) => !skip.test(n))) cpSync(join(root, name), join(copy, name), { recursive: true });
		const record = join(copy, 'content/data/roles/ml-engineer.yaml');
		const before = readFileSync(record, 'utf8');
		const after = before.replace(/^focus: .*$/m, `focus: ${newFocus}`);
		expect(after).not.toBe(before);
		writeFileSync(record, after);
		execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: copy, stdio: 'pipe' });
	}, 180_000);

	afterAll(() => {
		if (copy) rmSync(copy, { recursive: true, force: true });
	});

	test('in the all-roles table on the home page', () => {
		const home = page('');
		const row = home.match(/<tr data-role="ml-engineer">[\s\S]*?<\/tr>/)?.[0];
		expect(row).toContain(newFocus);
	});

	test('on the role page', () => {
		expect(page('roles/ml-engineer')).toContain(newFocus);
	});

	test('on a page comparing it with another role', () => {
		const pair = page('compare/data-scientist-vs-ml-engineer');
		expect(pair.match(/<tr data-field="focus">[\s\S]*?<\/tr>/)?.[0]).toContain(newFocus);
	});

	test('and the old value is gone from all three', () => {
		for (const path of ['', 'roles/ml-engineer', 'compare/data-scientist-vs-ml-engineer']) {
			expect(page(path)).not.toMatch(/<dd>Production systems<\/dd>|>Production systems</);
		}
	});
});
