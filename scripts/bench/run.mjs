// @ts-check
/**
 * The benchmark suite: `npm run bench` (not part of `npm test`).
 *
 *   npm run bench                              all three benchmarks, sizes 13, 50 and 100 roles
 *   npm run bench -- --only weight             page weight of a fresh build
 *   npm run bench -- --only search             search latency in Chromium on a fresh build
 *   npm run bench -- --only growth --sizes 13,50
 *   npm run bench -- --only weight,search      several, comma-separated
 *   npm run bench -- --ref HEAD                benchmark a commit instead of the working tree
 *
 * Other options: --port 4396 (search server), --timeout 10 (minutes a build may take before it is stopped).
 * Results are printed as tables and written to bench-results/<name>.json. Builds happen in copies
 * under .tmp/bench-*, removed when the run ends, even on error or Ctrl-C; dist/ is never touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild, logTail, stopRunningBuilds } from './astroBuild.mjs';
import { formatBuildGrowth, goalMs, goalRatio, runBuildGrowth } from './buildGrowth.mjs';
import { formatPageWeight, measurePageWeights, summarisePageWeights } from './pageWeight.mjs';
import { benchDir, cleanBuildCaches, copyProject, removeBenchDirs, removeDir } from './projectCopy.mjs';
import { formatBytes, formatDuration, machineInfo, writeResult } from './report.mjs';
import { formatSearchLatency, measureSearchLatency, parseSearchRanking } from './searchLatency.mjs';
import { killServers } from './server.mjs';

const benchmarks = /** @type {const} */ (['weight', 'growth', 'search']);

const { values } = parseArgs({
	options: {
		only: { type: 'string' },
		sizes: { type: 'string', default: '13,50,100' },
		ref: { type: 'string' },
		port: { type: 'string', default: '4396' },
		timeout: { type: 'string', default: '10' },
		runs: { type: 'string', default: '3' },
	},
});

const only = new Set(
	(values.only ?? benchmarks.join(','))
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean),
);
for (const name of only) {
	if (!benchmarks.includes(/** @type {typeof benchmarks[number]} */ (name))) fail(`Unknown benchmark "${name}" in --only; choose from ${benchmarks.join(', ')}.`);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((s) => !Number.isInteger(s) || s < 2)) fail(`--sizes must be whole numbers of roles, e.g. 13,50,100 (got "${values.sizes}").`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number of builds per size, e.g. 3 (got "${values.runs}").`);
const port = Number(values.port);
const timeoutMs = Number(values.timeout) * 60_000;
if (!(timeoutMs > 0)) fail(`--timeout must be a number of minutes (got "${values.timeout}").`);
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) fail(`Astro 7 needs Node.js 22.12 or newer; this is ${process.version}. Run the suite with "npm run bench", which uses the project's Node.js 24.`);

/** @param {string} message @returns {never} */
function fail(message) {
	console.error(message);
	process.exit(2);
}

/** @param {string} line */
const progress = (line) => console.log(`› ${line}`);

let interrupted = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		if (interrupted) return;
		interrupted = true;
		console.error(`\n${signal}: stopping builds and servers, removing .tmp/bench-* …`);
		stopRunningBuilds();
		killServers();
		try {
			removeBenchDirs();
		} finally {
			process.exit(130);
		}
	});
}

const machine = machineInfo();
console.log(
	`Benchmarks: ${[...only].join(', ')}${only.has('growth') ? ` (sizes ${sizes.join(', ')})` : ''} on ${machine.cpuModel}, ${machine.cores} cores, ` +
		`${formatBytes(machine.totalMemoryBytes)} RAM, Node ${machine.node}${values.ref ? `, commit ${values.ref}` : ', working tree'}`,
);

let exitCode = 0;
try {
	if (only.has('weight') || only.has('search')) {
		const siteDir = benchDir('site');
		try {
			progress('building a fresh copy of the site into .tmp/bench-site/dist …');
			copyProject(siteDir, { ref: values.ref });
			cleanBuildCaches(siteDir);
			const build = await astroBuild(siteDir, { timeoutMs });
			if (!build.ok) {
				exitCode = 1;
				console.error(
					`The site build ${build.timedOut ? `was stopped after ${formatDuration(build.ms)}` : 'failed'}, so page weight and search latency were not measured. Its log ends:\n${logTail(build.log)}`,
				);
			} else {
				progress(`built in ${formatDuration(build.ms)}`);
				const dist = join(siteDir, 'dist');
				if (only.has('weight')) {
					const pages = measurePageWeights(dist, { base });
					const summary = summarisePageWeights(pages);
					console.log(formatPageWeight(summary));
					const file = writeResult('page-weight', { buildMs: Math.round(build.ms), summary, pages });
					console.log(`\nWritten to ${file}`);
				}
				if (only.has('search')) {
					progress(`search latency: serving the build on port ${port}, measuring in Chromium …`);
					const ranking = parseSearchRanking(readFileSync(join(siteDir, 'src/lib/browser/searchRanking.ts'), 'utf8'));
					const result = await measureSearchLatency({ distDir: dist, port, base, ranking, log: progress });
					console.log(formatSearchLatency(result));
					const file = writeResult('search-latency', { ...result });
					console.log(`\nWritten to ${file}`);
				}
			}
		} finally {
			removeDir(siteDir);
		}
	}
	if (only.has('growth')) {
		const results = await runBuildGrowth({ sizes, runs, ref: values.ref, timeoutMs, log: progress });
		console.log(formatBuildGrowth(results, machine));
		if (results.some((r) => !r.ours.ok || !r.plain?.ok)) exitCode = 1;
		const file = writeResult('build-growth', { goals: { hundredRolesMs: goalMs, throughputRatio: goalRatio }, timeoutMs, results });
		console.log(`\nWritten to ${file}`);
	}
} catch (error) {
	exitCode = 1;
	console.error(error);
} finally {
	stopRunningBuilds();
	killServers();
	removeBenchDirs();
}
process.exitCode = exitCode;
