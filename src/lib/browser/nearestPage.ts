/**
 * The page a mistyped address most likely meant, for the 404 page's "did you mean": the known page
 * whose path is closest to it, counting typos, when it is close enough to be a typo and not another
 * page. Pure and browser-safe.
 */
import { editDistance } from '../../util/didYouMean';

/** A page the site has: its path inside the site and its title. */
export interface KnownPage {
	/** @example "roles/ai-engineer/" */
	path: string;
	/** @example "AI Engineer" */
	title: string;
}

const clean = (path: string) =>
	decodeURIComponent(path)
		.toLowerCase()
		.replace(/^\/+|\/+$/g, '')
		.replace(/[\s_]+/g, '-');

/**
 * The known page nearest to a requested path (inside the site, without the base), or undefined when
 * none is within a few typos: at most 2 edits, or a fifth of the path's length for long paths.
 * @example nearestPage('/roles/ai-enginer/', [{ path: 'roles/ai-engineer/', title: 'AI Engineer' }]) // { path: 'roles/ai-engineer/', title: 'AI Engineer' }
 */
export function nearestPage(requested: string, pages: readonly KnownPage[]): KnownPage | undefined {
	const wanted = clean(requested);
	if (!wanted) return undefined;
	let best: { page: KnownPage; distance: number } | undefined;
	for (const page of pages) {
		const distance = editDistance(wanted, clean(page.path));
		if (!best || distance < best.distance) best = { page, distance };
	}
	const allowed = Math.max(2, Math.floor(wanted.length / 5));
	return best && best.distance <= allowed ? best.page : undefined;
}
