// @ts-check
/**
 * Build growth: how build time, output size and the search index grow with the number of roles,
 * since every pair of roles gets a comparison page (and a redirect page for the reversed URL), and
 * how our throughput compares with a plain Starlight site of the same number of pages.
 *
 * Each size is built in its own fresh copy (`.tmp/bench-<size>/`) with synthetic roles added (see
 * syntheticContent.mjs), with every cache deleted first and `astro build --force`; then the baseline
 * is built in `.tmp/bench-plain-<pages>/`. Copies are removed as soon as they are measured.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { astroBuild, buildPhases, logTail, parseBuildLog } from './astroBuild.mjs';
import { dirStats, listFiles } from './files.mjs';
import { pageKind } from './pageWeight.mjs';
import { writePlainStarlightSite } from './plainStarlight.mjs';
import { benchDir, cleanBuildCaches, copyProject, removeDir } from './projectCopy.mjs';
import {
	formatBytes,
	formatDuration,
	heading,
	percent,
	table,
	verdict,
	writeLog,
} from './report.mjs';
import { writeSyntheticContent } from './syntheticContent.mjs';

/** Goal: the 100-role build in under 2 minutes on 2 cores. */
export const goalMs = 2 * 60_000;
/** Goal: our pages per second at least this share of the plain Starlight site's. */
export const goalRatio = 0.8;

/**
 * The measurements of one build.
 * @typedef {object} BuildMeasurement
 * @property {boolean} ok
 * @property {boolean} timedOut
 * @property {string | undefined} error The end of the build log when it failed.
 * @property {number} ms Wall clock of `astro build`, Pagefind included.
 * @property {number} pages HTML files in `dist/`.
 * @property {number} pagesPerSecond
 * @property {number} distBytes
 * @property {number} distFiles
 * @property {number} pagefindBytes
 * @property {number} pagefindFiles
 * @property {number | undefined} pagefindMs Pagefind's indexing time, from the build log.
 * @property {number | undefined} maxRssBytes Peak memory of the build process.
 * @property {number} routeRenderMs The sum of Astro's per-page render times.
 * @property {Record<string, number>} phases Wall-clock ms by phase (see `buildPhases`).
 * @property {string} logFile Where the full build log was written.
 * @property {[number, number]} load The machine's 1-minute load average when the build started and when it ended.
 */

/**
 * One size of the benchmark: our build, the baseline and the ratio.
 * @typedef {object} GrowthResult
 * @property {number} roles
 * @property {number} syntheticRoles
 * @property {number} expectedComparisons n × (n − 1) / 2
 * @property {number} comparisonPages Canonical comparison pages built.
 * @property {number} redirectPages
 * @property {number} relatedPairs Unordered pairs of roles that name each other in `related`.
 * @property {number} sidebarPages Roles and lessons (the pages the sidebar lists).
 * @property {Record<string, { pages: number, renderMs: number }>} byKind Pages and summed render time (Astro's per-route timings) by kind.
 * @property {BuildMeasurement} ours The median of our runs (by build time).
 * @property {BuildMeasurement | undefined} plain The median of the baseline's runs.
 * @property {{ ms: number, load: [number, number] }[]} oursRuns Every run of our build, in the order run: its time and the load around it.
 * @property {{ ms: number, load: [number, number] }[]} plainRuns Every run of the baseline, in the order run (alternating with ours).
 * @property {number | undefined} ratio The headline: our real pages per second (redirect pages, tiny and near-free, which the
 *   baseline has none of, left out) divided by the baseline's pages per second, from the median runs.
 * @property {number | undefined} allPagesRatio The same counting our redirect pages as pages (flatters us).
 * @property {number | undefined} renderRatio Rendering only (Astro's per-page times), our non-redirect pages against the baseline's pages:
 *   leaves out bundling, where the baseline compiles one MDX module a page and we compile one template for all comparisons.
 */

/**
 * The run in the middle by build time (the lower middle for an even count); failed runs sort last.
 * @template T
 * @param {T[]} runs At least one.
 * @param {(run: T) => { ok: boolean, ms: number }} [measure] The build a run is ranked by (the run itself by default).
 * @returns {T}
 */
