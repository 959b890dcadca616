// @ts-check
/**
 * The baseline of the build-growth benchmark: a plain Starlight site, with no custom code, only
 * `@astrojs/starlight` and a docs collection of MDX pages, as many as the guide's build produced.
 *
 * Starlight's default sidebar lists every page, which at thousands of pages would make the baseline
 * quadratic (every page rendering a link to every other) and nothing like the guide, whose sidebar
 * lists only lessons, roles and four links. So the baseline's sidebar autogenerates from one folder,
 * `guide/`, holding as many pages as the guide's sidebar has entries; the other pages live in `pages/`,
 * outside the sidebar, like the guide's comparison, skill and tool pages.
 *
 * Like ours, it sets \`site\`, so Starlight also writes a sitemap.
 *
 * Each page is ~1.5 KB of MDX: a title and description, an intro, three sections with paragraphs,
 * a list and a small table, with words that vary by page so the search index has real work to do.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './projectCopy.mjs';

const words = [
	'model',
	'pipeline',
	'feature',
	'dataset',
	'training',
	'inference',
	'latency',
	'drift',
	'embedding',
	'vector',
	'prompt',
	'evaluation',
	'cluster',
	'schema',
	'warehouse',
	'stream',
	'batch',
	'monitor',
	'deploy',
	'notebook',
	'experiment',
	'metric',
	'label',
	'tensor',
	'kernel',
	'retrieval',
	'agent',
	'policy',
	'gradient',
	'sampling',
];

/**
 * The MDX of baseline page number `n`.
 * @param {number} n
 * @returns {string}
 */
export function plainPage(n) {
	/** @param {number} i */
	const word = (i) => words[(n * 7 + i * 13) % words.length] ?? 'page';
	const sentence = (/** @type {number} */ i) =>
		`The ${word(i)} and the ${word(i + 1)} of page ${n} are described here so that readers can compare the ${word(i + 2)} with the ${word(i + 3)}.`;
	return `---
title: Page ${n} on ${word(0)} and ${word(1)}
description: A plain page of the baseline site, number ${n}, about ${word(0)}, ${word(1)} and ${word(2)}.
---

${sentence(0)} ${sentence(4)}

## Overview

${sentence(8)} ${sentence(12)} ${sentence(16)}

- ${word(3)} before ${word(4)}
- ${word(5)} after ${word(6)}
- ${word(7)} with ${word(8)}

## Details

| What | How | Why |
| --- | --- | --- |
| ${word(9)} | ${word(10)} | ${word(11)} |
| ${word(12)} | ${word(13)} | ${word(14)} |
| ${word(15)} | ${word(16)} | ${word(17)} |

## Notes

${sentence(20)} ${sentence(24)}
`;
}

/**
 * Writes a plain Starlight site with `pages` MDX pages into `dir` (which must be inside the project,
 * under `.tmp/`, so it resolves the project's packages).
 * @param {string} dir
 * @param {{ pages: number, sidebarPages: number }} options `sidebarPages` of them are in the sidebar.
 * @returns {void}
 */
export function writePlainStarlightSite(dir, { pages, sidebarPages }) {
	const docs = join(dir, 'src/content/docs');
	mkdirSync(join(docs, 'guide'), { recursive: true });
	mkdirSync(join(docs, 'pages'), { recursive: true });
	// The dependencies are declared as in any Starlight project (same versions as ours): Astro finds the
	// packages to bundle for the server build (Starlight's .astro and virtual-module imports) by
	// crawling package.json, and a site that declares none fails on `astro:` imports.
	const ours = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
	const dependencies = Object.fromEntries(
		['astro', '@astrojs/starlight'].map((name) => [name, ours.dependencies?.[name] ?? '*']),
	);
	writeFileSync(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'bench-plain-starlight', private: true, type: 'module', dependencies }, null, '\t')}\n`,
	);
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.org',
	integrations: [starlight({ title: 'Plain Starlight baseline', sidebar: [{ label: 'Guide', items: [{ autogenerate: { directory: 'guide' } }] }] })],
});
`,
	);
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const width = String(pages).length;
	for (let n = 1; n <= pages; n++) {
		const file =
			n === 1
				? 'index.mdx'
				: `${n <= sidebarPages + 1 ? 'guide' : 'pages'}/page-${String(n).padStart(width, '0')}.mdx`;
		writeFileSync(join(docs, file), plainPage(n));
	}
}
