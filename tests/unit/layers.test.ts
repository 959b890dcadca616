import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layers of `src/`, lowest first, and what each may import. Data flows one way, from the content
 * through the schemas and `lib/` to components and pages; code shipped to the browser
 * (`lib/browser/`, `scripts/`) depends on nothing that reads collections or needs Node. Inside the
 * guide, `lib/ingest/` reads and validates records (the loaders use it and nothing above it), the
 * checks in `lib/guide/checks/` and the page computations in `lib/guide/pages/` both stand on the
 * model in `lib/guide/`, and neither uses the other.
 */
const layers: { layer: string; mayImport: string[]; packages?: RegExp }[] = [
	{ layer: 'util', mayImport: ['util'], packages: /^$/ },
	{ layer: 'schemas', mayImport: ['util', 'schemas'], packages: /^astro\/zod$/ },
	{ layer: 'lib/browser', mayImport: ['util', 'lib/browser'], packages: /^$/ },
	{
		layer: 'lib/build',
		mayImport: ['util', 'lib/browser', 'lib/build'],
		packages: /^(node:|astro\/errors$|@napi-rs\/canvas$|sharp$)/,
	},
	{
		layer: 'lib/ingest',
		mayImport: ['util', 'schemas', 'lib/ingest'],
		packages: /^(astro\/zod|astro\/errors|js-yaml|@astrojs\/markdown-remark)$/,
	},
	{
		layer: 'lib/guide',
		mayImport: ['util', 'schemas', 'lib/browser', 'lib/ingest', 'lib/guide', 'lib/guide/checks'],
	},
	{
		layer: 'lib/guide/checks',
		mayImport: ['util', 'schemas', 'lib/browser', 'lib/ingest', 'lib/guide', 'lib/guide/checks'],
	},
	{
		layer: 'lib/guide/pages',
		mayImport: ['util', 'schemas', 'lib/browser', 'lib/guide', 'lib/guide/pages'],
	},
	{ layer: 'loaders', mayImport: ['util', 'schemas', 'lib/ingest', 'loaders'] },
	{ layer: 'scripts', mayImport: ['util', 'lib/browser', 'scripts', 'styles'], packages: /^$/ },
	{
		layer: 'components',
		mayImport: [
			'util',
			'schemas',
			'lib/browser',
			'lib/guide',
			'lib/guide/pages',
			'components',
			'styles',
			'scripts',
		],
	},
	{ layer: 'integrations', mayImport: ['util', 'lib/browser', 'lib/build', 'integrations'] },
	{
		layer: 'routeMiddleware',
		mayImport: [
			'util',
			'lib/browser',
			'lib/ingest',
			'lib/guide',
			'lib/guide/pages',
			'lib/build',
			'routeMiddleware',
		],
	},
	{ layer: 'styles', mayImport: ['styles'] },
	{
		layer: 'pages',
		mayImport: [
			'util',
			'schemas',
			'lib/browser',
			'lib/guide',
			'lib/guide/pages',
			'lib/build',
			'components',
			'styles',
			'scripts',
			'pages',
		],
	},
];

const src = join(process.cwd(), 'src');
const files = readdirSync(src, { recursive: true, withFileTypes: true })
	.filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
	.map((e) => join(e.parentPath, e.name));

/** The layer a file of `src/` belongs to: the longest layer whose folder holds it. */
function layerOf(file: string): string | undefined {
	const path = relative(src, file).split(sep).join('/');
	return layers
		.map((l) => l.layer)
		.filter((l) => path.startsWith(`${l}/`))
		.sort((a, b) => b.length - a.length)[0];
}

/**
 * Every module specifier a file imports: static imports and re-exports (statements that start a
 * line, as in `.astro` frontmatter and `<script>` blocks too) and dynamic `import("…")`.
 */
function importsOf(text: string): string[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	const sideEffects = [...code.matchAll(/^\s*import\s*(['"])([^'"\n]+)\1/gm)];
	const statements = [
		...code.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"\n]+)\1/gm),
	];
	const dynamic = [...code.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g)];
	return [...sideEffects, ...statements, ...dynamic].map((m) => m[2] ?? '');
}

describe('layers: nothing imports from a layer above it', () => {
	test('every file of src/ outside the entry points belongs to a layer', () => {
		const entryPoints = ['content.config.ts', 'middleware.ts', 'env.d.ts'];
		const unplaced = files.filter((f) => !layerOf(f) && !entryPoints.includes(relative(src, f)));
		expect(unplaced.map((f) => relative(src, f))).toEqual([]);
	});

	test.each(layers)('$layer imports only from $mayImport', ({ layer, mayImport, packages }) => {
		const broken: string[] = [];
		for (const file of files.filter((f) => layerOf(f) === layer)) {
			for (const spec of importsOf(readFileSync(file, 'utf8'))) {
				const local = spec.startsWith('~/')
					? join(src, spec.slice(2))
					: spec.startsWith('.')
						? resolve(dirname(file), spec)
						: undefined;
				const where = `${relative(src, file)} imports "${spec}"`;
				if (local === undefined) {
					if (packages && !packages.test(spec))
						broken.push(`${where}, a package ${layer} must not depend on`);
					continue;
				}
				const target = layerOf(local);
				if (!target || !mayImport.includes(target))
					broken.push(`${where}, in ${target ?? 'no layer'}`);
			}
		}
		expect(broken).toEqual([]);
	});
});
