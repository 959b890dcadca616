import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { cspInlineScripts } from './cspInlineScripts';
import { lazyPagefindStyles } from './lazyPagefindStyles';

/**
 * Every place the guide reaches into Starlight's internals rather than its documented options, in
 * one plugin. Each patch says what it works around and fails the build, naming itself and what to
 * update, when Starlight's code no longer looks as it expects (`tests/unit/starlightPatches.test.ts`
 * checks the installed Starlight against the same expectations). No upstream issue asks for any of
 * these as of Starlight 0.42.4; if Starlight gains an option for one, the patch goes.
 *
 * 1. **The search dialog reads queries** (`guide-pagefind-config`): Starlight passes its `pagefind`
 *    option to Pagefind's UI as JSON, which cannot carry a function, so a `processTerm` that reads a
 *    reader's question is impossible through the option. The virtual module holding that JSON is
 *    replaced by `src/scripts/pagefindConfig.ts`.
 * 2. **Pagefind's UI stylesheet loads with the UI** (`guide-lazy-pagefind-styles`): Starlight's search
 *    component `@import`s it globally, so every page blocks on 3 KB of CSS for a dialog the reader may
 *    never open (see `lazyPagefindStyles.ts`).
 * 3. **The search button's accessible name** (the `Search` component override,
 *    `src/components/starlight/SearchButtonName.astro`): Starlight names the button "Search" while it
 *    shows "Search Ctrl K", against WCAG 2.5.3.
 * 4. **Hashes for Starlight's inline scripts** (always on) (`cspInlineScripts.ts`): Astro's CSP hashes the scripts
 *    it bundles, not Starlight's `is:inline` ones, so the policy would need `'unsafe-inline'`.
 */
export function starlightPatches(options: { search?: boolean } = {}): StarlightPlugin {
	const { search = true } = options;
	return {
		name: 'guide-starlight-patches',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration }) {
				addIntegration(cspInlineScripts());
				// `search: false` leaves Starlight's search exactly as Starlight ships it (the search benchmark's baseline).
				if (!search) return;
				updateConfig({
					components: { ...config.components, Search: './src/components/starlight/Search.astro' },
				});
				addIntegration({
					name: 'guide-starlight-patches:vite',
					hooks: {
						'astro:config:setup': ({ updateConfig: updateAstroConfig }) => {
							updateAstroConfig({ vite: { plugins: [pagefindConfig(), lazyPagefindStyles()] } });
						},
					},
				});
			},
		},
	};
}

/** The module Starlight's search imports its Pagefind options from. */
export const pagefindConfigModule = 'virtual:starlight/pagefind-config';

/** Patch 1: the guide's Pagefind options, with the function that reads a query, in place of Starlight's JSON. */
function pagefindConfig(): Plugin {
	const replacement = fileURLToPath(new URL('../scripts/pagefindConfig.ts', import.meta.url));
	return {
		name: 'guide-pagefind-config',
		enforce: 'pre',
		resolveId: (id) => (id === pagefindConfigModule ? replacement : undefined),
	};
}
