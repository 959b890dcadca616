import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { builtFiles, forEachFile } from './builtFiles';
import {
	type BrokenLink,
	type PageLinks,
	extractLinks,
	findBrokenLinks,
	findUnsafeExternalLinks,
} from '../lib/build/linkCheck';

/**
 * Fails the build when any built page links to a page, file or section id that does not exist.
 * It reads the finished HTML, so it covers Markdown, generated pages and components alike, and
 * checks links against the base path the site is built for.
 */
export function linkCheck(): AstroIntegration {
	let base = '/';
	let root = '';
	return {
		name: 'guide:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const distDir = fileURLToPath(dir);
				const files = await builtFiles(distDir);
				const urlOf = (file: string) => base + relative(distDir, file).split(sep).join('/');
				const pages = new Map<string, PageLinks>();
				const unsafe: BrokenLink[] = [];
				await forEachFile(
					files.filter((f) => f.endsWith('.html')),
					(file, html) => {
						const url = urlOf(file).replace(/index\.html$/, '');
						pages.set(url, extractLinks(html));
						unsafe.push(...findUnsafeExternalLinks(html).map((l) => ({ page: url, ...l })));
					},
				);
				const broken = [...findBrokenLinks(pages, new Set(files.map(urlOf)), base), ...unsafe];
				if (broken.length === 0) {
					logger.info(
						`${pages.size} pages checked: every internal link and section id resolves, every external link is https.`,
					);
					return;
				}
				// Name the source file where a page comes from one, so the author knows where to look.
				const source = (page: string) => {
					const path = page.slice(base.length).replace(/\/$/, '');
					const file = ['.mdx', '.md']
						.map((ext) => join('content', `${path}${ext}`))
						.find((f) => existsSync(join(root, f)));
					return file ? ` (${file})` : '';
				};
				throw new AstroError(
					`${broken.length} broken or unsafe ${broken.length === 1 ? 'link' : 'links'}:\n\n${broken.map((b) => `${b.page}${source(b.page)} → "${b.href}" ${b.reason}`).join('\n')}`,
					'Fix each link to point at an existing page and heading id, and external links to https addresses. Pages are /roles/<id>/, /lessons/<slug>/, /compare/<a>-vs-<b>/, /skills/<id>/ and /tools/<id>/; heading ids are the heading text in lower case with hyphens.',
				);
			},
		},
	};
}
