import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '~/lib/ingest/guideError';
import { findProblems } from '~/lib/guide/checks';
import { type GuideInput } from '~/lib/ingest/guideInput';
import { headingSlug, roleSections, sectionMismatches } from '~/lib/guide/roleSections';
import { searchRanking } from '~/lib/browser/searchRanking';
import { withRoleFacts } from '~/lib/ingest/roleLessonFacts';
import { lessonSchema } from '~/schemas/lesson';
import { roleSchema } from '~/schemas/role';
import { statementSchema } from '~/schemas/statement';
import { buildPhases, parseBuildLog } from '../../scripts/bench/astroBuild.mjs';
import { medianRun } from '../../scripts/bench/buildGrowth.mjs';
import {
	dynamicImports,
	formatPageWeight,
	measurePageWeights,
	pageKind,
	pageTemplate,
	parseStartupAssets,
	resolveBuildFile,
	staticImports,
	summarisePageWeights,
} from '../../scripts/bench/pageWeight.mjs';
import { plainPage } from '../../scripts/bench/plainStarlight.mjs';
import { differingFiles, plainSearchConfig } from '../../scripts/bench/plainSearch.mjs';
import {
	compareDialogs,
	dialogState,
	type DialogSample,
} from '../../scripts/bench/searchDialog.mjs';
import { parseSearchQueries, parseSearchRanking } from '../../scripts/bench/searchLatency.mjs';
import { evaluateLiteral, matchingBracket } from '../../scripts/bench/sourceText.mjs';
import { median, percentile } from '../../scripts/bench/stats.mjs';
import {
	parseRoleSections,
	readRealContent,
	syntheticRoles,
	syntheticStatements,
	writeSyntheticContent,
} from '../../scripts/bench/syntheticContent.mjs';
import { lessonRecord, readContent } from '../helpers/readContent';
import { queries as searchQueries } from '../searchQueries';

