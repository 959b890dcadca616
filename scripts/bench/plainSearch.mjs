// @ts-check
/**
 * The baseline of the search benchmark: the same site, built with Starlight's own search dialog.
 *
 * A copy of the project whose `astro.config.mjs` loses the three things the guide adds to search:
 * - the `Search:` component override (`src/components/starlight/Search.astro`, which renames the
 *   search button), so Starlight's own `Search.astro` renders;
 * - the Vite plugin `guide-pagefind-config`, which puts `src/scripts/pagefindConfig.ts` in place of
 *   Starlight's `virtual:starlight/pagefind-config`: with it gone, Pagefind's UI gets Starlight's
 *   options (the `pagefind` setting as JSON, the same ranking) and no `processTerm`, so no
 *   vocabulary fetch, no `interpretQuery`, no best answers;
 * - the Vite plugin `guide-lazy-pagefind-styles`, which moves Pagefind's UI stylesheet out of the
 *   page CSS and into that lazily loaded module: without it the stylesheet is where Starlight puts it.
 * Everything else (content, pages, the `pagefind` ranking in Starlight's options) is untouched, so
 * both builds have the same pages and the same Pagefind index; the benchmark checks that the index
 * files are byte-for-byte identical.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.mjs';
import { matchingBracket } from './sourceText.mjs';

/** The guide's Vite plugins that change search: each one's name, and how it appears in the config. */
export const searchPlugins = { 'guide-pagefind-config': "name: 'guide-pagefind-config'", 'guide-lazy-pagefind-styles': 'lazyPagefindStyles()' };

/** The line of Starlight's `components` that swaps in the guide's search component. */
const searchOverride = /^[ \t]*Search: '\.\/src\/components\/starlight\/Search\.astro',?[ \t]*\r?\n/m;

/**
 * The baseline's `astro.config.mjs`: ours without the `Search:` override and with the guide's search
 * plugins filtered out of `vite.plugins` (by name, so the rest of the file stays as written). Throws
 * when the config no longer has what it removes, rather than measuring a baseline that is not one.
 * @param {string} source Our `astro.config.mjs`.
 * @returns {string}
 */
export function plainSearchConfig(source) {
	const overrides = source.match(new RegExp(searchOverride.source, 'gm')) ?? [];
	if (overrides.length !== 1) throw new Error(`astro.config.mjs: expected one "Search: './src/components/starlight/Search.astro'," line in Starlight's components, found ${overrides.length}.`);
	const withoutOverride = source.replace(searchOverride, '');
	const vite = withoutOverride.indexOf('vite: {');
	const plugins = vite < 0 ? null : /\bplugins:\s*\[/g;
	if (plugins) plugins.lastIndex = vite;
	const found = plugins?.exec(withoutOverride);
	if (!found) throw new Error('astro.config.mjs: cannot find the "plugins: [" list of the "vite: {" settings.');
	const open = found.index + found[0].length - 1;
	const close = matchingBracket(withoutOverride, open);
	if (close < 0) throw new Error('astro.config.mjs: the vite plugins list has unbalanced brackets.');
	const list = withoutOverride.slice(open, close + 1);
	for (const [name, appears] of Object.entries(searchPlugins)) {
		if (!list.includes(appears)) throw new Error(`astro.config.mjs: the vite plugins no longer include ${appears} (${name}); update scripts/bench/plainSearch.mjs.`);
	}
	const names = Object.keys(searchPlugins).map((name) => `'${name}'`);
	const filter = `.filter((plugin) => ![${names.join(', ')}].includes(plugin?.name))`;
	return withoutOverride.slice(0, close + 1) + filter + withoutOverride.slice(close + 1);
}

/**
 * Rewrites the `astro.config.mjs` of a project copy into the baseline's.
 * @param {string} dir A copy of the project.
 * @returns {void}
 */
export function makePlainSearchCopy(dir) {
	const file = join(dir, 'astro.config.mjs');
	writeFileSync(file, plainSearchConfig(readFileSync(file, 'utf8')));
}

/**
 * The files that differ between two Pagefind bundles (`dist/pagefind/`): missing on either side or
 * with different bytes. Empty when the two builds have the same index.
 * @param {string} a
 * @param {string} b
 * @returns {string[]}
 */
export function differingFiles(a, b) {
	const left = listFiles(a);
	const right = new Set(listFiles(b));
	const differ = left.filter((file) => !right.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
	for (const file of right) if (!left.includes(file)) differ.push(file);
	return differ.sort();
}

/**
 * Whether any built script of a build mentions `text` (e.g. "Best answers", the heading our dialog's
 * best answers get), to check which dialog a build has.
 * @param {string} distDir
 * @param {string} text
 * @returns {boolean}
 */
export function scriptsMention(distDir, text) {
	const dir = join(distDir, '_astro');
	return readdirSync(dir).some((file) => file.endsWith('.js') && readFileSync(join(dir, file), 'utf8').includes(text));
}
