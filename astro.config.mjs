// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/linkCheck';
import rehypeBaseLinks from './src/integrations/rehypeBaseLinks';
import { repositoryEditBase } from './src/lib/repository';
import { searchRanking } from './src/lib/searchRanking';

/** The canonical origin, for canonical URLs, the sitemap and Open Graph tags. */
const site = process.env.SITE_URL ?? 'https://ai-roles-guide.example.org';
/** A base path for hosts that serve the site from a sub-folder, e.g. `/ai-roles/`. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	markdown: {
		// Root-relative links written in lessons get the base path, like links built in components.
		rehypePlugins: [[rehypeBaseLinks, { base }]],
	},
	integrations: [
		starlight({
			title: 'AI & ML Roles Guide',
			description:
				'An open, sourced guide to AI and ML roles: what each role does, the skills and tools it needs, how roles differ and how to move between them.',
			components: {
				Search: './src/components/starlight/Search.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
			},
			routeMiddleware: './src/routeData.ts',
			// Our own 404 page (src/pages/404.astro) offers search and the role list.
			disable404Route: true,
			customCss: ['./src/styles/guide.css'],
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
					],
				},
			],
			lastUpdated: true,
			editLink: { baseUrl: repositoryEditBase },
			pagefind: { ranking: searchRanking },
		}),
		linkCheck(),
	],
	vite: {
		build: {
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