/** Level-2 heading ids of a Markdown body. */
const headingIds = (body: string) =>
	[...body.matchAll(/^## (.+)$/gm)].map((m) => headingSlug(m[1]!));

describe('benchmark: synthetic roles', () => {
	const sections = parseRoleSections(readFileSync('src/lib/guide/roleSections.ts', 'utf8'));
	const real = readRealContent(process.cwd());
	const made = syntheticRoles(real, sections, 50);

	test('reads the role sections, in order, from src/lib/guide/roleSections.ts', () => {
		expect(sections).toEqual(
			roleSections.map(({ id, heading, block }) => ({ id, heading, block })),
		);
	});

	test('brings the guide to 50 roles with unique ids, deterministically', () => {
		expect(real.roles.length + made.length).toBe(50);
		expect(new Set([...real.roles.map((r) => r.id), ...made.map((r) => r.id)]).size).toBe(50);
		expect(syntheticRoles(real, sections, 50).map((r) => r.yaml)).toEqual(made.map((r) => r.yaml));
	});

	test('at 50 roles, passes the schemas and the integrity checks with no problems', () => {
		const content = readContent();
		const roles = made.map((role) => {
			const file = `content/data/roles/${role.id}.yaml`;
			return { id: role.id, file, data: roleSchema.parse(yaml.load(role.yaml)) };
		});
		const lessons = made.map((role) => {
			// As the reader and the build do: the title and sidebar order come from the role's record.
			const { front, written } = withRoleFacts(
				parseFrontmatter(role.lesson).frontmatter,
				role.data,
			);
			return {
				id: `roles/${role.id}`,
				file: `content/roles/${role.id}.mdx`,
				data: lessonRecord(front, lessonSchema.parse(front), undefined, written),
			};
		});
		// The self-assessment statements, with the synthetic roles' weights, must reach every role.
		expect(real.statements, 'content/data/statements.yaml').toBeDefined();
		const statements = syntheticStatements(real.statements ?? [], made).map((raw) => {
			const data = statementSchema.parse(raw);
			return { id: data.id, file: 'content/data/statements.yaml', data };
		});
		const input: GuideInput = {
			...content,
			roles: [...content.roles, ...roles],
			lessons: [...content.lessons, ...lessons],
			statements,
		};
		expect(findProblems(input).map(formatProblem)).toEqual([]);
		// Without the synthetic weights, the integrity checks would catch the unreachable roles.
		const unchanged = (real.statements ?? []).map((raw) => ({
			id: String(raw['id']),
			file: 'x',
			data: statementSchema.parse(raw),
		}));
		const unreached = findProblems({ ...input, statements: unchanged });
		expect(unreached.length).toBeGreaterThan(0);
		expect(unreached.map((p) => p.value)).toEqual(
			expect.arrayContaining(unreached.map(() => expect.toBeOneOf(made.map((r) => r.id)))),
		);
	});

	test("a synthetic lesson leaves its title and sidebar order to its record, unless the project's own lessons write them", () => {
		expect(real.lessonsWriteFacts).toBe(false);
		for (const role of made)
			expect(
				Object.keys(parseFrontmatter(role.lesson).frontmatter).filter(
					(key) => key === 'title' || key === 'sidebar',
				),
				role.id,
			).toEqual([]);
		const [older] = syntheticRoles(
			{ ...real, lessonsWriteFacts: true },
			sections,
			real.roles.length + 1,
		);
		expect(parseFrontmatter(older!.lesson).frontmatter).toMatchObject({
			title: older!.data.name,
			sidebar: { order: older!.data.order },
		});
	});

	test('every synthetic lesson has the sections its data fills, each with its block', () => {
		for (const role of made) {
			const data = roleSchema.parse(yaml.load(role.yaml));
			const ids = headingIds(role.lesson);
			expect(sectionMismatches(data, ids), role.id).toEqual([]);
			expect(role.lesson).toContain('<Role.Summary />');
			for (const id of ids) {
				const section = role.lesson
					.split(/^## /m)
					.find((part) => headingIds(`## ${part}`)[0] === id)!;
				expect(section, `${role.id} → ${id}`).toContain(
					`<Role.${roleSections.find((s) => s.id === id)!.block} />`,
				);
			}
		}
	});

	test('writes the roles, lessons and statements into a copy of the content', () => {
		const copy = mkdtempSync(join(tmpdir(), 'bench-content-'));
		try {
			cpSync('content', join(copy, 'content'), { recursive: true });
			cpSync('src/lib/guide/roleSections.ts', join(copy, 'src/lib/guide/roleSections.ts'));
			expect(writeSyntheticContent(copy, 50)).toEqual({
				real: real.roles.length,
				added: made.length,
			});
			const written = readRealContent(copy);
			expect(written.roles.map((r) => r.id).sort()).toEqual(
				[...real.roles, ...made].map((r) => r.id).sort(),
			);
			expect(readFileSync(join(copy, `content/roles/${made[0]!.id}.mdx`), 'utf8')).toBe(
				made[0]!.lesson,
			);
			expect(written.statements).toEqual(syntheticStatements(real.statements ?? [], made));
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});

	test('refuses fewer roles than the real content has', () => {
		expect(() => syntheticRoles(real, sections, real.roles.length - 1)).toThrow(/already has/);
		expect(syntheticRoles(real, sections, real.roles.length)).toEqual([]);
	});
});

describe('benchmark: page weight', () => {
	test('counts render-blocking CSS and scripts loaded at start, and nothing else', () => {
		const html = `<!doctype html><html><head>
			<link rel="canonical" href="https://example.org/x/">
			<link rel="stylesheet" href="/_astro/print.css" media="print">
			<link rel="stylesheet" href="/_astro/main.css">
			<link rel=stylesheet href=/_astro/unquoted.css>
			<link rel="alternate stylesheet" href="/_astro/alt.css">
			<link rel="modulepreload" href="/_astro/pre.js">
			<script>document.write('<script src="/_astro/inline.js"></' + 'script>')</script>
			<script type="module" src="/_astro/page.js"></script>
			<script src="/legacy.js" defer></script>
			<script type="application/ld+json" src="/data.json"></script>
			<!-- <script src="/_astro/commented.js"></script> -->
			<noscript><link rel="stylesheet" href="/_astro/noscript.css"></noscript>
		</head><body><script type="module">import('/_astro/lazy.js')</script></body></html>`;
		const assets = parseStartupAssets(html);
		expect(assets.stylesheets).toEqual(['/_astro/main.css', '/_astro/unquoted.css']);
		expect(assets.scripts).toEqual(['/_astro/pre.js', '/_astro/page.js', '/legacy.js']);
		expect(assets.skipped.map((s) => s.url)).toEqual(['/_astro/print.css', '/data.json']);
	});

	test('finds static imports of built modules, and dynamic ones apart', () => {
		const js =
			'import{t as e}from"./toc.js";import"./side.js";export*from"./re.js";const x=`import "./in-string.js"`;import(`./ui-core.js`);import(`${o}pagefind.js`);e()';
		expect(staticImports(js)).toEqual(['./toc.js', './side.js', './re.js']);
		expect(dynamicImports(js)).toEqual(['./ui-core.js']);
	});

	test('resolves URLs to build files under the base path', () => {
		expect(resolveBuildFile('/_astro/a.css', '/roles/x/', '/')).toBe('_astro/a.css');
		expect(resolveBuildFile('./b.js', '/_astro/a.js', '/')).toBe('_astro/b.js');
		expect(resolveBuildFile('/guide/_astro/a.css', '/guide/roles/x/', '/guide/')).toBe(
			'_astro/a.css',
		);
		expect(resolveBuildFile('https://cdn.example.org/a.js', '/', '/')).toBeUndefined();
		expect(resolveBuildFile('/', '/x/', '/')).toBe('index.html');
	});

	test('tells page kinds apart, redirects included', () => {
		expect(pageKind('roles/ml-engineer/', '<html>')).toBe('role');
		expect(pageKind('compare/a-vs-b/', '<html>')).toBe('comparison');
		expect(pageKind('compare/', '<html>')).toBe('other');
		expect(
			pageKind(
				'compare/b-vs-a/',
				'<!doctype html><title>Redirecting to: /compare/a-vs-b/</title><meta http-equiv="refresh" content="0;url=/compare/a-vs-b/">',
			),
		).toBe('redirect');
		expect(pageKind('404.html', '<html>')).toBe('other');
	});

	test('derives the template of a page from its URL pattern', () => {
		expect(pageTemplate('roles/ml-engineer/')).toEqual({
			template: 'roles/*/',
			label: 'role page',
		});
		expect(pageTemplate('roles/ml-engineer/roadmap/').template).toBe('roles/*/roadmap/');
		expect(pageTemplate('roles/ml-engineer/getting-hired/').label).toBe('getting hired');
		expect(pageTemplate('compare/a-vs-b/').label).toBe('pair comparison');
		expect(pageTemplate('skills/python/').label).toBe('skill page');
		expect(pageTemplate('tools/docker/').label).toBe('tool page');
		expect(pageTemplate('lessons/ai-vs-ml/').label).toBe('lesson');
		expect(pageTemplate('find-your-path/skills/').label).toBe('skill gap');
		expect(pageTemplate('find-your-path/').label).toBe('self-assessment quiz');
		expect(pageTemplate('compare/')).toEqual({ template: 'compare/', label: 'compare index' });
		expect(pageTemplate('')).toEqual({ template: '', label: 'home page' });
		expect(pageTemplate('404.html').label).toBe('not-found page');
	});

	test('reports the heaviest page of each template against the budget, redirects left out', () => {
		const page = (path: string, total: number, kind = 'role') => ({
			path: `/${path}`,
			kind,
			template: pageTemplate(path).template,
			htmlBytes: 0,
			html: total,
			css: 0,
			js: 0,
			total,
			lazyJs: 0,
			files: [],
			missing: [],
		});
		const pages = [
			page('roles/a/', 20_000),
			page('roles/b/', 25_000),
			page('roles/a/roadmap/', 31_000, 'roadmap'),
			page('compare/b-vs-a/', 40_000, 'redirect'),
			page('', 10_000, 'other'),
		] as Parameters<typeof summarisePageWeights>[0];
		const summary = summarisePageWeights(pages);
		expect(
			summary.byTemplate.map((t) => [t.template, t.pages, t.heaviest.path, t.underBudget]),
		).toEqual([
			['roles/*/roadmap/', 1, '/roles/a/roadmap/', false],
			['roles/*/', 2, '/roles/b/', true],
			['', 1, '/', true],
		]);
		expect(summary.allUnderBudget).toBe(false);
		expect(summary.heaviestPage?.path).toBe('/roles/a/roadmap/');
		expect(formatPageWeight(summary)).toContain(
			'every page ≤ 30 KB first load: NO (heaviest 30.3 KB, /roles/a/roadmap/; over: roadmap (30.3 KB))',
		);
	});

	const dist = mkdtempSync(join(tmpdir(), 'bench-weight-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	test('adds up the gzip sizes of a page, its CSS, its scripts and their static imports', () => {
		const files: Record<string, string> = {
			'roles/r/index.html':
				'<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script><h1>Role</h1>',
			'_astro/s.css': 'body{color:red}'.repeat(20),
			'_astro/a.js': 'import{x}from"./b.js";import(`./lazy.js`);x()',
			'_astro/b.js': 'import"./c.js";export const x=()=>1',
			'_astro/c.js': 'console.log("c")',
			'_astro/lazy.js': 'export const y=2',
		};
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), text);
		}
		const gz = (file: string) => gzipSync(files[file]!, { level: 9 }).length;
		const [page] = measurePageWeights(dist);
		expect(page).toMatchObject({
			path: '/roles/r/',
			kind: 'role',
			template: 'roles/*/',
			html: gz('roles/r/index.html'),
			css: gz('_astro/s.css'),
			js: gz('_astro/a.js') + gz('_astro/b.js') + gz('_astro/c.js'),
			lazyJs: gz('_astro/lazy.js'),
			missing: [],
		});
		expect(page!.total).toBe(page!.html + page!.css + page!.js);
		const summary = summarisePageWeights([page!]);
		expect(summary.heaviestRole?.path).toBe('/roles/r/');
		expect(summary.rolesUnderBudget).toBe(true);
		expect(summary.allUnderBudget).toBe(true);
	});
});

describe('benchmark: build logs', () => {
	const log = [
		'22:26:01 [content] Syncing content',
		' generating static routes ',
		'22:26:03   ├─ /compare/a-vs-b/index.html (+59ms) ',
		'22:26:03   └─ /roles/a/index.html (+1.5s) ',
		'22:26:06 [build] ✓ Completed in 4.50s.',
		'22:26:06 [starlight:pagefind] Building search index with Pagefind...',
		'22:26:06 [build] Waiting for integration "@astrojs/starlight", hook "astro:build:done"...',
		'22:26:06 [starlight:pagefind] Finished building search index in 466ms.',
		'22:26:06 [guide:link-check] 290 pages checked.',
		'22:26:06 [build] 290 page(s) built in 6.90s',
	];

	test('reads per-route render times, the Pagefind time and the page count', () => {
		expect(parseBuildLog(log.join('\n'))).toEqual({
			routes: [
				{ path: '/compare/a-vs-b/index.html', ms: 59 },
				{ path: '/roles/a/index.html', ms: 1500 },
			],
			pagefindMs: 466,
			pagesBuilt: 290,
		});
	});

	test('splits the wall clock into phases from when lines arrived', () => {
		const times = [100, 1000, 2000, 3000, 5000, 5100, 6000, 7000, 9000, 9500];
		const lines = log.map((text, i) => ({ ms: times[i]!, text }));
		expect(buildPhases(lines, 10_000)).toEqual({
			setup: 1000,
			render: 4000,
			'starlight:pagefind': 2000,
			'guide:link-check': 2000,
			other: 500,
			exit: 500,
		});
		expect(buildPhases([], 1)).toEqual({});
	});
});

describe('benchmark: helpers', () => {
	test('reads the search ranking from src/lib/browser/searchRanking.ts as the site uses it', () => {
		expect(parseSearchRanking(readFileSync('src/lib/browser/searchRanking.ts', 'utf8'))).toEqual(
			searchRanking,
		);
		expect(
			parseSearchRanking(
				'// {\nexport const searchRanking = { a: 1, /* } */ b: { c: "}" } } as const;',
			),
		).toEqual({ a: 1, b: { c: '}' } });
	});

	test('median and nearest-rank percentiles', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		const values = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(percentile(values, 95)).toBe(19);
		expect(percentile(values, 100)).toBe(20);
		expect(percentile([], 95)).toBeNaN();
	});

	test('the median build of several runs is the middle one by time, failed runs left out while any succeeded', () => {
		expect(
			medianRun([
				{ ok: true, ms: 90 },
				{ ok: true, ms: 70 },
				{ ok: true, ms: 80 },
			]).ms,
		).toBe(80);
		expect(
			medianRun([
				{ ok: true, ms: 90 },
				{ ok: true, ms: 70 },
			]).ms,
		).toBe(70);
		expect(
			medianRun([
				{ ok: false, ms: 10 },
				{ ok: true, ms: 90 },
				{ ok: true, ms: 70 },
			]).ms,
		).toBe(70);
		expect(medianRun([{ ok: false, ms: 10 }]).ok).toBe(false);
	});

	test('plain baseline pages are valid Starlight frontmatter with a title', () => {
		const front = parseFrontmatter(plainPage(7)).frontmatter;
		expect(front['title']).toMatch(/^Page 7 on /);
		expect(String(front['description']).length).toBeGreaterThan(20);
	});
});

