// @ts-check
/**
 * Builds the site twice from scratch and compares the two `dist/` trees byte for byte.
 * Exits 1 and lists the differing files when the build is not reproducible.
 * Usage: node scripts/check-reproducible.mjs   (or `npm run check:reproducible`)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();
const work = join(root, '.tmp', 'reproducible');
const caches = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

/**
 * Every file under a folder with the SHA-256 of its contents, by relative path.
 * @param {string} dir
 */
function digests(dir) {
	/** @type {Map<string, string>} */
	const out = new Map();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		out.set(relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
	}
	return out;
}

/**
 * One clean build into `outDir`, with Astro's caches removed first so nothing carries over.
 * @param {string} outDir
 */
function build(outDir) {
	for (const cache of caches) rmSync(join(root, cache), { recursive: true, force: true });
	const started = Date.now();
	execFileSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
		{ cwd: root, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024 },
	);
	return (Date.now() - started) / 1000;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
	const [a, b] = [join(work, 'a'), join(work, 'b')];
	const times = [build(a), build(b)];
	const [first, second] = [digests(a), digests(b)];
	const differing = [...new Set([...first.keys(), ...second.keys()])]
		.filter((file) => first.get(file) !== second.get(file))
		.sort();
	console.log(
		`Two clean builds: ${first.size} and ${second.size} files, ${times.map((t) => `${t.toFixed(1)} s`).join(' and ')}.`,
	);
	if (differing.length > 0) {
		console.log(
			`Not reproducible: ${differing.length} files differ:\n${differing
				.slice(0, 50)
				.map((f) => `  ${f}${!first.has(f) || !second.has(f) ? ' (in one build only)' : ''}`)
				.join('\n')}`,
		);
		process.exitCode = 1;
	} else {
		console.log('Reproducible: every file is byte-identical.');
	}
} finally {
	if (existsSync(work)) rmSync(work, { recursive: true, force: true });
}
