// @ts-check
/**
 * Temporary copies of the project to build in. They live inside the project, under the git-ignored
 * `.tmp/`, so that packages resolve from the project's own `node_modules` by walking up the tree
 * (a symlinked `node_modules` confuses Vite's file ids). Every copy the benchmarks make is named
 * `.tmp/bench-…` and removed again by whoever made it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root directory (two levels above this file). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where temporary copies go. */
export const tmpRoot = join(projectRoot, '.tmp');

/** Top-level entries never copied: installed packages, build output, caches and results. */
const skipped = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'.tmp',
	'bench-results',
	'test-results',
	'playwright-report',
]);

/** Every benchmark directory this process has named, so that an interrupted run can remove them. @type {Set<string>} */
const made = new Set();

/**
 * The path of a benchmark's temporary directory, `.tmp/bench-<name>/`.
 * @param {string} name e.g. `50` or `plain-1234` or `site`.
 * @returns {string}
 */
export function benchDir(name) {
	const dir = join(tmpRoot, `bench-${name}`);
	made.add(dir);
	return dir;
}

/**
 * Removes every `.tmp/bench-…` directory this process has used (on exit, error or Ctrl-C).
 * @returns {void}
 */
export function removeBenchDirs() {
	for (const dir of made) removeDir(dir);
}

/**
 * Copies the project into `dest` (which is emptied first): the working tree as it is now, every
 * top-level entry except node_modules, dist, .astro, .git, .tmp and result folders; or, with `ref`,
 * the files of that git commit (`git archive`), which makes a benchmark of a commit repeatable while
 * others are editing the working tree.
 * @param {string} dest
 * @param {{ ref?: string | undefined }} [options]
 * @returns {void}
 */
export function copyProject(dest, options = {}) {
	removeDir(dest);
	mkdirSync(dest, { recursive: true });
	if (options.ref) {
		const tar = execFileSync('git', ['archive', '--format=tar', options.ref], {
			cwd: projectRoot,
			maxBuffer: 1024 * 1024 * 1024,
		});
		execFileSync('tar', ['-x', '-C', dest], { input: tar });
		return;
	}
	for (const name of readdirSync(projectRoot)) {
		if (!skipped.has(name)) cpSync(join(projectRoot, name), join(dest, name), { recursive: true });
	}
}

/**
 * Deletes everything a previous build could reuse, so each measured build starts cold: the build
 * output, Astro's `.astro/` (content layer data store, generated types) and the Astro and Vite caches
 * in `node_modules/` of the copy (Vite puts its cache next to the nearest package.json).
 * @param {string} dir A project copy.
 * @returns {void}
 */
export function cleanBuildCaches(dir) {
	for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
		removeDir(join(dir, path));
}

/**
 * Removes a directory tree if it exists. Refuses anything outside the project's `.tmp/`, as a guard
 * against a wrong path deleting real files.
 * @param {string} dir
 * @returns {void}
 */
export function removeDir(dir) {
	const path = resolve(dir);
	if (!path.startsWith(`${tmpRoot}/`))
		throw new Error(
			`Refusing to delete ${path}: benchmarks only delete what they made under ${tmpRoot}/.`,
		);
	if (existsSync(path)) rmSync(path, { recursive: true, force: true, maxRetries: 3 });
}
