import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fitCspToPage } from '../lib/cspHashes';

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
				const root = fileURLToPath(dir);
				const pages = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
				let changed = 0;
				for (const entry of pages) {
					const file = join(entry.parentPath, entry.name);
					const html = await readFile(file, 'utf8');
					const updated = fitCspToPage(html);
					if (updated !== html) {
						await writeFile(file, updated);
						changed++;
					}
				}
				logger.info(`Fitted the CSP hashes of ${changed} of ${pages.length} pages to their inline scripts and styles.`);
			},
		},
	};
}
