// @ts-check
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/linkCheck';
import { starlightPatches } from './src/integrations/starlightPatches';
import { sitemapFilter } from './src/integrations/sitemapFilter';
import { hostFiles } from './src/integrations/hostFiles';
import { socialCards } from './src/integrations/socialCards';
import rehypeBaseLinks from './src/integrations/rehypeBaseLinks';
import { repositoryEditBase } from './src/lib/build/repository';
import { searchRanking } from './src/lib/browser/searchRanking';
import { siteDescription, siteTitle } from './src/util/site';

/** The canonical origin, for canonical URLs, the sitemap and Open Graph tags. */
const site = process.env.SITE_URL ?? 'https://ai-roles-guide.example.org';
/** A base path for hosts that serve the site from a sub-folder, e.g. `/ai-roles/`. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Starlight turns on prefetching every link by default: a script on every page (1.1 KB gzip) and
	// pages fetched that the reader may never open. The guide's pages are small and static.
	prefetch: false,
	security: {
		// Every page gets a strict Content-Security-Policy: nothing loads from another origin, and no
		// inline script runs unless its hash is listed (src/integrations/cspInlineScripts.ts adds the
		// ones Astro does not hash itself). Pagefind's search runs WebAssembly; Starlight sets a few
		// style attributes, which only style-src-attr allows.
		csp: {
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			// Astro warns that style-src's 'self' does not reach style-src-attr: intended, since a style
			// attribute loads nothing; the warning has no setting to turn it off.
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	markdown: {
		// Starlight highlights code blocks with Expressive Code; Shiki's inline styles would clash with the CSP.
		syntaxHighlight: false,
		// Root-relative links written in lessons get the base path, like links built in components.
		processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }),
	},
	integrations: [
		starlight({
			// Where the guide works around Starlight's internals: one plugin, each patch with its reason.
			plugins: [starlightPatches()],
			title: siteTitle,
			description: siteDescription,
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Sidebar: './src/components/starlight/Sidebar.astro',
				LanguageSelect: './src/components/starlight/LanguageSelect.astro',
			},
			// One job each, run in this order for every Starlight page.
			routeMiddleware: [
				'./src/routeMiddleware/checkGuide.ts',
				'./src/routeMiddleware/metaTags.ts',
				'./src/routeMiddleware/generatedPageSources.ts',
				'./src/routeMiddleware/roleHead.ts',
				'./src/routeMiddleware/roleSections.ts',
				'./src/routeMiddleware/roleToc.ts',
				'./src/routeMiddleware/lessonPager.ts',
			],
			// Our own 404 page (src/pages/404.astro) offers search and the role list.
			disable404Route: true,
			customCss: ['./src/styles/guide.css'],
			head: [
				// Before the first paint, so parts that need a script (the self-assessment, the skill gap,
				// the roadmap's controls) are laid out from the start instead of appearing later and
				// pushing the page down; without scripts they never show (see data-needs-js in guide.css).
				{ tag: 'script', content: "document.documentElement.classList.add('js')" },
			],
			sidebar: [
				{ label: 'Start here', items: [{ autogenerate: { directory: 'content/lessons' } }] },
				{ label: 'Roles', items: [{ autogenerate: { directory: 'content/roles' } }] },
				{
					label: 'Compare and look up',
					items: [
						{ label: 'Find your path', link: '/find-your-path/' },
						{ label: 'Compare roles', link: '/compare/' },
						{ label: 'Skills', link: '/skills/' },
						{ label: 'Tools', link: '/tools/' },
						{ label: 'Portfolio projects', link: '/projects/' },
						{ label: 'Sources', link: '/sources/' },
					],
				},
			],
			lastUpdated: true,
			editLink: { baseUrl: repositoryEditBase },
			pagefind: { ranking: searchRanking },
		}),
		// Starlight adds this itself unless it is listed; listed here to leave the redirect pages out.
		sitemap({ filter: sitemapFilter(new URL('./dist/', import.meta.url), base) }),
		linkCheck(),
		hostFiles({ siteUrlSet: process.env.SITE_URL !== undefined }),
		// Last, so the cards still being drawn finish while the search index and the checks run.
		socialCards(),
	],
	vite: {
		build: {
			// Page scripts are files, not inline: they are cached from page to page, keep each page's HTML
			// within the first round trip, and need no hash in the page's Content-Security-Policy. They are
			// modules, so they never held up the first paint. Other assets keep Vite's default.
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				onwarn(warning, warn) {
					// Vite 8 warns once per MDX file about the directives MDX compiles to; they are harmless.
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
