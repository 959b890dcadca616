import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isRedirectPage } from '../lib/build/redirectPage';

/**
 * Whether a page belongs in the sitemap: every page but the redirect pages left at alternative
 * addresses (`/roles/mle/`, reversed comparison URLs), which are `noindex`. Read from the built file,
 * so that whatever makes a page a redirect, the sitemap agrees with it.
 * @param outDir the build's output folder, as a `file:` URL
 */
export function sitemapFilter(outDir: URL, base: string): (page: string) => boolean {
	return (page) => {
		const path = new URL(page).pathname
			.slice(base.replace(/\/?$/, '/').length - 1)
			.replace(/^\/+/, '');
		const file = fileURLToPath(
			new URL(`${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`, outDir),
		);
		try {
			return !isRedirectPage(readFileSync(file, 'utf8'));
		} catch {
			return true;
		}
	};
}
