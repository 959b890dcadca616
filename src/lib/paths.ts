/**
 * Every internal URL the guide links to is built here, so that the site works under a base path
 * (e.g. `/ai-roles/` on a GitHub Pages project site) and a URL scheme changes in one place.
 */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefixes a site-absolute path with the configured base path. @example withBase('/roles/') // "/ai-roles/roles/" under that base */
export function withBase(path: string): string {
	return base + path.replace(/^\//, '');
}

/** URL of a role's page. */
export const rolePath = (id: string) => withBase(`/roles/${id}/`);
/** The last segment of a role's roadmap URL. */
export const roadmapSegment = 'roadmap';
/** URL of a role's learning roadmap. @example roadmapPath('ml-engineer') // "/roles/ml-engineer/roadmap/" */
export const roadmapPath = (id: string) => withBase(`/roles/${id}/${roadmapSegment}/`);
/** The last segment of a role's getting-hired URL. */
export const hiringSegment = 'getting-hired';
/** URL of a role's getting-hired page. @example hiringPath('ml-engineer') // "/roles/ml-engineer/getting-hired/" */
export const hiringPath = (id: string) => withBase(`/roles/${id}/${hiringSegment}/`);
/** URL of a skill's page. */
export const skillPath = (id: string) => withBase(`/skills/${id}/`);
/** URL of a tool's page. */
export const toolPath = (id: string) => withBase(`/tools/${id}/`);
/** URL of a lesson, from its id (its path under `content/`). @example lessonPath('lessons/ai-vs-ml') // "/lessons/ai-vs-ml/" */
export const lessonPath = (id: string) => withBase(`/${id}/`);

/** A page's path inside the site: its URL path without the base path. @example sitePath('/ai-roles/tools/docker/') // "tools/docker/" under that base */
export function sitePath(pathname: string): string {
	return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

/** The first two segments of a path inside the site. @example pathSections('tools/docker/') // ["tools", "docker"] */
export function pathSections(path: string): [section: string | undefined, id: string | undefined] {
	const [section, id] = path.replace(/^\/+|\/+$/g, '').split('/');
	return [section || undefined, id];
}
