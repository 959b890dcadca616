// @ts-check
/**
 * Page weight: the gzip bytes a first visit to each built page downloads before the page is usable.
 *
 * First load = the HTML (inline scripts and styles included)
 *   + render-blocking stylesheets: `<link rel="stylesheet">`, except `media="print"` (not render-blocking)
 *   + scripts fetched at start: every `<script src>` of a JavaScript type (module or classic; `async`
 *     and `defer` only change when they run, not whether they download) and `<link rel="modulepreload">`,
 *     plus the static imports of those modules, resolved from the built files, recursively.
 * Not counted: dynamic `import()`s. Starlight's search UI (Pagefind's `ui-core`) is one: it is imported
 * when the browser is idle after load, and Pagefind's own bundle and index load on the first search.
 * Their gzip size is reported separately as "lazy JS".
 * Each file is counted once per page, at its `zlib.gzipSync` size with level 9 (the maximum; static
 * hosts that pre-compress use it, on-the-fly gzip usually uses 6 and is a little larger).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './files.mjs';
import { formatBytes, heading, percent, table, verdict } from './report.mjs';

/** The budget for every page's first load, gzip (it was first set for role pages, hence the name). */
export const roleBudgetBytes = 30 * 1024;
/** Roughly what the first round trip of a new TCP connection can carry (10 segments of ~1.4 KB). */
export const firstRoundTripBytes = 14 * 1024;
/** gzip level used for every size. */
export const gzipLevel = 9;

/** The kinds pages are grouped by. */
export const pageKinds = /** @type {const} */ ([
	'role',
	'roadmap',
	'hiring',
	'lesson',
	'comparison',
	'tool',
	'skill',
	'redirect',
	'other',
]);
/** @typedef {typeof pageKinds[number]} PageKind */

/**
 * The templates pages are made from, by URL pattern (base removed): pages of one template share their
 * markup, styles and scripts and differ only in data, so the heaviest page of each says whether the
 * template fits the budget. A page no pattern matches is its own template (the home page, the
 * catalogue indexes, the sources, 404).
 */
export const pageTemplates = /** @type {const} */ ([
	{ template: 'roles/*/', label: 'role page', pattern: /^roles\/[^/]+\/$/ },
	{ template: 'roles/*/roadmap/', label: 'roadmap', pattern: /^roles\/[^/]+\/roadmap\/$/ },
	{
		template: 'roles/*/getting-hired/',
		label: 'getting hired',
		pattern: /^roles\/[^/]+\/getting-hired\/$/,
	},
	{ template: 'compare/*/', label: 'pair comparison', pattern: /^compare\/[^/]+\/$/ },
	{ template: 'skills/*/', label: 'skill page', pattern: /^skills\/[^/]+\/$/ },
	{ template: 'tools/*/', label: 'tool page', pattern: /^tools\/[^/]+\/$/ },
	{ template: 'lessons/*/', label: 'lesson', pattern: /^lessons\/[^/]+\/$/ },
	{ template: 'projects/*/', label: 'project brief', pattern: /^projects\/[^/]+\/$/ },
	{ template: 'find-your-path/', label: 'self-assessment quiz', pattern: /^find-your-path\/$/ },
	{ template: 'find-your-path/skills/', label: 'skill gap', pattern: /^find-your-path\/skills\/$/ },
]);

/**
 * The template a page is made from, from its URL path (base removed, e.g. `roles/ml-engineer/roadmap/`),
 * and a name for it. Pages that match no pattern are their own template, named after their path.
 * @param {string} path
 * @returns {{ template: string, label: string }}
 */
export function pageTemplate(path) {
	const known = pageTemplates.find((t) => t.pattern.test(path));
	if (known) return { template: known.template, label: known.label };
	const label =
		path === ''
			? 'home page'
			: path === '404.html'
				? 'not-found page'
				: ['skills/', 'tools/', 'compare/', 'sources/', 'projects/'].includes(path)
					? `${path.slice(0, -1)} index`
					: 'other page';
	return { template: path, label };
}

