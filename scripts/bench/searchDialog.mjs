// @ts-check
/**
 * Search like a reader: the time from the last keystroke of a query in the site's search dialog to
 * its results being drawn, in Chromium, for our dialog and for plain Starlight's dialog over the same
 * pages and the same index (see plainSearch.mjs), in one run.
 *
 * Each site is served by its own static server. A page of each (the home page) is opened in its own
 * browser context and left to settle (no network for 500 ms: Starlight's search UI and, for ours, the
 * vocabulary and the code that reads queries load when the browser is idle). The dialog is opened with
 * Ctrl+K, and each query is typed as keystrokes: all but its last character, a pause of
 * `keyGapMs` (a quick typist, under Pagefind's debounce, so only the whole query is searched), then
 * the last character, whose `keydown` starts the clock (`event.timeStamp`, `performance.now()`'s clock).
 * The clock stops when Pagefind's UI shows the results for that query: its message names the whole
 * query and its result list is rendered with the title of every result it lists (the first five at
 * most; their data loads one by one), or the "No results" message; timed at the first task after the
 * next animation frame, so the frame that draws them is counted. The same definition on both sides:
 * our best answers are drawn earlier, inside Pagefind's `processTerm`, and do not stop the clock.
 *
 * The time includes Pagefind UI's debounce (300 ms by default; Starlight does not change it, nor do
 * we), which is the same on both sides; the report also gives the time after it.
 *
 * - Cold: fresh contexts (empty cache), one query each, ours and plain alternating; the first query
 *   loads Pagefind's WebAssembly, the index metadata and the query's chunks.
 * - Warm: one context per site, an unmeasured warm-up query, then every query `rounds` times; for
 *   each query both sites are measured back to back, which one first alternating, so that a change
 *   in the machine's load falls on both.
 */
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { heading, table, verdict } from './report.mjs';
import { chromiumArgs } from '../check-tools.mjs';
import { startStaticServer } from './server.mjs';
import { median, summarise } from './stats.mjs';

/** Goal: our dialog's median and 95th percentile no more than this multiple of plain Starlight's. */
export const goalRatio = 1.1;
/** Pagefind UI's input debounce (`debounceTimeoutMs`, default 300), which neither Starlight nor the guide sets. */
export const debounceMs = 300;
/** The pause before the timed last keystroke: a reader's interval between keys, under the debounce. */
export const keyGapMs = 150;
/** How long a query's results may take before the run fails. */
const resultTimeoutMs = 15_000;
/** Typed once in each warm dialog before the measured queries. */
const warmUpQuery = 'engineer';

/**
 * What the dialog shows, as the page reads it after each change.
 * @typedef {object} DialogSnapshot
 * @property {string} query The whole query typed.
 * @property {boolean} area Pagefind UI's results area is in the dialog (after a search has started).
 * @property {string} message Its message: "Searching for …", "12 results for …", "No results for …".
 * @property {boolean} list Its result list (`ol.pagefind-ui__results`) is rendered, which Pagefind's UI does once a search has returned.
 * @property {boolean[]} items For each result in the list (the first five), whether its title is drawn (its data has loaded).
 */

/**
 * Where the dialog is for the query typed: `waiting` (nothing for this query yet), `searching`
 * (Pagefind's "Searching for …" message for it), `loading` (results listed, some still placeholders)
 * or `shown` (every listed result has its title, or the "No results" message). Runs in the page too,
 * so it must not refer to anything outside itself.
 * @param {DialogSnapshot} s
 * @returns {'waiting' | 'searching' | 'loading' | 'shown'}
 */
export function dialogState(s) {
	if (!s.area || !s.message.includes(s.query)) return 'waiting';
	if (!s.list) return 'searching';
	return s.items.every(Boolean) ? 'shown' : 'loading';
}

