// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

/** The canonical origin, for canonical URLs, the sitemap and Open Graph tags. */
const site = process.env.SITE_URL ?? 'https://ai-roles-guide.example.org';
/** A base path for hosts that serve the site from a sub-folder, e.g. `/ai-roles/`. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'AI & ML Roles Guide',
			description:
				'An open, sourced guide to AI and ML roles: what each role does, the skills and tools it needs, how roles differ and how to move between them.',
			components: {
				Search: './src/components/starlight/Search.astro',
			},
			routeMiddleware: './src/routeData.ts',
			customCss: ['./src/styles/guide.css'],
			sidebar: [
				{ label: 'Roles', items: [{ autogenerate: { directory: 'content/roles' } }] },
			],
			lastUpdated: false,
		}),
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