describe('benchmark: search like a reader', () => {
	test('reads the test questions from tests/searchQueries.ts, each distinct query once, in order', () => {
		const read = parseSearchQueries(readFileSync('tests/searchQueries.ts', 'utf8'));
		expect(read).toEqual([...new Set(searchQueries.map(([query]) => query))]);
		expect(read.length).toBeGreaterThan(100);
		expect(
			parseSearchQueries(
				"export const queries: X[] = [\n\t// a ] comment\n\t['a [b]', 'x/', 1],\n\t['c', 'y/', 3],\n\t['a [b]', 'z/', 3],\n];",
			),
		).toEqual(['a [b]', 'c']);
		expect(() => parseSearchQueries('export const queries = [[1, "x", 1]];')).toThrow(/Entry 1/);
		expect(() => parseSearchQueries('export const others = [];')).toThrow(/Cannot find/);
	});

	test('finds the closing bracket past strings and comments, and evaluates plain literals', () => {
		const source = "x = { a: \"}\", b: [1, '] \\' ]'], /* } */ c: `{` } // }";
		expect(matchingBracket(source, 4)).toBe(source.lastIndexOf('}', source.indexOf('//')));
		expect(matchingBracket('{ [ }', 0)).toBe(-1);
		expect(
			evaluateLiteral('export const v = [1, { a: "]" }]; // [', /export const v\s*=\s*\[/, 'v'),
		).toEqual([1, { a: ']' }]);
		expect(() =>
			evaluateLiteral('export const v = [1, 2;', /export const v\s*=\s*\[/, 'v'),
		).toThrow(/unbalanced/);
	});

	test("the baseline config is ours with the guide's Starlight plugin told to leave search alone, and nothing else changed", () => {
		const ours = readFileSync('astro.config.mjs', 'utf8');
		const plain = plainSearchConfig(ours);
		const changed = ours.split('\n').filter((line) => !plain.split('\n').includes(line));
		expect(changed.map((line) => line.trim())).toEqual(['plugins: [starlightPatches()],']);
		expect(plain).toContain('plugins: [starlightPatches({ search: false })],');
		expect(() => plainSearchConfig(ours.replace('starlightPatches()', 'starlightPatches'))).toThrow(
			/expected one "starlightPatches\(\)"/,
		);
	});

	test('two Pagefind bundles are the same when every file has the same bytes', () => {
		const root = mkdtempSync(join(tmpdir(), 'bench-index-'));
		try {
			for (const side of ['a', 'b']) {
				mkdirSync(join(root, side, 'index'), { recursive: true });
				writeFileSync(join(root, side, 'pagefind.js'), 'same');
				writeFileSync(join(root, side, 'index', 'x.pf_index'), side === 'a' ? 'one' : 'two');
			}
			writeFileSync(join(root, 'b', 'only-b.pf_meta'), '');
			expect(differingFiles(join(root, 'a'), join(root, 'b'))).toEqual([
				'index/x.pf_index',
				'only-b.pf_meta',
			]);
			expect(differingFiles(join(root, 'a'), join(root, 'a'))).toEqual([]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	test('reads the dialog: results count as shown once every listed result has its title, or there are none', () => {
		const base = {
			query: 'ml engineer',
			area: true,
			message: '',
			list: false,
			items: [] as boolean[],
		};
		expect(dialogState({ ...base, area: false })).toBe('waiting');
		// Another query's message (e.g. the part typed before the last key) is not this query's.
		expect(
			dialogState({ ...base, message: '12 results for ml enginee', list: true, items: [true] }),
		).toBe('waiting');
		expect(dialogState({ ...base, message: 'Searching for ml engineer...' })).toBe('searching');
		expect(
			dialogState({
				...base,
				message: '12 results for ml engineer',
				list: true,
				items: [true, false, true],
			}),
		).toBe('loading');
		expect(
			dialogState({
				...base,
				message: '12 results for ml engineer',
				list: true,
				items: [true, true, true, true, true],
			}),
		).toBe('shown');
		expect(
			dialogState({ ...base, message: 'No results for ml engineer', list: true, items: [] }),
		).toBe('shown');
	});

	test('compares the dialogs on warm samples: medians, 95th percentiles, their ratios and the paired difference', () => {
		const sample = (site: string, query: string, round: number, ms: number): DialogSample => ({
			site,
			query,
			round,
			ms,
			toSearchingMs: 300,
			searchMs: ms - 300,
			inputDelayMs: 1,
			results: 5,
			answers: site === 'ours' ? 1 : 0,
			retries: 0,
		});
		const samples = [
			sample('ours', 'a', 0, 900),
			sample('plain', 'a', 0, 800),
			...[1, 2].flatMap((round) => [
				sample('ours', 'a', round, 420),
				sample('plain', 'a', round, 400),
				sample('ours', 'b', round, 500),
				sample('plain', 'b', round, 410),
			]),
		];
		const result = compareDialogs(samples, { debounceMs: 300, goalRatio: 1.1 });
		expect(result.sites['ours']?.cold).toMatchObject({ n: 1, median: 900 });
		expect(result.sites['ours']?.warm).toMatchObject({ n: 4, median: 460, p95: 500 });
		expect(result.sites['plain']?.warm).toMatchObject({ n: 4, median: 405, p95: 410 });
		expect(result.sites['ours']?.afterDebounce.median).toBe(160);
		expect(result.ratio).toEqual({ median: 1.136, p95: 1.22, afterDebounceMedian: 1.524 });
		expect(result.pairedDifferenceMedian).toBe(55);
		expect(result.met).toBe(false);
		expect(result.slowest[0]).toEqual({ query: 'b', ours: 500, plain: 410 });
		expect(result.sites['ours']?.withAnswers).toBe(4);
		expect(compareDialogs(samples, { goalRatio: 1.25 }).met).toBe(true);
		expect(() => compareDialogs(samples.filter((s) => s.site === 'ours'))).toThrow(/both/);
	});
});
