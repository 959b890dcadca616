/**
 * The files static hosts read beside the pages: `_redirects` (Netlify, Cloudflare Pages and others),
 * which turns the pages left at alternative addresses (`/roles/mle/`, reversed comparison URLs) into
 * real 301 redirects where the host supports it, and `_headers`, which lets the hashed build assets
 * be cached for a year. The redirect pages stay in the build for hosts that read neither file.
 */

/** One redirect: the address a redirect page sits at and the address it sends readers on to, both site paths with the base. */
export interface Redirect {
	from: string;
	to: string;
}

/** The target of a redirect page (its meta refresh's URL), or undefined for a page that is not one. */
export function redirectTarget(html: string): string | undefined {
	const head = html.slice(0, 600);
	return /<meta http-equiv="refresh" content="0; url=([^"]+)"/i
		.exec(head)?.[1]
		?.replaceAll('&amp;', '&');
}

/** The `_redirects` file: one 301 a line, sorted, so two builds write the same bytes. */
export function redirectsFile(redirects: readonly Redirect[]): string {
	const lines = [...redirects]
		.sort((a, b) => a.from.localeCompare(b.from))
		.map((r) => `${r.from} ${r.to} 301`);
	return `# Alternative and reversed addresses, as real redirects for hosts that read this file.\n${lines.join('\n')}\n`;
}

/** The `_headers` file: hashed build assets never change, so hosts may cache them for a year. */
export function headersFile(base: string): string {
	const root = base.replace(/\/?$/, '/');
	return `# Hashed build assets never change under the same name.\n${root}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`;
}

/** The redirects whose target is not a page of the build, each as a sentence (empty when all lead somewhere). */
export function brokenRedirects(
	redirects: readonly Redirect[],
	pageExists: (path: string) => boolean,
): string[] {
	return redirects
		.filter((r) => !pageExists(r.to))
		.map((r) => `${r.from} redirects to ${r.to}, which is not a page of the build`);
}
