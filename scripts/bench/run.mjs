// @ts-check
/**
 * The benchmark suite: `npm run bench` (not part of `npm test`).
 *
 *   npm run bench                              all three benchmarks, sizes 13, 50 and 100 roles
 *   npm run bench -- --only weight             page weight of a fresh build
 *   npm run bench -- --only search             search like a reader: our dialog and plain Starlight's, in Chromium
 *   npm run bench -- --only growth --sizes 13,50
 *   npm run bench -- --only weight,search      several, comma-separated
 *   npm run bench -- --ref HEAD                benchmark a commit instead of the working tree
 *
 * Other options: --port 4396 (search servers: this port and the next), --rounds 3 (times each search query
 * is typed in each dialog), --timeout 10 (minutes a build may take before it is stopped).
 * Results are printed as tables and written to bench-results/<name>.json. Builds happen in copies
 * under .tmp/bench-*, removed when the run ends, even on error or Ctrl-C; dist/ is never touched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { astroBuild, logTail, stopRunningBuilds } from './astroBuild.mjs';
import { formatBuildGrowth, goalMs, goalRatio, runBuildGrowth } from './buildGrowth.mjs';
import { formatPageWeight, measurePageWeights, summarisePageWeights } from './pageWeight.mjs';
import {
	benchDir,
	cleanBuildCaches,
	copyProject,
	removeBenchDirs,
	removeDir,
} from './projectCopy.mjs';
import { formatBytes, formatDuration, machineInfo, writeResult } from './report.mjs';
import { differingFiles, makePlainSearchCopy, scriptsMention } from './plainSearch.mjs';
import { compareDialogs, formatDialogLatency, measureDialogLatency } from './searchDialog.mjs';
import {
	formatSearchLatency,
	measureSearchLatency,
	parseSearchQueries,
	parseSearchRanking,
} from './searchLatency.mjs';
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
		rounds: { type: 'string', default: '3' },
	},
});

const only = new Set(
	(values.only ?? benchmarks.join(','))
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean),
);
for (const name of only) {
	if (!benchmarks.includes(/** @type {typeof benchmarks[number]} */ (name)))
		fail(`Unknown benchmark "${name}" in --only; choose from ${benchmarks.join(', ')}.`);
}
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((s) => !Number.isInteger(s) || s < 2))
	fail(`--sizes must be whole numbers of roles, e.g. 13,50,100 (got "${values.sizes}").`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
	fail(`--runs must be a whole number of builds per size, e.g. 3 (got "${values.runs}").`);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
	fail(
		`--rounds must be a whole number of times to type each search query, e.g. 3 (got "${values.rounds}").`,
	);
const port = Number(values.port);
const timeoutMs = Number(values.timeout) * 60_000;
if (!(timeoutMs > 0)) fail(`--timeout must be a number of minutes (got "${values.timeout}").`);
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12))
	fail(
		`Astro 7 needs Node.js 22.12 or newer; this is ${process.version}. Run the suite with "npm run bench", which uses the project's Node.js 24.`,
	);

/**
 * The search benchmark, on our build in `siteDir`: builds the baseline (the same site with
 * Starlight's own search dialog, see plainSearch.mjs), checks that both have the same index, times
 * both dialogs like a reader, then Pagefind's raw search on our build. Prints and writes the results.
 * @param {string} siteDir
 * @returns {Promise<boolean>} Whether the baseline built and the goal could be judged.
 */
async function benchSearch(siteDir) {
	const dist = join(siteDir, 'dist');
	const plainDir = benchDir('search-plain');
	progress(
		"search: building the baseline, the same site with Starlight's own search dialog, into .tmp/bench-search-plain/dist …",
	);
	copyProject(plainDir, { ref: values.ref });
	cleanBuildCaches(plainDir);
	makePlainSearchCopy(plainDir);
	const build = await astroBuild(plainDir, { timeoutMs });
	if (!build.ok) {
		console.error(
			`The baseline build ${build.timedOut ? `was stopped after ${formatDuration(build.ms)}` : 'failed'}, so search was not measured. Its log ends:\n${logTail(build.log)}`,
		);
		return false;
	}
	progress(`built in ${formatDuration(build.ms)}`);
	const plainDist = join(plainDir, 'dist');
	const indexDifferences = differingFiles(join(dist, 'pagefind'), join(plainDist, 'pagefind'));
	const baseline = {
		sameIndex: indexDifferences.length === 0,
		indexDifferences: indexDifferences.slice(0, 20),
		// The text of the best answers' heading is in the module that reads queries, and nowhere else.
		oursHasAnswers: scriptsMention(dist, 'Best answers'),
		plainHasAnswers: scriptsMention(plainDist, 'Best answers'),
	};
	if (!baseline.sameIndex)
		console.error(
			`Warning: the two builds' Pagefind indexes differ in ${indexDifferences.length} files (${baseline.indexDifferences.join(', ')}).`,
		);
	if (!baseline.oursHasAnswers || baseline.plainHasAnswers)
		console.error(
			"Warning: the baseline is not what it should be: only our build's scripts should have the search dialog's best answers.",
		);

	const queries = parseSearchQueries(readFileSync(join(siteDir, 'tests/searchQueries.ts'), 'utf8'));
	progress(
		`search dialogs: serving ours on port ${port} and plain Starlight on ${port + 1}, ${queries.length} queries from tests/searchQueries.ts, in Chromium …`,
	);
	const dialog = await measureDialogLatency({
		sites: [
			{ name: 'ours', distDir: dist, port },
			{ name: 'plain', distDir: plainDist, port: port + 1 },
		],
		base,
		queries,
		rounds,
		log: progress,
	});
	const comparison = compareDialogs(dialog.samples);
	console.log(formatDialogLatency(dialog, comparison));
	console.log(
		`Baseline: same Pagefind index as ours: ${baseline.sameIndex ? 'yes, byte for byte' : 'NO'}; only ours has the code that reads queries and shows best answers: ${baseline.oursHasAnswers && !baseline.plainHasAnswers ? 'yes' : 'NO'}.`,
	);

	progress(`search engine alone: pagefind.search() on our build, port ${port} …`);
	const ranking = parseSearchRanking(
		readFileSync(join(siteDir, 'src/lib/browser/searchRanking.ts'), 'utf8'),
	);
	const engine = await measureSearchLatency({ distDir: dist, port, base, ranking, log: progress });
	console.log(formatSearchLatency(engine));
	const file = writeResult('search-latency', {
		goal: { ratio: dialog.settings.goalRatio },
		baseline,
		dialog: { ...dialog, comparison },
		engine,
	});
	console.log(`\nWritten to ${file}`);
	return true;
}

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
					const file = writeResult('page-weight', {
						buildMs: Math.round(build.ms),
						summary,
						pages,
					});
					console.log(`\nWritten to ${file}`);
				}
				if (only.has('search')) {
					const search = await benchSearch(siteDir);
					if (!search) exitCode = 1;
				}
			}
		} finally {
			removeDir(siteDir);
			removeDir(benchDir('search-plain'));
		}
	}
	if (only.has('growth')) {
		const results = await runBuildGrowth({
			sizes,
			runs,
			ref: values.ref,
			timeoutMs,
			log: progress,
		});
		console.log(formatBuildGrowth(results, machine));
		if (results.some((r) => !r.ours.ok || !r.plain?.ok)) exitCode = 1;
		const file = writeResult('build-growth', {
			goals: { hundredRolesMs: goalMs, throughputRatio: goalRatio },
			timeoutMs,
			results,
		});
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