/**
 * One measured query in the page.
 * @typedef {object} ProbeResult
 * @property {boolean} ok
 * @property {number} keyAt The last keystroke's `keydown` time (`event.timeStamp`).
 * @property {number} handlerAt When the page's `keydown` listener ran.
 * @property {number | undefined} searchingAt When "Searching for …" for this query appeared.
 * @property {number} mutationAt When the results were complete in the DOM.
 * @property {number} paintedAt The first task after the next animation frame.
 * @property {number} results Results listed (at most five).
 * @property {string} message
 * @property {number} answers Our best answers shown at that moment (0 for plain Starlight).
 * @property {DialogSnapshot} [snapshot] What the dialog showed when a query timed out.
 */

/**
 * Installed in the page (serialised with `state`, i.e. `dialogState`, as its argument): watches the
 * search dialog with a MutationObserver and times the armed query. Exposes `window.__searchBench`.
 * @param {typeof dialogState} state
 */
function installProbe(state) {
	const root = document.querySelector('#starlight__search');
	const input = root?.querySelector('input.pagefind-ui__search-input');
	if (!root || !input)
		throw new Error('No search input in #starlight__search: Pagefind UI has not loaded.');
	/** @type {any} */
	let armed;
	/** @param {string} query @returns {DialogSnapshot} */
	const snapshot = (query) => {
		const area = root.querySelector('.pagefind-ui__results-area');
		const list = area?.querySelector('ol.pagefind-ui__results') ?? null;
		return {
			query,
			area: area !== null && area !== undefined,
			message: area?.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '',
			list: list !== null,
			items: list
				? [...list.children].map((li) => li.querySelector('.pagefind-ui__result-link') !== null)
				: [],
		};
	};
	const check = () => {
		const run = armed;
		if (!run || run.keyAt === undefined || run.shown) return;
		const now = performance.now();
		const seen = snapshot(run.query);
		const where = state(seen);
		if (where === 'searching' && run.searchingAt === undefined) run.searchingAt = now;
		if (where !== 'shown') return;
		run.shown = true;
		const answers = root.querySelectorAll('[data-search-answers]:not([hidden]) a').length;
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () =>
				run.resolve({
					ok: true,
					keyAt: run.keyAt,
					handlerAt: run.handlerAt,
					searchingAt: run.searchingAt,
					mutationAt: now,
					paintedAt: performance.now(),
					results: seen.items.length,
					message: seen.message,
					answers,
				});
			channel.port2.postMessage(null);
		});
	};
	new MutationObserver(check).observe(root, {
		subtree: true,
		childList: true,
		characterData: true,
	});
	/** @param {Event} event */
	const keyed = (event) => {
		const run = armed;
		if (!run || run.keyAt !== undefined) return;
		run.handlerAt = performance.now();
		run.keyAt =
			event.timeStamp > 0 && event.timeStamp <= run.handlerAt ? event.timeStamp : run.handlerAt;
	};
	// The keydown of the last key; its input event in case a character is typed without one.
	input.addEventListener('keydown', keyed, { capture: true });
	input.addEventListener('input', keyed, { capture: true });
	/** @type {any} */ (window).__searchBench = {
		/** @param {string} query @param {number} timeoutMs @returns {string} Why it cannot be armed, or ''. */
		arm(query, timeoutMs) {
			if (root.querySelector('.pagefind-ui__results-area')) return 'results are still shown';
			const run = /** @type {any} */ ({ query });
			run.done = new Promise((resolve) => {
				run.resolve = resolve;
				setTimeout(() => resolve({ ok: false, snapshot: snapshot(query) }), timeoutMs);
			});
			armed = run;
			return '';
		},
		/** @returns {Promise<ProbeResult>} */
		result() {
			return armed.done;
		},
	};
}

/**
 * A site to measure.
 * @typedef {object} DialogSite
 * @property {string} name `ours` or `plain`.
 * @property {string} distDir
 * @property {number} port
 */

