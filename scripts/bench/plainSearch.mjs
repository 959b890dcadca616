// @ts-check
/**
 * The baseline of the search benchmark: the same site, built with Starlight's own search dialog.
 *
 * A copy of the project whose `astro.config.mjs` turns off the three things the guide adds to search,
 * all in its Starlight plugin (src/integrations/starlightPatches.ts):
 * - the `Search` component override (`src/components/starlight/Search.astro`, which renames the
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

/** How our config turns on the guide's patches to Starlight, and how the baseline's turns off those to its search. */
export const patchesCall = {
	ours: 'starlightPatches()',
	plain: 'starlightPatches({ search: false })',
};

/**
 * The baseline's `astro.config.mjs`: ours with the guide's Starlight plugin told to leave search alone
 * (`search: false` in src/integrations/starlightPatches.ts: no search component override, no Pagefind
 * options module, no lazy Pagefind styles; the CSP hashes stay, so Starlight's inline scripts run).
 * Throws when the config no longer calls the plugin once as expected, rather than measuring a
 * baseline that is not one.
 * @param {string} source Our `astro.config.mjs`.
 * @returns {string}
 */
export function plainSearchConfig(source) {
	const calls = source.split(patchesCall.ours).length - 1;
	if (calls !== 1)
		throw new Error(
			`astro.config.mjs: expected one "${patchesCall.ours}" in Starlight's plugins, found ${calls}; update scripts/bench/plainSearch.mjs.`,
		);
	return source.replace(patchesCall.ours, patchesCall.plain);
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
	const differ = left.filter(
		(file) => !right.has(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
	);
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
	return readdirSync(dir).some(
		(file) => file.endsWith('.js') && readFileSync(join(dir, file), 'utf8').includes(text),
	);
}
