import type { Plugin } from 'vite';

/** Where Starlight's search component keeps its global styles, which open with Pagefind's UI stylesheet. */
const starlightSearchStyles =
	/@astrojs\/starlight\/.*components\/Search\.astro\?astro&type=style&index=1&lang\.css$/;
/** How that stylesheet begins once Astro has inlined Starlight's `@import` of it. */
const pagefindBlockStart = '@layer starlight.core {\n.pagefind-ui__result';

/**
 * Takes Pagefind's UI stylesheet (about 3 KB gzip) out of every page's render-blocking CSS.
 * Starlight imports it with its search component, so each page paid for the styles of a dialog the
 * reader may never open; `src/styles/pagefindUi.css` brings them back when the browser is idle,
 * together with the UI itself (see `src/scripts/pagefindConfig.ts`). Starlight's own adjustments to
 * the dialog stay where they are. If a Starlight upgrade changes how the styles begin, the build fails
 * and says what to update.
 */
export function lazyPagefindStyles(): Plugin {
	return {
		name: 'guide-lazy-pagefind-styles',
		enforce: 'pre',
		transform(code, id) {
			if (!starlightSearchStyles.test(id)) return undefined;
			if (!code.startsWith(pagefindBlockStart)) {
				this.error(
					`Starlight's search styles no longer begin with Pagefind's UI stylesheet (${JSON.stringify(pagefindBlockStart)}), so it would block every page again. Update src/integrations/lazyPagefindStyles.ts to Starlight's Search component, or drop the patch from src/integrations/starlightPatches.ts if Starlight loads the stylesheet lazily itself.`,
				);
			}
			let depth = 0;
			for (let i = code.indexOf('{'); i < code.length; i++) {
				if (code[i] === '{') depth++;
				else if (code[i] === '}' && --depth === 0) return { code: code.slice(i + 1), map: null };
			}
			this.error(
				`Pagefind's UI stylesheet in Starlight's search styles has unbalanced braces; update src/integrations/lazyPagefindStyles.ts.`,
			);
		},
	};
}
