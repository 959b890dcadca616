/**
 * The page left at an old or alternative address (`/roles/mle/`, a comparison's reversed URL): a
 * complete, valid HTML document that sends browsers on at once, tells search engines the real
 * address and not to index this one, and shows a link for anything that does not follow refreshes.
 * Astro's own redirect page has no `lang`, no `<html>` and a refresh value without its space.
 */
import { escapeHtml } from '../../util/html';

/** The HTML of a redirect page. `to` is the target's URL path; `site` the origin for the canonical link. */
export function redirectHtml(from: string, to: string, site: URL | undefined): string {
	const target = escapeHtml(to);
	const canonical = escapeHtml(new URL(to, site ?? 'http://localhost').href);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved to ${target}</title><meta http-equiv="refresh" content="0; url=${target}"><meta name="robots" content="noindex"><link rel="canonical" href="${canonical}"><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><p>This page has moved: <a href="${target}">${target}</a> (from <code>${escapeHtml(from)}</code>).</p></body></html>`;
}

/**
 * Whether a built page is a redirect page: it sends browsers on with a refresh. Checked in the first
 * bytes, where a redirect page's `<head>` has it and no real page does.
 */
export function isRedirectPage(html: string): boolean {
	return /<meta http-equiv="refresh"/i.test(html.slice(0, 600));
}

/** A response serving a redirect page, for a page's frontmatter to return. */
export function redirectResponse(from: string, to: string, site: URL | undefined): Response {
	return new Response(redirectHtml(from, to, site), {
		headers: { 'content-type': 'text/html; charset=utf-8' },
	});
}