export function medianRun(
	runs,
	measure = (run) => /** @type {{ ok: boolean, ms: number }} */ (run),
) {
	const sorted = [...runs].sort(
		(a, b) => Number(measure(b).ok) - Number(measure(a).ok) || measure(a).ms - measure(b).ms,
	);
	const ok = sorted.filter((r) => measure(r).ok);
	const pool = ok.length > 0 ? ok : sorted;
	return /** @type {T} */ (pool[Math.floor((pool.length - 1) / 2)]);
}

/**
 * Runs the benchmark for each size, in order: `runs` builds of ours and of the baseline, alternating
 * (ours, plain, ours, plain, …) so that a change in the machine's load falls on both, then the ratios
 * of the median runs.
 * @param {{ sizes: number[], runs: number, ref?: string | undefined, timeoutMs: number, log: (line: string) => void }} options
 * @returns {Promise<GrowthResult[]>}
 */
export async function runBuildGrowth({ sizes, runs, ref, timeoutMs, log }) {
	/** @param {BuildMeasurement} b */
	const said = (b) =>
		`${b.ok ? `${b.pages} pages in ${formatDuration(b.ms)}` : b.timedOut ? `stopped after ${formatDuration(b.ms)}` : 'build failed'} (load ${b.load[0].toFixed(2)} → ${b.load[1].toFixed(2)})`;
	/** @type {GrowthResult[]} */
	const results = [];
	for (const size of sizes) {
		/** @type {GrowthResult[]} */
		const ourRuns = [];
		/** @type {BuildMeasurement[]} */
		const plainRuns = [];
		for (let run = 1; run <= runs; run++) {
			log(`build growth: ${size} roles, run ${run} of ${runs}, building the guide…`);
			const result = await measureGuide(size, { ref, timeoutMs });
			ourRuns.push(result);
			log(`  ${said(result.ours)}`);
			if (!result.ours.ok) break;
			log(
				`build growth: ${size} roles, run ${run} of ${runs}, building the plain Starlight baseline with ${result.ours.pages - 1} MDX pages…`,
			);
			const plain = await measurePlain(result.ours.pages - 1, result.sidebarPages, timeoutMs);
			plainRuns.push(plain);
			log(`  ${said(plain)}`);
			if (!plain.ok) break;
		}
		const result = medianRun(ourRuns, (r) => r.ours);
		result.oursRuns = ourRuns.map((r) => ({ ms: r.ours.ms, load: r.ours.load }));
		result.plainRuns = plainRuns.map((p) => ({ ms: p.ms, load: p.load }));
		result.plain = plainRuns.length > 0 ? medianRun(plainRuns) : undefined;
		if (result.ours.ok && result.plain?.ok) {
			result.allPagesRatio = result.ours.pagesPerSecond / result.plain.pagesPerSecond;
			result.ratio =
				(result.ours.pages - result.redirectPages) /
				(result.ours.ms / 1000) /
				result.plain.pagesPerSecond;
			const contentRenderMs =
				result.ours.routeRenderMs - (result.byKind['redirect']?.renderMs ?? 0);
			if (contentRenderMs > 0 && result.plain.routeRenderMs > 0) {
				result.renderRatio =
					(result.ours.pages - result.redirectPages) /
					contentRenderMs /
					(result.plain.pages / result.plain.routeRenderMs);
			}
		}
		results.push(result);
	}
	return results;
}

/**
 * Builds a copy of the project with `size` roles and measures it.
 * @param {number} size
 * @param {{ ref?: string | undefined, timeoutMs: number }} options
 * @returns {Promise<GrowthResult>}
 */
