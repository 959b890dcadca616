// @ts-check
/**
 * Search latency: how long a Pagefind query takes in Chromium against a real build, measured inside
 * the page with `performance.now()` around `pagefind.search(q)` plus loading the first five results'
 * data (what a results list shows).
 *
 * The page is a blank document at the site's origin (answered by Playwright, not the server), so
 * that Starlight's own search UI does not load Pagefind first; the measurement imports
 * `<base>pagefind/pagefind.js` itself and calls `pagefind.options({ ranking })` with the site's ranking,
 * read from `src/lib/browser/searchRanking.ts`.
 * - Cold: a fresh browser context (empty cache), then import + options, then one query: the WebAssembly,
 *   the index metadata and the query's index chunks all load during that first query. One query a
 *   run, each run a different query of the set.
 * - Warm: another fresh context, import + options and one unmeasured warm-up query ("engineer"), then
 *   every query of the set, five rounds. Round 1 is each query's first time (its index chunks may
 *   still be fetched); rounds 2 to 5 repeat queries the page has run.
 */
import { chromium } from '@playwright/test';
import { startStaticServer } from './server.mjs';
import { summarise } from './stats.mjs';
import { heading, table } from './report.mjs';
import { evaluateLiteral } from './sourceText.mjs';
import { chromiumArgs } from '../check-tools.mjs';

/** The fixed query set: names, aliases, phrases, and tasks readers search for. */
export const defaultQueries = [
	'MLflow',
	'k8s',
	'Kubernetes',
	'ML Engineer',
	'monitor model drift',
	'fine-tune',
	'A/B test',
	'prompt injection',
	'feature store',
	'data pipelines',
	'PyTorch',
	'RAG',
	'MLOps',
	'vector database',
	'Airflow',
	'statistics',
	'career ladder',
	'data scientist vs ml engineer',
	'computer vision',
	'SQL',
	'Docker',
	'transformers',
	'responsible AI',
	'LLM evaluation',
];

/**
 * Reads the `searchRanking` object literal from the source of `src/lib/browser/searchRanking.ts` and evaluates
 * it, so that the benchmark ranks as the site does without importing TypeScript. The literal must be
 * plain JavaScript (numbers and nested objects), as it is today.
 * @param {string} source The file's text.
 * @returns {Record<string, unknown>}
 */