/**
 * The assets an HTML page fetches at start, as written in the page (URLs not yet resolved).
 * @typedef {object} StartupAssets
 * @property {string[]} stylesheets Render-blocking stylesheet URLs.
 * @property {string[]} scripts Script and module-preload URLs.
 * @property {{ url: string, reason: string }[]} skipped Linked assets that are not counted, and why.
 */

/**
 * Finds the stylesheets and scripts a page loads at start, from its HTML. Comments, `<noscript>` and
 * `<template>` content and the bodies of inline scripts are ignored, so a tag written inside them is
 * not mistaken for a real one.
 * @param {string} html
 * @returns {StartupAssets}
 */
export function parseStartupAssets(html) {
	const cleaned = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, '$1');
	/** @type {StartupAssets} */
	const assets = { stylesheets: [], scripts: [], skipped: [] };
	for (const tag of cleaned.matchAll(/<(link|script)\b([^>]*)>/gi)) {
		const name = (tag[1] ?? '').toLowerCase();
		const attrs = parseAttributes(tag[2] ?? '');
		if (name === 'link') {
			const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
			const href = attrs.get('href');
			if (!href) continue;
			if (rel.includes('stylesheet') && !rel.includes('alternate')) {
				const media = (attrs.get('media') ?? '').trim().toLowerCase();
				if (media === 'print')
					assets.skipped.push({
						url: href,
						reason: 'media="print" stylesheet: not render-blocking',
					});
				else if (attrs.has('disabled'))
					assets.skipped.push({ url: href, reason: 'disabled stylesheet' });
				else assets.stylesheets.push(href);
			} else if (rel.includes('modulepreload')) assets.scripts.push(href);
			continue;
		}
		const src = attrs.get('src');
		if (!src) continue;
		const type = (attrs.get('type') ?? '').trim().toLowerCase();
		if (['', 'module', 'text/javascript', 'application/javascript'].includes(type))
			assets.scripts.push(src);
		else assets.skipped.push({ url: src, reason: `script of type "${type}"` });
	}
	return assets;
}

/**
 * The attributes of a tag (names lower-cased, `&amp;` decoded in values).
 * @param {string} text What follows the tag name up to `>`.
 * @returns {Map<string, string>}
 */
export function parseAttributes(text) {
	/** @type {Map<string, string>} */
	const attrs = new Map();
	for (const m of text.matchAll(
		/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
	)) {
		attrs.set((m[1] ?? '').toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replaceAll('&amp;', '&'));
	}
	return attrs;
}

/**
 * The specifiers of a built module's static imports and re-exports (`import{a}from"./x.js"`,
 * `import"./x.js"`, `export*from"./x.js"`). Dynamic `import()` is left out. Only statement positions
 * count (start of file or after `;`, `}` or a newline), so text inside strings rarely matches.
 * @param {string} js
 * @returns {string[]}
 */
export function staticImports(js) {
	const found = [
		...js.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g),
		...js.matchAll(
			/(?:^|[;}\n])\s*export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(["'])([^"'\n]+)\1/g,
		),
	].map((m) => m[2] ?? '');
	return [...new Set(found)];
}

/**
 * The literal specifiers of a module's dynamic `import("…")` calls (computed ones are skipped).
 * @param {string} js
 * @returns {string[]}
 */
export function dynamicImports(js) {
	return [
		...new Set([...js.matchAll(/\bimport\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g)].map((m) => m[2] ?? '')),
	];
}

/**
 * The file in the build a URL points to, relative to the build directory, or undefined for another
 * origin or a path outside the base.
 * @param {string} url As written in the page or module.
 * @param {string} fromPath The URL path of the page or module it is written in, e.g. `/roles/x/`.
 * @param {string} base The site's base path, with a trailing slash.
 * @returns {string | undefined}
 */