async function measureGuide(size, { ref, timeoutMs }) {
	const dir = benchDir(String(size));
	try {
		copyProject(dir, { ref });
		const { real, added } = writeSyntheticContent(dir, size);
		const relatedPairs = countRelatedPairs(dir);
		cleanBuildCaches(dir);
		const loadBefore = loadavg()[0] ?? 0;
		const run = await astroBuild(dir, { timeoutMs });
		const ours = measureBuild(dir, run, `guide-${size}-roles`, loadBefore);
		/** @type {Record<string, { pages: number, renderMs: number }>} */
		const byKind = {};
		/** @type {Map<string, string>} */
		const kindOfRoute = new Map();
		if (run.ok) {
			const dist = join(dir, 'dist');
			for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
				const kind = pageKind(
					file.replace(/index\.html$/, ''),
					readFileSync(join(dist, file), 'utf8'),
				);
				kindOfRoute.set(`/${file}`, kind);
				const entry = (byKind[kind] ??= { pages: 0, renderMs: 0 });
				entry.pages++;
			}
			for (const route of parseBuildLog(run.log).routes) {
				const entry = byKind[kindOfRoute.get(route.path) ?? 'other'];
				if (entry) entry.renderMs += route.ms;
			}
		}
		const roles = real + added;
		return {
			roles,
			syntheticRoles: added,
			expectedComparisons: (roles * (roles - 1)) / 2,
			comparisonPages: byKind['comparison']?.pages ?? 0,
			redirectPages: byKind['redirect']?.pages ?? 0,
			relatedPairs,
			sidebarPages: (byKind['role']?.pages ?? 0) + (byKind['lesson']?.pages ?? 0) + 4,
			byKind,
			ours,
			plain: undefined,
			oursRuns: [],
			plainRuns: [],
			ratio: undefined,
			allPagesRatio: undefined,
			renderRatio: undefined,
		};
	} finally {
		removeDir(dir);
	}
}

/**
 * Builds the plain Starlight baseline with `mdxPages` pages and measures it.
 * @param {number} mdxPages
 * @param {number} sidebarPages
 * @param {number} timeoutMs
 * @returns {Promise<BuildMeasurement>}
 */
async function measurePlain(mdxPages, sidebarPages, timeoutMs) {
	const dir = benchDir(`plain-${mdxPages}`);
	try {
		removeDir(dir);
		writePlainStarlightSite(dir, { pages: mdxPages, sidebarPages });
		cleanBuildCaches(dir);
		const loadBefore = loadavg()[0] ?? 0;
		return measureBuild(
			dir,
			await astroBuild(dir, { timeoutMs }),
			`plain-${mdxPages}-pages`,
			loadBefore,
		);
	} finally {
		removeDir(dir);
	}
}

/**
 * @param {string} dir
 * @param {import('./astroBuild.mjs').BuildRun} run
 * @param {string} name For the log file.
 * @param {number} loadBefore The 1-minute load average when the build started.
 * @returns {BuildMeasurement}
 */
function measureBuild(dir, run, name, loadBefore) {
	const empty = { files: 0, bytes: 0 };
	const dist = run.ok ? dirStats(join(dir, 'dist')) : empty;
	const pagefind = run.ok ? dirStats(join(dir, 'dist/pagefind')) : empty;
	const pages = run.ok ? listFiles(join(dir, 'dist')).filter((f) => f.endsWith('.html')).length : 0;
	return {
		ok: run.ok,
		timedOut: run.timedOut,
		error: run.ok ? undefined : logTail(run.log),
		ms: Math.round(run.ms),
		pages,
		pagesPerSecond: run.ok ? pages / (run.ms / 1000) : 0,
		distBytes: dist.bytes,
		distFiles: dist.files,
		pagefindBytes: pagefind.bytes,
		pagefindFiles: pagefind.files,
		pagefindMs: parseBuildLog(run.log).pagefindMs,
		maxRssBytes: run.maxRssBytes,
		routeRenderMs: Math.round(parseBuildLog(run.log).routes.reduce((sum, r) => sum + r.ms, 0)),
		phases: Object.fromEntries(
			Object.entries(buildPhases(run.lines, run.ms)).map(([k, v]) => [k, Math.round(v)]),
		),
		logFile: writeLog(name, run.log),
		load: [loadBefore, loadavg()[0] ?? 0],
	};
}

/**
 * The number of unordered role pairs in which at least one role lists the other as related: the
 * comparisons a reader is pointed to, if only those were generated statically.
 * @param {string} dir A project copy.
 * @returns {number}
 */
function countRelatedPairs(dir) {
	const rolesDir = join(dir, 'content/data/roles');
	const pairs = new Set();
	for (const file of listFiles(rolesDir).filter((f) => /\.ya?ml$/.test(f))) {
		const id = file.replace(/\.ya?ml$/, '');
		const data = /** @type {{ related?: string[] }} */ (
			yaml.load(readFileSync(join(rolesDir, file), 'utf8'))
		);
		for (const other of data.related ?? []) pairs.add([id, other].sort().join(' '));
	}
	return pairs.size;
}

