/** What the link checker needs from one built HTML page. */
export interface PageLinks {
	/** Ids of elements on the page (anchor targets). */
	ids: Set<string>;
	/** `href`s of the page's `<a>` elements, entity-decoded. */
	links: string[];
}

/** A link that leads nowhere. */
export interface BrokenLink {
	/** The page the link is on (URL path, base path included). */
	page: string;
	/** The link as written. */
	href: string;
	/** Why it is broken. */
	reason: string;
}

const decode = (text: string) =>
	text.replace(
		/&(amp|quot|#39|lt|gt);/g,
		(_, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? _,
	);

/** Extracts element ids and `<a href>` values from a built HTML page. */
export function extractLinks(html: string): PageLinks {
	const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
	const links = [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => decode(m[1]!));
	return { ids, links };
}

/**
 * External links that are unsafe to follow: plain `http://` ones, and ones that open a new tab
 * without `rel="noopener"` (which would let the opened page control this one).
 */
export function findUnsafeExternalLinks(html: string): { href: string; reason: string }[] {
	return [...html.matchAll(/<a\s([^>]*?)>/g)].flatMap(([, attrs]) => {
		const href = decode(/href="([^"]*)"/.exec(attrs!)?.[1] ?? '');
		if (href.startsWith('http://'))
			return [{ href, reason: 'uses http; link to the https address' }];
		if (/target="_blank"/.test(attrs!) && !/rel="[^"]*\bnoopener\b/.test(attrs!))
			return [{ href, reason: 'opens a new tab without rel="noopener"' }];
		return [];
	});
}

/**
 * Finds internal links that lead to no page or file, or to a section id the target page lacks.
 * External links (`https:`, `mailto:` …) are not fetched.
 * @param pages Built pages by URL path (e.g. `/ai-roles/roles/ml-engineer/`).
 * @param files Every built file's URL path (e.g. `/ai-roles/api/roles.json`), for links to non-HTML files.
 * @param base The site's base path (e.g. `/` or `/ai-roles/`); every internal link must stay under it.
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, PageLinks>,
	files: ReadonlySet<string>,
	base: string,
): BrokenLink[] {
	const broken: BrokenLink[] = [];
	// A site-absolute link resolves the same on every page, and the same few hundred recur on
	// thousands of pages: resolve each once.
	const absolute = new Map<string, { path: string; fragment: string }>();
	const resolve = (href: string, page: string) => {
		const cached = href.startsWith('/') ? absolute.get(href) : undefined;
		if (cached) return cached;
		const url = new URL(href, `http://site${page}`);
		const resolved = {
			path: decodeURIComponent(url.pathname),
			fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : '',
		};
		if (href.startsWith('/')) absolute.set(href, resolved);
		return resolved;
	};
	for (const [page, { links }] of pages) {
		for (const href of links) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const { path, fragment } = resolve(href, page);
			if (!path.startsWith(base)) {
				broken.push({ page, href, reason: `leaves the base path ${base}` });
				continue;
			}
			const target = pages.get(path) ?? pages.get(path.endsWith('/') ? path : `${path}/`);
			if (!target) {
				if (!files.has(path)) broken.push({ page, href, reason: 'leads to no page or file' });
				else if (fragment)
					broken.push({ page, href, reason: 'has a section id, but leads to a file' });
				continue;
			}
			if (fragment && fragment !== '_top' && !target.ids.has(fragment)) {
				broken.push({
					page,
					href,
					reason: `leads to ${path}, which has no section with the id "${fragment}"`,
				});
			}
		}
	}
	return broken;
}