export function resolveBuildFile(url, fromPath, base) {
	const origin = 'http://bench.invalid';
	let resolved;
	try {
		resolved = new URL(url, origin + fromPath);
	} catch {
		return undefined;
	}
	if (resolved.origin !== origin || !resolved.pathname.startsWith(base)) return undefined;
	const path = decodeURIComponent(resolved.pathname.slice(base.length));
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The kind of a built page, from its URL path (base removed) and HTML. Redirect pages (a meta refresh
 * and nothing else: reversed comparison URLs, role aliases) are their own kind.
 * @param {string} path e.g. `roles/ml-engineer/`
 * @param {string} html
 * @returns {PageKind}
 */
export function pageKind(path, html) {
	if (
		/^<!doctype html><title>Redirecting to:/i.test(html) ||
		(/<meta http-equiv="refresh"/i.test(html) && !/<link rel="stylesheet"/i.test(html))
	)
		return 'redirect';
	const [section, id] = path.split('/');
	if (!id) return 'other';
	if (section === 'roles')
		return path.split('/')[2] === 'roadmap'
			? 'roadmap'
			: path.split('/')[2] === 'getting-hired'
				? 'hiring'
				: 'role';
	if (section === 'lessons') return 'lesson';
	if (section === 'compare') return 'comparison';
	if (section === 'tools') return 'tool';
	if (section === 'skills') return 'skill';
	return 'other';
}

/**
 * One page's first-load weight, gzip bytes.
 * @typedef {object} PageWeight
 * @property {string} path The page's URL path, e.g. `/roles/ml-engineer/`.
 * @property {PageKind} kind
 * @property {string} template The URL pattern of its template, e.g. `roles/*\/roadmap/` (see `pageTemplate`).
 * @property {number} htmlBytes The HTML, uncompressed.
 * @property {number} html The HTML, gzip.
 * @property {number} css Render-blocking CSS, gzip.
 * @property {number} js Scripts loaded at start with their static imports, gzip.
 * @property {number} total html + css + js.
 * @property {number} lazyJs Modules the page's scripts import dynamically (with their static imports), gzip; not in `total`.
 * @property {string[]} files The CSS and JS files counted, relative to the build directory.
 * @property {string[]} missing Assets the page links to that the build does not contain.
 */

/**
 * Measures every HTML page of a build.
 * @param {string} distDir The build directory.
 * @param {{ base?: string }} [options] The base path the site was built for (default `/`).
 * @returns {PageWeight[]}
 */
export function measurePageWeights(distDir, options = {}) {
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	/** @type {Map<string, number>} */
	const gzipSizes = new Map();
	/** @param {string} file */
	const gzipSize = (file) => {
		let size = gzipSizes.get(file);
		if (size === undefined) {
			size = gzipSync(readFileSync(join(distDir, file)), { level: gzipLevel }).length;
			gzipSizes.set(file, size);
		}
		return size;
	};
	/** @param {string} file */
	const exists = (file) => existsSync(join(distDir, file));
	/** @type {Map<string, string>} */
	const sources = new Map();
	/** @param {string} file */
	const source = (file) => {
		let text = sources.get(file);
		if (text === undefined) {
			text = readFileSync(join(distDir, file), 'utf8');
			sources.set(file, text);
		}
		return text;
	};
	/**
	 * Adds a module and its static imports to `into`; collects dynamic imports in `lazy`.
	 * @param {string} file @param {Set<string>} into @param {Set<string>} lazy @param {string[]} missing
	 */
	const addModule = (file, into, lazy, missing) => {
		if (into.has(file)) return;
		if (!exists(file)) {
			missing.push(file);
			return;
		}
		into.add(file);
		const text = source(file);
		const from = base + file;
		for (const spec of staticImports(text)) {
			const target = resolveBuildFile(spec, from, base);
			if (target) addModule(target, into, lazy, missing);
		}
		for (const spec of dynamicImports(text)) {
			const target = resolveBuildFile(spec, from, base);
			if (target) lazy.add(target);
		}
	};

	return listFiles(distDir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const html = readFileSync(join(distDir, file), 'utf8');
			const path = base + file.replace(/(^|\/)index\.html$/, '$1');
			const assets = parseStartupAssets(html);
			/** @type {string[]} */
			const missing = [];
			const css = new Set(
				assets.stylesheets.flatMap((url) => {
					const target = resolveBuildFile(url, path, base);
					if (target && !exists(target)) missing.push(target);
					return target && exists(target) ? [target] : [];
				}),
			);
			/** @type {Set<string>} */
			const js = new Set();
			/** @type {Set<string>} */
			const lazyEntries = new Set();
			for (const url of assets.scripts) {
				const target = resolveBuildFile(url, path, base);
				if (target) addModule(target, js, lazyEntries, missing);
			}
			/** @type {Set<string>} */
			const lazy = new Set();
			for (const entry of lazyEntries) if (!js.has(entry)) addModule(entry, lazy, new Set(), []);
			const sum = (/** @type {Iterable<string>} */ files) =>
				[...files].reduce((total, f) => total + gzipSize(f), 0);
			const htmlGzip = gzipSync(html, { level: gzipLevel }).length;
			const cssGzip = sum(css);
			const jsGzip = sum(js);
			const sitePath = file.replace(/index\.html$/, '');
			return {
				path,
				kind: pageKind(sitePath, html),
				template: pageTemplate(sitePath).template,
				htmlBytes: Buffer.byteLength(html),
				html: htmlGzip,
				css: cssGzip,
				js: jsGzip,
				total: htmlGzip + cssGzip + jsGzip,
				lazyJs: sum([...lazy].filter((f) => !js.has(f))),
				files: [...css, ...js],
				missing: [...new Set(missing)],
			};
		});
}

