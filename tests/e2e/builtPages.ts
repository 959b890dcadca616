import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isRedirectPage } from '../../src/lib/build/redirectPage';

export interface BuiltPage {
	/** The page's path relative to the base URL, e.g. `roles/ml-engineer/`. */
	path: string;
	/** The size of its HTML file, to pick the fullest page of a template. */
	bytes: number;
}

/** Every page of the build, except redirect stubs. */
export function builtPages(): BuiltPage[] {
	const dist = join(process.cwd(), 'dist');
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.map((file) => ({ file, html: readFileSync(file, 'utf8') }))
		.filter(({ html }) => !isRedirectPage(html))
		.map(({ file, html }) => ({
			path: relative(dist, file)
				.split(sep)
				.join('/')
				.replace(/index\.html$/, ''),
			bytes: html.length,
		}))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The template a page is made from: its path with the id (the second segment) replaced by `*`,
 * as in Astro's routes (`roles/[id]/roadmap/`). Pages of a template share their markup and
 * styles and differ only in data.
 */
export function templateOf(path: string): string {
	const segments = path.split('/').filter(Boolean);
	return segments.map((s, i) => (i === 1 ? '*' : s)).join('/');
}

/**
 * The pages the second theme is checked on: the fullest page of each template, and every page of a
 * template with few pages (the lessons, whose content differs page by page). Only colours change
 * between themes, and a template's colours are the same on each of its pages.
 */
export function pagesPerTemplate(pages: BuiltPage[], fewest = 8): string[] {
	const byTemplate = Map.groupBy(pages, (p) => templateOf(p.path));
	return [...byTemplate.values()]
		.flatMap((group) =>
			group.length <= fewest ? group : [group.reduce((a, b) => (b.bytes > a.bytes ? b : a))],
		)
		.map((p) => p.path);
}