/**
 * The printed report of the build-growth benchmark, with verdicts and, where comparison pages
 * dominate, what to change.
 * @param {GrowthResult[]} results
 * @param {{ cores: number }} machine
 * @returns {string}
 */
export function formatBuildGrowth(results, { cores }) {
	const out = [
		heading('Build growth: our build vs a plain Starlight site with the same number of pages'),
	];
	out.push(
		'Fresh copy per build, caches deleted, `astro build --force`; time is wall clock including Pagefind. Full logs: bench-results/logs/.',
	);
	out.push(
		'Each size is built several times, ours and plain Starlight alternating; the tables show the median run, and every run is listed below them.\n',
	);
	const n = (/** @type {number} */ x) => x.toLocaleString('en-US');
	/** @param {BuildMeasurement} b */
	const time = (b) =>
		b.ok ? formatDuration(b.ms) : b.timedOut ? `>${formatDuration(b.ms)} (stopped)` : 'failed';
	/** @param {string} title @returns {import('./report.mjs').Column} */
	const right = (title) => ({ title, align: 'right' });
	out.push('Our build');
	out.push(
		table(
			[
				right('roles'),
				right('comparisons'),
				right('redirects'),
				right('pages'),
				right('build'),
				right('pages/s'),
				right('dist/'),
				right('pagefind/'),
				right('peak RSS'),
			],
			results.map((r) => [
				r.roles,
				n(r.comparisonPages),
				n(r.redirectPages),
				r.ours.ok ? n(r.ours.pages) : '-',
				time(r.ours),
				r.ours.ok ? r.ours.pagesPerSecond.toFixed(1) : '-',
				r.ours.ok ? formatBytes(r.ours.distBytes) : '-',
				r.ours.ok ? `${formatBytes(r.ours.pagefindBytes)}, ${n(r.ours.pagefindFiles)} files` : '-',
				r.ours.maxRssBytes === undefined ? '-' : formatBytes(r.ours.maxRssBytes),
			]),
		),
	);
	out.push('\nAgainst plain Starlight with the same number of pages');
	out.push(
		'per real page = our pages/s without our redirect pages ÷ plain pages/s (the goal); all pages = counting redirects as pages;',
	);
	out.push(
		"render only = per real page from Astro's per-page render times, leaving out bundling (one MDX module a page for plain Starlight)",
	);
	out.push(
		table(
			[
				right('roles'),
				right('pages'),
				right('our build'),
				right('plain build'),
				right('our pages/s'),
				right('plain pages/s'),
				right('per real page'),
				right('all pages'),
				right('render only'),
				right('plain dist/'),
				right('plain pagefind/'),
				right('plain peak RSS'),
			],
			results.map((r) => [
				r.roles,
				r.ours.ok ? n(r.ours.pages) : '-',
				time(r.ours),
				r.plain ? time(r.plain) : '-',
				r.ours.ok ? r.ours.pagesPerSecond.toFixed(1) : '-',
				r.plain?.ok ? r.plain.pagesPerSecond.toFixed(1) : '-',
				r.ratio === undefined ? '-' : r.ratio.toFixed(2),
				r.allPagesRatio === undefined ? '-' : r.allPagesRatio.toFixed(2),
				r.renderRatio === undefined ? '-' : r.renderRatio.toFixed(2),
				r.plain?.ok ? formatBytes(r.plain.distBytes) : '-',
				r.plain?.ok
					? `${formatBytes(r.plain.pagefindBytes)}, ${n(r.plain.pagefindFiles)} files`
					: '-',
				r.plain?.maxRssBytes === undefined ? '-' : formatBytes(r.plain.maxRssBytes),
			]),
		),
	);
	out.push(
		'redirects: one per comparison (its reversed URL) plus one per role short name (/roles/<alias>/).',
	);
	out.push('\nEvery run, in the order run (1-minute load average at start → end)');
	out.push(
		table(
			[right('roles'), { title: 'our builds' }, { title: 'plain builds' }],
			results.map((r) => {
				/** @param {{ ms: number, load: [number, number] }[]} list */
				const runsText = (list) =>
					list
						.map(
							(x) => `${formatDuration(x.ms)} (${x.load[0].toFixed(1)} → ${x.load[1].toFixed(1)})`,
						)
						.join(', ') || '-';
				return [r.roles, runsText(r.oursRuns), runsText(r.plainRuns)];
			}),
		),
	);
	const built = results.filter((r) => r.ours.ok);
	if (built.length > 0) {
		out.push(
			"\nWhere render time goes (sum of Astro's per-page times; the rest of the build is bundling, content sync and Pagefind)",
		);
		const kinds = ['comparison', 'redirect', 'role', 'lesson', 'skill', 'tool', 'other'];
		out.push(
			table(
				[right('roles'), ...kinds.map(right), right('rendering'), right('build')],
				built.map((r) => {
					const render = Object.values(r.byKind).reduce((sum, k) => sum + k.renderMs, 0);
					return [
						r.roles,
						...kinds.map((k) => {
							const entry = r.byKind[k];
							return entry ? `${n(entry.pages)} p, ${formatDuration(entry.renderMs)}` : '-';
						}),
						formatDuration(render),
						formatDuration(r.ours.ms),
					];
				}),
			),
		);
		out.push(
			'\nBuild phases, wall clock (from when each line of the build log arrived; setup = config, content sync, types, Vite bundling)',
		);
		/** @type {{ label: string, b: BuildMeasurement }[]} */
		const builds = results
			.flatMap((r) => [
				{ label: `${r.roles} roles`, b: r.ours },
				...(r.plain ? [{ label: `plain ${n(r.plain.pages)}`, b: r.plain }] : []),
			])
			.filter((x) => x.b.ok);
		const phaseNames = [...new Set(builds.flatMap((x) => Object.keys(x.b.phases)))];
		out.push(
			table(
				[{ title: 'build' }, ...phaseNames.map(right), right('total')],
				builds.map((x) => [
					x.label,
					...phaseNames.map((p) =>
						x.b.phases[p] === undefined ? '-' : formatDuration(x.b.phases[p] ?? 0),
					),
					formatDuration(x.b.ms),
				]),
			),
		);
		const mismatched = built.filter((r) => r.comparisonPages !== r.expectedComparisons);
		for (const r of mismatched)
			out.push(
				`Warning: ${r.roles} roles should give ${n(r.expectedComparisons)} comparison pages, the build made ${n(r.comparisonPages)}.`,
			);
	}
	for (const r of results.filter((x) => !x.ours.ok || (x.plain && !x.plain.ok))) {
		const failed = !r.ours.ok ? r.ours : r.plain;
		if (failed && !failed.timedOut)
			out.push(
				`\nThe ${!r.ours.ok ? 'guide' : 'baseline'} build with ${r.roles} roles failed; its log ends:\n${failed.error ?? ''}`,
			);
	}

	out.push('');
	const hundred = results.find((r) => r.roles === 100);
	const coreNote = cores === 2 ? 'on 2 cores' : `on ${cores} cores, not 2: not comparable`;
	out.push(
		verdict(
			'100 roles build in < 2 min on 2 cores',
			hundred ? hundred.ours.ok && hundred.ours.ms < goalMs : undefined,
			hundred
				? `${time(hundred.ours)}, ${hundred.ours.ok ? n(hundred.ours.pages) : '?'} pages, ${coreNote}`
				: 'run with 100 in --sizes',
		),
	);
	for (const r of results) {
		out.push(
			verdict(
				`throughput per real page ≥ ${goalRatio} × plain Starlight at ${r.roles} roles`,
				r.ratio === undefined ? undefined : r.ratio >= goalRatio,
				r.ratio === undefined
					? 'a build did not finish'
					: `${r.ratio.toFixed(2)} (median of ${r.oursRuns.length} runs each); ${r.allPagesRatio?.toFixed(2)} counting our ${n(r.redirectPages)} redirect pages, ${r.renderRatio?.toFixed(2) ?? '?'} render only`,
			),
		);
	}
	out.push(...growthAdvice(results));
	return out.join('\n');
}

