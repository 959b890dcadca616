/**
 * Every internal URL the guide links to is built here, so that the site works under a base path
 * (e.g. `/ai-roles/` on a GitHub Pages project site) and a URL scheme changes in one place.
 */

// `import.meta.env` is Vite's; the browser tests import this module outside Vite, where only site paths are needed.
const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes a site-absolute path with the configured base path. @example withBase('/roles/') // "/ai-roles/roles/" under that base */
export function withBase(path: string): string {
	return base + path.replace(/^\//, '');
}

/** The last segment of a role's roadmap URL. */
export const roadmapSegment = 'roadmap';
/** The last segment of a role's getting-hired URL. */
export const hiringSegment = 'getting-hired';

/**
 * Paths inside the site, without the base path, for what needs a page's address but not a link:
 * search keys, the browser tests. @example sitePaths.roadmap('ml-engineer') // "roles/ml-engineer/roadmap/"
 */
export const sitePaths = {
	role: (id: string) => `roles/${id}/`,
	roadmap: (id: string) => `roles/${id}/${roadmapSegment}/`,
	/** What each starting point covers of a role's roadmap, fetched by the roadmap page's script. */
	roadmapStarts: (id: string) => `roles/${id}/${roadmapSegment}/starts.json`,
	roadmapConcepts: (id: string) => `roles/${id}/${roadmapSegment}/concepts.json`,
	hiring: (id: string) => `roles/${id}/${hiringSegment}/`,
	/** A pair page, from its slug (see `pairSlug`). */
	pair: (slug: string) => `compare/${slug}/`,
	/** A portfolio project's full brief. */
	project: (id: string) => `projects/${id}/`,
};

/** The URL segment of a pair page, in the order given. Ids contain hyphens, so this is one route parameter, `[pair]`. @example pairSlug('data-scientist', 'ml-engineer') // "data-scientist-vs-ml-engineer" */
export function pairSlug(a: string, b: string): string {
	return `${a}-vs-${b}`;
}

/** URL of a role's page. */
export const rolePath = (id: string) => withBase(sitePaths.role(id));
/** URL of a role's learning roadmap. @example roadmapPath('ml-engineer') // "/roles/ml-engineer/roadmap/" */
export const roadmapPath = (id: string) => withBase(sitePaths.roadmap(id));
/** URL of the starting-point data of a role's roadmap. @example roadmapStartsPath('ml-engineer') // "/roles/ml-engineer/roadmap/starts.json" */
export const roadmapStartsPath = (id: string) => withBase(sitePaths.roadmapStarts(id));

/** URL of the concepts inside a role's broad roadmap topics. @example roadmapConceptsPath('ml-engineer') // "/roles/ml-engineer/roadmap/concepts.json" */
export const roadmapConceptsPath = (id: string) => withBase(sitePaths.roadmapConcepts(id));
/** URL of the skill gap page's data (the roles' requirements, the requirement model, the filter's words), fetched by its script. */
export const skillGapDataPath = () => withBase('/find-your-path/skills/gap.json');
/** URL of a role's getting-hired page. @example hiringPath('ml-engineer') // "/roles/ml-engineer/getting-hired/" */
export const hiringPath = (id: string) => withBase(sitePaths.hiring(id));
/** URL of a portfolio project's full brief. */
export const projectPath = (id: string) => withBase(sitePaths.project(id));
/** URL of the list of every portfolio project. */
export const projectsPath = () => withBase('/projects/');
/** URL of the page listing every source. */
export const sourcesPath = () => withBase('/sources/');
/** The element id of a source's entry on the sources page. */
export const sourceAnchor = (id: string) => `source-${id}`;
/** URL of a source's entry on the sources page. @example sourcePath('wef-future-of-jobs-2025') // "/sources/#source-wef-future-of-jobs-2025" */
export const sourcePath = (id: string) => `${sourcesPath()}#${sourceAnchor(id)}`;
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

/** The section of the skill and tool indexes that says how the guide's hours are estimated. */
export const hourBasisSection = 'hours';

/** URL of that section on the skills index. */
export const hourBasisPath = () => `${withBase('/skills/')}#${hourBasisSection}`;