/**
 * The figures the page-weight report shows: heaviest pages, the heaviest page of every template and
 * role pages against the budget and the first round trip, totals by kind. Redirect pages are left
 * out of the templates: they are stubs that only send the reader on.
 * @param {PageWeight[]} pages
 * @returns {PageWeightSummary}
 */
export function summarisePageWeights(pages) {
	const byWeight = [...pages].sort((a, b) => b.total - a.total || a.path.localeCompare(b.path));
	const roles = byWeight.filter((p) => p.kind === 'role');
	const byKind = pageKinds
		.map((kind) => {
			const ofKind = pages.filter((p) => p.kind === kind);
			const heaviest = [...ofKind].sort((a, b) => b.total - a.total)[0];
			const total = ofKind.reduce((sum, p) => sum + p.total, 0);
			return {
				kind,
				pages: ofKind.length,
				totalFirstLoad: total,
				totalHtml: ofKind.reduce((sum, p) => sum + p.html, 0),
				averageFirstLoad: ofKind.length ? Math.round(total / ofKind.length) : 0,
				heaviestFirstLoad: heaviest?.total ?? 0,
				heaviestPath: heaviest?.path ?? '',
			};
		})
		.filter((k) => k.pages > 0);
	const heaviestRole = roles[0];
	const real = byWeight.filter((p) => p.kind !== 'redirect');
	/** @type {Map<string, PageWeight[]>} */
	const templates = new Map();
	for (const p of real) templates.set(p.template, [...(templates.get(p.template) ?? []), p]);
	const byTemplate = [...templates]
		.map(([template, ofTemplate]) => {
			const heaviest = /** @type {PageWeight} */ (ofTemplate[0]);
			return {
				template,
				label: pageTemplate(template).label,
				pages: ofTemplate.length,
				heaviest,
				headroom: roleBudgetBytes - heaviest.total,
				underBudget: heaviest.total <= roleBudgetBytes,
			};
		})
		.sort((a, b) => b.heaviest.total - a.heaviest.total);
	return {
		gzipLevel,
		pageCount: pages.length,
		budgetBytes: roleBudgetBytes,
		firstRoundTripBytes,
		heaviest: byWeight.slice(0, 10),
		heaviestRole,
		byTemplate,
		heaviestPage: real[0],
		allUnderBudget: real.length > 0 ? real.every((p) => p.total <= roleBudgetBytes) : undefined,
		rolesUnderBudget: roles.length > 0 ? roles.every((p) => p.total <= roleBudgetBytes) : undefined,
		heaviestRoadmap: byWeight.find((p) => p.kind === 'roadmap'),
		roadmapsUnderBudget: byWeight.some((p) => p.kind === 'roadmap')
			? byWeight.filter((p) => p.kind === 'roadmap').every((p) => p.total <= roleBudgetBytes)
			: undefined,
		roleHtmlUnderRoundTrip: roles.filter((p) => p.html <= firstRoundTripBytes).length,
		roles: roles.map((p) => ({
			path: p.path,
			html: p.html,
			htmlShareOfRoundTrip: p.html / firstRoundTripBytes,
			total: p.total,
			shareOfBudget: p.total / roleBudgetBytes,
		})),
		byKind,
		missingAssets: pages.flatMap((p) => p.missing.map((file) => ({ page: p.path, file }))),
	};
}