/**
 * What the figures say about the quadratic growth of comparison pages, and what to change when it hurts.
 * Without a 100-role build, the 100-role build time is projected from the largest one measured
 * (its time per page, times the pages 100 roles would make).
 * @param {GrowthResult[]} results
 * @returns {string[]}
 */
export function growthAdvice(results) {
	const largest = [...results].filter((r) => r.ours.ok).sort((a, b) => b.roles - a.roles)[0];
	if (!largest) return [];
	const n = (/** @type {number} */ x) => x.toLocaleString('en-US');
	const pairPages = largest.comparisonPages + largest.expectedComparisons;
	const otherPages = largest.ours.pages - pairPages;
	const lines = [
		'',
		`Quadratic growth: at ${largest.roles} roles, ${n(largest.expectedComparisons)} comparisons × 2 URLs (page + reversed-URL redirect) = ${n(pairPages)} pages, against ${n(otherPages)} other pages (${percent(pairPages, largest.ours.pages)} of the build).`,
	];
	const compare = largest.byKind['comparison'];
	const redirect = largest.byKind['redirect'];
	const renderMs = Object.values(largest.byKind).reduce((s, k) => s + k.renderMs, 0);
	if (compare && redirect) {
		lines.push(
			`Rendering comparisons took ${formatDuration(compare.renderMs)} and redirects (reversed pairs and role aliases) ${formatDuration(redirect.renderMs)}: ${percent(compare.renderMs + redirect.renderMs, renderMs)} of render time. Pagefind indexes every comparison too.`,
		);
	}
	const hundred = results.find((r) => r.roles === 100);
	let missed =
		results.some((r) => r.ratio !== undefined && r.ratio < goalRatio) ||
		(hundred !== undefined && (!hundred.ours.ok || hundred.ours.ms >= goalMs));
	if (!hundred) {
		// Each role adds its page and its alias redirects; the other pages stay; pairs grow quadratically.
		const perRolePages =
			(largest.byKind['role']?.pages ?? 0) + largest.redirectPages - largest.expectedComparisons;
		const fixedPages = otherPages - perRolePages;
		const projectedPages = Math.round(fixedPages + (perRolePages / largest.roles) * 100) + 100 * 99;
		// With two sizes, fit time = fixed + per page × pages; with one, charge everything per page (pessimistic).
		const smaller = results
			.filter((r) => r.ours.ok && r.roles < largest.roles)
			.sort((a, b) => b.roles - a.roles)[0];
		const perPage = smaller
			? (largest.ours.ms - smaller.ours.ms) / (largest.ours.pages - smaller.ours.pages)
			: largest.ours.ms / largest.ours.pages;
		const fixed = largest.ours.ms - perPage * largest.ours.pages;
		const projectedMs = fixed + perPage * projectedPages;
		const how = smaller
			? `a line through the ${smaller.roles}- and ${largest.roles}-role builds: ${formatDuration(fixed)} + ${perPage.toFixed(1)} ms a page`
			: `${perPage.toFixed(1)} ms a page at ${largest.roles} roles, overhead included`;
		lines.push(
			`Projection (${how}): 100 roles ≈ ${n(projectedPages)} pages ≈ ${formatDuration(projectedMs)}, ${projectedMs < goalMs ? 'within' : 'over'} the 2-minute goal${smaller ? '' : ' (an upper bound)'}. Measure it with --sizes 100.`,
		);
		// One size cannot separate the fixed overhead from the per-page cost, so only a fit counts as a miss.
		if (smaller && projectedMs >= goalMs) missed = true;
	}
	if (!missed) {
		lines.push('It does not hurt yet: the goals are met.');
		return lines;
	}
	lines.push(
		'What I would change, in order of payoff:',
		`  1. Drop the ${n(largest.expectedComparisons)} reversed-URL redirect pages: the compare picker (it knows display order) and every link`,
		'     can use the canonical order, and a hand-typed reversed URL can be caught by a few lines of script on the 404 page',
		'     that swap the two ids and redirect. That halves the pair pages at no cost to readers.',
		`  2. Generate statically only the pairs readers are pointed to: roles listed in each other's "related" (${n(largest.relatedPairs)} pairs here,`,
		`     against ${n(largest.expectedComparisons)}), and serve any other pair from one client-side page (/compare/?a=…&b=…) that renders the`,
		'     comparison from a small JSON of the roles. The build then grows linearly with roles, not quadratically.',
		'  3. Index only the title and summaries of comparisons in Pagefind (most of the page is already data-pagefind-ignore),',
		'     or only the related pairs, so the index and indexing time stop growing with n².',
	);
	return lines;
}