export function parseSearchRanking(source) {
	const value = evaluateLiteral(
		source,
		/export const searchRanking\b[^=]*=\s*\{/,
		'the searchRanking object ("export const searchRanking = {") in src/lib/browser/searchRanking.ts',
	);
	if (typeof value !== 'object' || value === null)
		throw new Error('searchRanking in src/lib/browser/searchRanking.ts is not an object.');
	return /** @type {Record<string, unknown>} */ (value);
}

/**
 * Reads the test questions from the source of `tests/searchQueries.ts` (an array of
 * `[query, expected page, within]` tuples, written as plain JavaScript inside), and returns each
 * distinct query once, in the file's order: some queries appear twice, with two pages they must find.
 * @param {string} source The file's text.
 * @returns {string[]}
 */
export function parseSearchQueries(source) {
	const value = evaluateLiteral(
		source,
		/export const queries\b[^=]*=\s*\[/,
		'the queries array ("export const queries = [") in tests/searchQueries.ts',
	);
	if (!Array.isArray(value) || value.length === 0)
		throw new Error('queries in tests/searchQueries.ts is not a list of questions.');
	const queries = value.map((entry, i) => {
		const query = Array.isArray(entry) ? entry[0] : entry;
		if (typeof query !== 'string' || query.trim() === '')
			throw new Error(
				`Entry ${i + 1} of queries in tests/searchQueries.ts does not start with a query string.`,
			);
		return query;
	});
	return [...new Set(queries)];
}

/**
 * One measured query.
 * @typedef {object} QuerySample
 * @property {string} query
 * @property {number} ms search + the first five results' data.
 * @property {number} results How many pages matched.
 * @property {string[]} top The URLs of the first five results.
 */

/**
 * The search-latency results.
 * @typedef {object} SearchLatencyResult
 * @property {string[]} queries
 * @property {Record<string, unknown>} ranking
 * @property {{ query: string, loadMs: number, ms: number, results: number }[]} coldRuns
 * @property {ReturnType<typeof summarise>} cold First query of a fresh context.
 * @property {ReturnType<typeof summarise>} coldLoad `import()` + `options()` before it.
 * @property {ReturnType<typeof summarise>} warm Every warm query, all rounds.
 * @property {ReturnType<typeof summarise>} warmFirst Round 1 only.
 * @property {ReturnType<typeof summarise>} warmRepeat Rounds 2 and later.
 * @property {{ query: string, results: number, top: string, warm: ReturnType<typeof summarise> }[]} perQuery
 */

/**
 * Serves a build, opens Chromium and measures the queries.
 * @param {{ distDir: string, port: number, base: string, ranking: Record<string, unknown>, queries?: string[], coldRuns?: number, warmRounds?: number, log: (line: string) => void }} options
 * @returns {Promise<SearchLatencyResult>}
 */
export async function measureSearchLatency({
	distDir,
	port,
	base,
	ranking,
	queries = defaultQueries,
	coldRuns = 5,
	warmRounds = 5,
	log,
}) {
	const server = await startStaticServer(distDir, port);
	try {
		const browser = await chromium.launch({
			executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
			args: chromiumArgs,
		});
		try {
			const blankUrl = `${server.origin}${base}__bench__/`;
			const bundle = `${base}pagefind/pagefind.js`;
			/** Opens a fresh context on a blank page of the site's origin. */
			const freshPage = async () => {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.route(blankUrl, (route) =>
					route.fulfill({
						status: 200,
						contentType: 'text/html',
						body: '<!doctype html><title>search benchmark</title>',
					}),
				);
				await page.goto(blankUrl);
				return { context, page };
			};
			/** @param {import('@playwright/test').Page} page */
			const load = (page) =>
				page.evaluate(
					async ({ bundle, ranking }) => {
						const start = performance.now();
						const pagefind = await import(bundle);
						await pagefind.options({ ranking });
						/** @type {any} */ (window).benchPagefind = pagefind;
						return performance.now() - start;
					},
					{ bundle, ranking },
				);
			/** @param {import('@playwright/test').Page} page @param {string} query @returns {Promise<QuerySample>} */
			const search = (page, query) =>
				page.evaluate(async (query) => {
					const pagefind = /** @type {any} */ (window).benchPagefind;
					const start = performance.now();
					const found = await pagefind.search(query);
					const data = await Promise.all(
						found.results
							.slice(0, 5)
							.map((/** @type {{ data: () => Promise<{ url: string }> }} */ r) => r.data()),
					);
					return {
						query,
						ms: performance.now() - start,
						results: found.results.length,
						top: data.map((d) => d.url),
					};
				}, query);

			/** @type {SearchLatencyResult['coldRuns']} */
			const cold = [];
			for (let i = 0; i < coldRuns; i++) {
				const query = queries[i % queries.length] ?? 'engineer';
				const { context, page } = await freshPage();
				const loadMs = await load(page);
				const sample = await search(page, query);
				cold.push({ query, loadMs, ms: sample.ms, results: sample.results });
				await context.close();
			}
			log(
				`search latency: ${coldRuns} cold runs done, running ${queries.length} queries × ${warmRounds} warm…`,
			);

			const { context, page } = await freshPage();
			await load(page);
			await search(page, 'engineer');
			/** @type {(QuerySample & { round: number })[]} */
			const warm = [];
			for (let round = 1; round <= warmRounds; round++) {
				for (const query of queries) warm.push({ ...(await search(page, query)), round });
			}
			await context.close();

			return {
				queries,
				ranking,
				coldRuns: cold,
				cold: summarise(cold.map((c) => c.ms)),
				coldLoad: summarise(cold.map((c) => c.loadMs)),
				warm: summarise(warm.map((w) => w.ms)),
				warmFirst: summarise(warm.filter((w) => w.round === 1).map((w) => w.ms)),
				warmRepeat: summarise(warm.filter((w) => w.round > 1).map((w) => w.ms)),
				perQuery: queries.map((query) => {
					const samples = warm.filter((w) => w.query === query);
					return {
						query,
						results: samples[0]?.results ?? 0,
						top: samples[0]?.top[0] ?? '',
						warm: summarise(samples.map((s) => s.ms)),
					};
				}),
			};
		} finally {
			await browser.close();
		}
	} finally {
		await server.stop();
	}
}

/**
 * The printed report of the search-latency benchmark.
 * @param {SearchLatencyResult} result
 * @returns {string}
 */
export function formatSearchLatency(result) {
	const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
	const out = [heading(`Search latency: Pagefind in Chromium, ${result.queries.length} queries`)];
	out.push(
		'pagefind.search(q) + data() of the first 5 results, timed in the page with performance.now().\n',
	);
	/** @param {string} label @param {ReturnType<typeof summarise>} s @returns {(string | number)[]} */
	const row = (label, s) => [label, s.n, ms(s.median), ms(s.p95), ms(s.min), ms(s.max)];
	out.push(
		table(
			[
				{ title: 'what' },
				{ title: 'n', align: 'right' },
				{ title: 'median', align: 'right' },
				{ title: 'p95', align: 'right' },
				{ title: 'min', align: 'right' },
				{ title: 'max', align: 'right' },
			],
			[
				row('cold: first query, fresh context', result.cold),
				row('cold: import() + options() before it', result.coldLoad),
				row('warm: every query, all rounds', result.warm),
				row("warm: a query's first time (round 1)", result.warmFirst),
				row('warm: repeated queries (rounds 2+)', result.warmRepeat),
			],
		),
	);
	out.push('\nCold runs');
	out.push(
		table(
			[
				{ title: 'run', align: 'right' },
				{ title: 'query' },
				{ title: 'import+options', align: 'right' },
				{ title: 'first query', align: 'right' },
				{ title: 'results', align: 'right' },
			],
			result.coldRuns.map((c, i) => [i + 1, c.query, ms(c.loadMs), ms(c.ms), c.results]),
		),
	);
	out.push('\nWarm, per query');
	out.push(
		table(
			[
				{ title: 'query' },
				{ title: 'results', align: 'right' },
				{ title: 'top result' },
				{ title: 'median', align: 'right' },
				{ title: 'p95', align: 'right' },
			],
			result.perQuery.map((q) => [q.query, q.results, q.top, ms(q.warm.median), ms(q.warm.p95)]),
		),
	);
	const empty = result.perQuery.filter((q) => q.results === 0).map((q) => q.query);
	if (empty.length > 0) out.push(`\nNo results for: ${empty.join(', ')}.`);
	out.push('');
	out.push(
		`search, cold first query: median ${ms(result.cold.median)}, p95 ${ms(result.cold.p95)} (n=${result.cold.n})`,
	);
	out.push(
		`search, warm: median ${ms(result.warm.median)}, p95 ${ms(result.warm.p95)} (n=${result.warm.n})`,
	);
	return out.join('\n');
}