/**
 * @typedef {object} PageWeightSummary
 * @property {number} gzipLevel
 * @property {number} pageCount
 * @property {number} budgetBytes
 * @property {number} firstRoundTripBytes
 * @property {PageWeight[]} heaviest The 10 heaviest pages by first load.
 * @property {PageWeight | undefined} heaviestRole
 * @property {{ template: string, label: string, pages: number, heaviest: PageWeight, headroom: number, underBudget: boolean }[]} byTemplate The heaviest page of each template, heaviest first; redirects left out.
 * @property {PageWeight | undefined} heaviestPage The heaviest page of all, redirects left out.
 * @property {boolean | undefined} allUnderBudget Every page's first load ≤ the budget, redirects left out.
 * @property {boolean | undefined} rolesUnderBudget Every role page's first load ≤ the budget.
 * @property {PageWeight | undefined} heaviestRoadmap
 * @property {boolean | undefined} roadmapsUnderBudget Every roadmap page's first load, script and drawing included, ≤ the same budget.
 * @property {number} roleHtmlUnderRoundTrip How many role pages' HTML fits the first round trip.
 * @property {{ path: string, html: number, htmlShareOfRoundTrip: number, total: number, shareOfBudget: number }[]} roles Heaviest first.
 * @property {{ kind: PageKind, pages: number, totalFirstLoad: number, totalHtml: number, averageFirstLoad: number, heaviestFirstLoad: number, heaviestPath: string }[]} byKind
 * @property {{ page: string, file: string }[]} missingAssets
 */

/**
 * The printed report of the page-weight benchmark.
 * @param {PageWeightSummary} summary
 * @returns {string}
 */