/**
 * One measured query.
 * @typedef {object} DialogSample
 * @property {string} site
 * @property {string} query
 * @property {number} round 0 for a cold run.
 * @property {number} ms Last keydown to the results drawn.
 * @property {number | undefined} toSearchingMs Last keydown to "Searching for …" (the debounce and, for ours, reading the query).
 * @property {number | undefined} searchMs "Searching for …" to the results drawn (Pagefind's search, the results' data, drawing).
 * @property {number} inputDelayMs From the keydown's timestamp to its listener running.
 * @property {number} results
 * @property {number} answers
 * @property {number} retries Times the query was typed again because a search had started before its last key.
 */

/**
 * The dialog benchmark's results.
 * @typedef {object} DialogLatencyResult
 * @property {string[]} queries
 * @property {number} rounds
 * @property {{ debounceMs: number, keyGapMs: number, goalRatio: number }} settings
 * @property {DialogSample[]} samples Every measurement, cold (round 0) and warm, in the order taken.
 * @property {number[]} loadByRound The 1-minute load average after the cold runs and after each warm round.
 * @property {Record<string, { visibility: string, vocabularyFetched: boolean }>} pages What each site's warm page reported.
 */

/**
 * Serves both builds, opens Chromium and measures every query in both dialogs.
 * @param {{ sites: DialogSite[], base: string, queries: string[], coldRuns?: number, rounds?: number, log: (line: string) => void }} options
 * @returns {Promise<DialogLatencyResult>}
 */
