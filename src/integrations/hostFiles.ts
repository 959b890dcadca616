import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import {
	brokenRedirects,
	headersFile,
	type Redirect,
	redirectTarget,
	redirectsFile,
} from '../lib/build/hostFiles';
import { builtFiles, forEachFile } from './builtFiles';

/**
 * After the build: writes `_redirects` and `_headers` for the static hosts that read them, fails the
 * build if a redirect leads to no page, and says once which address the site was built for when
 * `SITE_URL` was not set.
 */
export function hostFiles(options: { siteUrlSet: boolean }): AstroIntegration {
	let base = '/';
	let site = '';
	return {
		name: 'guide:host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				site = config.site ?? '';
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const redirects: Redirect[] = [];
				const pages = (await builtFiles(out)).filter((f) => f.endsWith('.html'));
				await forEachFile(pages, (file, html) => {
					const to = redirectTarget(html);
					if (to)
						redirects.push({
							from: `${base}${relative(out, file)
								.split(sep)
								.join('/')
								.replace(/index\.html$/, '')}`,
							to,
						});
				});
				const pageExists = (path: string) =>
					path.startsWith(base) && existsSync(join(out, path.slice(base.length), 'index.html'));
				const broken = brokenRedirects(redirects, pageExists);
				if (broken.length > 0)
					throw new AstroError(
						`${broken.length} redirects lead nowhere: ${broken.join('; ')}.`,
						'Fix the alias or comparison that makes the redirect, or the page it should lead to.',
					);
				await writeFile(join(out, '_redirects'), redirectsFile(redirects));
				await writeFile(join(out, '_headers'), headersFile(base));
				logger.info(
					`${redirects.length} redirects written to _redirects, each to a page of the build; _headers caches _astro/ for a year.`,
				);
				if (!options.siteUrlSet)
					logger.warn(
						`SITE_URL is not set: canonical URLs, the sitemap, Open Graph tags and the social cards' addresses use the placeholder ${site}. Set SITE_URL (and BASE_PATH) to the address the site is published at.`,
					);
			},
		},
	};
}
