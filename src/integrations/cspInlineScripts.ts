import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { addInlineScriptHashes } from '../lib/cspHashes';

/**
 * Completes each built page's Content-Security-Policy with the hashes of its inline scripts that
 * Astro's `security.csp` does not hash itself (`is:inline` scripts), so the policy needs no
 * `'unsafe-inline'` for scripts.
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
					const updated = addInlineScriptHashes(html);
					if (updated !== html) {
						await writeFile(file, updated);
						changed++;
					}
				}
				logger.info(`Added inline-script hashes to the CSP of ${changed} of ${pages.length} pages.`);
			},
		},
	};
}