export async function measureDialogLatency({
	sites,
	base,
	queries,
	coldRuns = 5,
	rounds = 3,
	log,
}) {
	/** @type {Awaited<ReturnType<typeof startStaticServer>>[]} */
	const servers = [];
	try {
		for (const site of sites) servers.push(await startStaticServer(site.distDir, site.port));
		const browser = await chromium.launch({
			executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
			args: chromiumArgs,
		});
		try {
			/** @param {number} i */
			const origin = (i) => servers[i]?.origin ?? '';
			/** Opens a site's home page in a fresh context, lets it settle, installs the probe and opens the dialog. @param {number} i */
			const open = async (i) => {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.goto(`${origin(i)}${base}`, { waitUntil: 'networkidle' });
				await page.waitForFunction(
					() =>
						customElements.get('site-search') !== undefined &&
						document.querySelector('#starlight__search input.pagefind-ui__search-input') !== null,
				);
				await page.evaluate(`(${installProbe})(${dialogState})`);
				await page.keyboard.press('Control+k');
				const input = page.locator('#starlight__search input.pagefind-ui__search-input');
				await page.waitForFunction(
					() =>
						document.activeElement ===
						document.querySelector('#starlight__search input.pagefind-ui__search-input'),
				);
				return { context, page, input };
			};
			/**
			 * Types a query into an open dialog and times its last keystroke to its results.
			 * @param {Awaited<ReturnType<typeof open>>} dialog @param {string} siteName @param {string} query @param {number} round
			 * @returns {Promise<DialogSample>}
			 */
			const measure = async ({ page, input }, siteName, query, round) => {
				for (let attempt = 0; ; attempt++) {
					await input.fill('');
					// All but the last character at once, as if typed before: one input event and one preload of the
					// index chunks, like a reader's earlier keystrokes whose preloads are done by the last one.
					if (query.length > 1) await input.fill(query.slice(0, -1));
					await page.waitForTimeout(keyGapMs);
					const problem = await page.evaluate(
						([q, t]) => /** @type {any} */ (window).__searchBench.arm(q, t),
						/** @type {const} */ ([query, resultTimeoutMs]),
					);
					if (problem) {
						if (attempt < 3) continue;
						throw new Error(
							`${siteName}: "${query}": ${problem} before its last key, ${attempt + 1} times (the machine is too busy to type within the debounce).`,
						);
					}
					await page.keyboard.type(query.slice(-1));
					/** @type {ProbeResult} */
					const r = await page.evaluate(() => /** @type {any} */ (window).__searchBench.result());
					if (!r.ok)
						throw new Error(
							`${siteName}: the results for "${query}" were not shown within ${resultTimeoutMs / 1000} s; the dialog showed ${JSON.stringify(r.snapshot)}.`,
						);
					return {
						site: siteName,
						query,
						round,
						ms: r.paintedAt - r.keyAt,
						toSearchingMs: r.searchingAt === undefined ? undefined : r.searchingAt - r.keyAt,
						searchMs: r.searchingAt === undefined ? undefined : r.paintedAt - r.searchingAt,
						inputDelayMs: r.handlerAt - r.keyAt,
						results: r.results,
						answers: r.answers,
						retries: attempt,
					};
				}
			};
			/** The order of the sites for the n-th measurement: alternating. @param {number} n */
			const order = (n) =>
				n % 2 === 0 ? sites.map((_, i) => i) : sites.map((_, i) => i).reverse();

			/** @type {DialogSample[]} */
			const samples = [];
			for (let run = 0; run < coldRuns; run++) {
				const query = queries[run % queries.length] ?? warmUpQuery;
				for (const i of order(run)) {
					const dialog = await open(i);
					samples.push(await measure(dialog, sites[i]?.name ?? '', query, 0));
					await dialog.context.close();
				}
			}
			const loadByRound = [loadavg()[0] ?? 0];
			log(
				`search dialogs: ${coldRuns} cold runs each done, now ${queries.length} queries × ${rounds} rounds in each warm dialog…`,
			);

			const dialogs = [];
			for (let i = 0; i < sites.length; i++) {
				const dialog = await open(i);
				await measure(dialog, sites[i]?.name ?? '', warmUpQuery, -1);
				dialogs.push(dialog);
			}
			/** @type {DialogLatencyResult['pages']} */
			const pages = {};
			for (let i = 0; i < sites.length; i++) {
				const page = dialogs[i]?.page;
				if (!page) continue;
				pages[sites[i]?.name ?? ''] = await page.evaluate(() => ({
					visibility: document.visibilityState,
					vocabularyFetched: performance
						.getEntriesByType('resource')
						.some((entry) => entry.name.includes('search-vocabulary.json')),
				}));
			}
			for (let round = 1; round <= rounds; round++) {
				for (const [n, query] of queries.entries()) {
					for (const i of order(round + n)) {
						const dialog = dialogs[i];
						if (dialog) samples.push(await measure(dialog, sites[i]?.name ?? '', query, round));
					}
				}
				loadByRound.push(loadavg()[0] ?? 0);
				log(
					`search dialogs: round ${round} of ${rounds} done (load ${loadByRound.at(-1)?.toFixed(2)})`,
				);
			}
			for (const dialog of dialogs) await dialog.context.close();
			return {
				queries,
				rounds,
				settings: { debounceMs, keyGapMs, goalRatio },
				samples,
				loadByRound,
				pages,
			};
		} finally {
			await browser.close();
		}
	} finally {
		for (const server of servers) await server.stop();
	}
}

/**
 * The figures of one site: cold and warm, and the warm time split at "Searching for …".
 * @typedef {object} SiteSummary
 * @property {ReturnType<typeof summarise>} cold
 * @property {ReturnType<typeof summarise>} warm
 * @property {ReturnType<typeof summarise>} afterDebounce Warm times less the debounce.
 * @property {number} toSearchingMedian
 * @property {number} searchMedian
 * @property {number} inputDelayMedian
 * @property {number} retries
 * @property {number} withAnswers Warm samples that showed best answers.
 * @property {number} noResults Warm samples with no results.
 */

/**
 * The comparison of ours with plain Starlight.
 * @typedef {object} DialogComparison
 * @property {Record<string, SiteSummary>} sites
 * @property {{ median: number, p95: number, afterDebounceMedian: number }} ratio Ours over plain.
 * @property {number} pairedDifferenceMedian The median, over every warm query and round, of ours minus plain for that query in that round.
 * @property {boolean} met Median and 95th-percentile ratios both within the goal.
 * @property {{ query: string, ours: number, plain: number }[]} slowest The queries where ours is furthest behind (warm medians).
 */

