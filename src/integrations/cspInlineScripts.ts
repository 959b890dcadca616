import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fitCspToPage } from '../lib/build/cspHashes';
import { builtFiles, forEachFile } from './builtFiles';

/**
 * Fits each built page's Content-Security-Policy to the page (see `fitCspToPage`): the hashes of
 * exactly its own inline scripts and styles, including the `is:inline` scripts Astro does not hash,
 * so the policy needs no `'unsafe-inline'` for scripts.
 */
export function cspInlineScripts(): AstroIntegration {
	return {
		name: 'guide:csp-inline-scripts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const pages = (await builtFiles(fileURLToPath(dir))).filter((file) =>
					file.endsWith('.html'),
				);
				let changed = 0;
				await forEachFile(pages, async (file, html) => {
					const updated = fitCspToPage(html);
					if (updated !== html) {
						await writeFile(file, updated);
						changed++;
					}
				});
				logger.info(
					`Fitted the CSP hashes of ${changed} of ${pages.length} pages to their inline scripts and styles.`,
				);
			},
		},
	};
}