export function formatPageWeight(summary) {
	const kb = formatBytes;
	const out = [
		heading(`Page weight: first load, gzip level ${summary.gzipLevel}, ${summary.pageCount} pages`),
	];
	out.push(
		'HTML + render-blocking CSS + scripts loaded at start with their static imports. Lazy JS (dynamic import(),',
	);
	out.push(
		"e.g. Starlight's search UI, loaded when the browser is idle) is shown apart and not counted.\n",
	);
	out.push('Heaviest 10 pages');
	out.push(
		table(
			[
				{ title: 'page' },
				{ title: 'kind' },
				{ title: 'HTML', align: 'right' },
				{ title: 'CSS', align: 'right' },
				{ title: 'JS', align: 'right' },
				{ title: 'first load', align: 'right' },
				{ title: 'lazy JS', align: 'right' },
			],
			summary.heaviest.map((p) => [
				p.path,
				p.kind,
				kb(p.html),
				kb(p.css),
				kb(p.js),
				kb(p.total),
				kb(p.lazyJs),
			]),
		),
	);
	out.push('\nHeaviest page of each template (budget 30 KB first load, every page)');
	out.push(
		table(
			[
				{ title: 'template' },
				{ title: 'URL pattern' },
				{ title: 'pages', align: 'right' },
				{ title: 'heaviest page' },
				{ title: 'HTML', align: 'right' },
				{ title: 'CSS', align: 'right' },
				{ title: 'JS', align: 'right' },
				{ title: 'first load', align: 'right' },
				{ title: 'of 30 KB', align: 'right' },
				{ title: 'headroom', align: 'right' },
			],
			summary.byTemplate.map((t) => [
				t.label,
				`/${t.template}`,
				t.pages,
				t.heaviest.path,
				kb(t.heaviest.html),
				kb(t.heaviest.css),
				kb(t.heaviest.js),
				kb(t.heaviest.total),
				percent(t.heaviest.total, summary.budgetBytes),
				signedBytes(t.headroom),
			]),
		),
	);
	out.push('\nRole pages (budget 30 KB first load; first round trip ~14 KB)');
	out.push(
		table(
			[
				{ title: 'page' },
				{ title: 'HTML', align: 'right' },
				{ title: 'of 14 KB', align: 'right' },
				{ title: 'headroom', align: 'right' },
				{ title: 'first load', align: 'right' },
				{ title: 'of 30 KB', align: 'right' },
			],
			summary.roles.map((r) => [
				r.path,
				kb(r.html),
				percent(r.html, summary.firstRoundTripBytes),
				signedBytes(summary.firstRoundTripBytes - r.html),
				kb(r.total),
				percent(r.total, summary.budgetBytes),
			]),
		),
	);
	out.push('\nTotals by kind of page');
	out.push(
		table(
			[
				{ title: 'kind' },
				{ title: 'pages', align: 'right' },
				{ title: 'HTML total', align: 'right' },
				{ title: 'first load total', align: 'right' },
				{ title: 'average', align: 'right' },
				{ title: 'heaviest', align: 'right' },
				{ title: 'heaviest page' },
			],
			summary.byKind.map((k) => [
				k.kind,
				k.pages,
				kb(k.totalHtml),
				kb(k.totalFirstLoad),
				kb(k.averageFirstLoad),
				kb(k.heaviestFirstLoad),
				k.heaviestPath,
			]),
		),
	);
	if (summary.missingAssets.length > 0) {
		out.push(
			`\nWarning: ${summary.missingAssets.length} linked assets are missing from the build, e.g. ${summary.missingAssets[0]?.file} on ${summary.missingAssets[0]?.page}.`,
		);
	}
	const role = summary.heaviestRole;
	const over = summary.byTemplate.filter((t) => !t.underBudget);
	out.push('');
	out.push(
		verdict(
			'every page ≤ 30 KB first load',
			summary.allUnderBudget,
			summary.heaviestPage
				? `heaviest ${kb(summary.heaviestPage.total)}, ${summary.heaviestPage.path}${over.length > 0 ? `; over: ${over.map((t) => `${t.label} (${kb(t.heaviest.total)})`).join(', ')}` : `; ${summary.byTemplate.length} templates fit`}`
				: 'no pages',
		),
	);
	out.push(
		verdict(
			'role pages ≤ 30 KB first load',
			summary.rolesUnderBudget,
			role ? `heaviest ${kb(role.total)}, ${role.path}` : 'no role pages',
		),
	);
	out.push(
		verdict(
			'roadmap pages ≤ 30 KB first load',
			summary.roadmapsUnderBudget,
			summary.heaviestRoadmap
				? `heaviest ${kb(summary.heaviestRoadmap.total)}, ${summary.heaviestRoadmap.path}`
				: 'no roadmap pages',
		),
	);
	out.push(
		verdict(
			'role pages: HTML ≤ 14 KB (first round trip)',
			summary.roles.length ? summary.roleHtmlUnderRoundTrip === summary.roles.length : undefined,
			`${summary.roleHtmlUnderRoundTrip} of ${summary.roles.length} fit; largest HTML ${kb(Math.max(0, ...summary.roles.map((r) => r.html)))}`,
		),
	);
	return out.join('\n');
}

/** @param {number} bytes */
function signedBytes(bytes) {
	return bytes < 0 ? `-${formatBytes(-bytes)}` : `+${formatBytes(bytes)}`;
}