/**
 * Summarises the samples per site and compares `ours` with `plain`.
 * @param {DialogSample[]} samples
 * @param {{ debounceMs?: number, goalRatio?: number }} [options]
 * @returns {DialogComparison}
 */
export function compareDialogs(samples, options = {}) {
	const debounce = options.debounceMs ?? debounceMs;
	const goal = options.goalRatio ?? goalRatio;
	const ratioOf = (/** @type {number} */ a, /** @type {number} */ b) =>
		Math.round((a / b) * 1000) / 1000;
	/** @type {Record<string, SiteSummary>} */
	const sites = {};
	for (const site of [...new Set(samples.map((s) => s.site))]) {
		const warm = samples.filter((s) => s.site === site && s.round > 0);
		const defined = (/** @type {(number | undefined)[]} */ xs) => xs.filter((x) => x !== undefined);
		sites[site] = {
			cold: summarise(samples.filter((s) => s.site === site && s.round === 0).map((s) => s.ms)),
			warm: summarise(warm.map((s) => s.ms)),
			afterDebounce: summarise(warm.map((s) => s.ms - debounce)),
			toSearchingMedian: median(defined(warm.map((s) => s.toSearchingMs))),
			searchMedian: median(defined(warm.map((s) => s.searchMs))),
			inputDelayMedian: median(warm.map((s) => s.inputDelayMs)),
			retries: samples.filter((s) => s.site === site).reduce((sum, s) => sum + s.retries, 0),
			withAnswers: warm.filter((s) => s.answers > 0).length,
			noResults: warm.filter((s) => s.results === 0).length,
		};
	}
	const ours = sites['ours'];
	const plain = sites['plain'];
	if (!ours || !plain) throw new Error('compareDialogs needs samples of both "ours" and "plain".');
	/** @type {Map<string, number>} */
	const plainBy = new Map(
		samples
			.filter((s) => s.site === 'plain' && s.round > 0)
			.map((s) => [`${s.round}\n${s.query}`, s.ms]),
	);
	const differences = samples
		.filter((s) => s.site === 'ours' && s.round > 0 && plainBy.has(`${s.round}\n${s.query}`))
		.map((s) => s.ms - (plainBy.get(`${s.round}\n${s.query}`) ?? 0));
	const ratio = {
		median: ratioOf(ours.warm.median, plain.warm.median),
		p95: ratioOf(ours.warm.p95, plain.warm.p95),
		afterDebounceMedian: ratioOf(ours.afterDebounce.median, plain.afterDebounce.median),
	};
	const queries = [...new Set(samples.filter((s) => s.round > 0).map((s) => s.query))];
	/** @param {string} site @param {string} query */
	const queryMedian = (site, query) =>
		median(
			samples.filter((s) => s.site === site && s.query === query && s.round > 0).map((s) => s.ms),
		);
	const slowest = queries
		.map((query) => ({
			query,
			ours: Math.round(queryMedian('ours', query) * 10) / 10,
			plain: Math.round(queryMedian('plain', query) * 10) / 10,
		}))
		.sort((a, b) => b.ours - b.plain - (a.ours - a.plain))
		.slice(0, 8);
	return {
		sites,
		ratio,
		pairedDifferenceMedian: Math.round(median(differences) * 10) / 10,
		met: ratio.median <= goal && ratio.p95 <= goal,
		slowest,
	};
}

/**
 * The printed report of the dialog benchmark.
 * @param {DialogLatencyResult} result
 * @param {DialogComparison} comparison
 * @returns {string}
 */
export function formatDialogLatency(result, comparison) {
	const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
	const { sites, ratio } = comparison;
	const ours = /** @type {SiteSummary} */ (sites['ours']);
	const plain = /** @type {SiteSummary} */ (sites['plain']);
	const out = [
		heading(
			`Search like a reader: last keystroke to results drawn, ${result.queries.length} queries × ${result.rounds} rounds, ours and plain Starlight alternating`,
		),
	];
	out.push(
		`Chromium, the dialog of the home page, Pagefind UI's ${result.settings.debounceMs} ms debounce included; ${result.settings.keyGapMs} ms before the timed last key.\n`,
	);
	const x = (/** @type {number} */ r) => `${r.toFixed(2)}×`;
	/**
	 * One row: a kind of timing on both sites and ours over plain, the goal's ratios where given.
	 * @param {string} label @param {ReturnType<typeof summarise>} o @param {ReturnType<typeof summarise>} p
	 * @param {number} [medianRatio] @param {number} [p95Ratio]
	 */
	const row = (label, o, p, medianRatio = o.median / p.median, p95Ratio = o.p95 / p.p95) => [
		label,
		o.n,
		ms(o.median),
		ms(o.p95),
		ms(p.median),
		ms(p.p95),
		x(medianRatio),
		x(p95Ratio),
	];
	out.push(
		table(
			[
				{ title: 'what' },
				{ title: 'n', align: 'right' },
				{ title: 'ours median', align: 'right' },
				{ title: 'ours p95', align: 'right' },
				{ title: 'plain median', align: 'right' },
				{ title: 'plain p95', align: 'right' },
				{ title: 'ratio median', align: 'right' },
				{ title: 'ratio p95', align: 'right' },
			],
			[
				row('warm: every query, every round', ours.warm, plain.warm, ratio.median, ratio.p95),
				row(
					`warm, less the ${result.settings.debounceMs} ms debounce`,
					ours.afterDebounce,
					plain.afterDebounce,
					ratio.afterDebounceMedian,
				),
				row('cold: first query of a fresh browser', ours.cold, plain.cold),
			],
		),
	);
	out.push('\nWhere the warm time goes (medians)');
	out.push(
		table(
			[
				{ title: 'site' },
				{ title: 'key → "Searching…" (debounce, reading the query)', align: 'right' },
				{ title: '"Searching…" → drawn (Pagefind, results\' data, drawing)', align: 'right' },
				{ title: 'input delay', align: 'right' },
			],
			[
				['ours', ms(ours.toSearchingMedian), ms(ours.searchMedian), ms(ours.inputDelayMedian)],
				['plain', ms(plain.toSearchingMedian), ms(plain.searchMedian), ms(plain.inputDelayMedian)],
			],
		),
	);
	out.push(`\nQueries where ours is furthest behind (warm medians)`);
	out.push(
		table(
			[{ title: 'query' }, { title: 'ours', align: 'right' }, { title: 'plain', align: 'right' }],
			comparison.slowest.map((q) => [q.query, ms(q.ours), ms(q.plain)]),
		),
	);
	out.push('');
	out.push(
		`Median of ours minus plain, query by query and round by round: ${ms(comparison.pairedDifferenceMedian)}.`,
	);
	out.push(
		`Ours showed best answers for ${ours.withAnswers} of ${ours.warm.n} warm queries (plain: ${plain.withAnswers}); no results: ours ${ours.noResults}, plain ${plain.noResults}; ` +
			`queries typed again because a search began before the last key: ours ${ours.retries}, plain ${plain.retries}.`,
	);
	out.push(
		`1-minute load average after the cold runs and after each round: ${result.loadByRound.map((l) => l.toFixed(2)).join(', ')}.`,
	);
	out.push(
		verdict(
			`search dialog, ours ≤ ${result.settings.goalRatio}× plain Starlight`,
			comparison.met,
			`median ${ms(ours.warm.median)} vs ${ms(plain.warm.median)}, ${x(ratio.median)}; p95 ${ms(ours.warm.p95)} vs ${ms(plain.warm.p95)}, ${x(ratio.p95)}`,
		),
	);
	return out.join('\n');
}
