import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from './lib/guide/guide';
import { throwIfProblems } from './lib/guide/guideError';
import { newestCommitDate } from './lib/build/gitDates';
import { occupationJsonLd } from './lib/guide/pageHead';
import { pageSources } from './lib/guide/pageSources';
import { sitePath } from './lib/browser/paths';
import { repositoryEditBase } from './lib/build/repository';
import { sectionMismatches } from './lib/guide/roleSections';

type HeadEntry = { tag: string; attrs?: Record<string, string | boolean | undefined>; content?: string };

/** Sets a `<meta>` in the head, replacing one with the same name or property. */
function setMeta(head: HeadEntry[], key: 'name' | 'property', value: string, content: string) {
	const existing = head.find((e) => e.tag === 'meta' && e.attrs?.[key] === value);
	if (existing) existing.attrs = { ...existing.attrs, content };
	else head.push({ tag: 'meta', attrs: { [key]: value, content } });
}

/**
 * Runs for every Starlight page. Loading the guide here means every build checks the whole data set
 * (a broken reference fails the build even if no page happened to look it up), and role lessons are
 * checked for the sections their data fills.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const guide = await getGuide();
	const route = context.locals.starlightRoute;
	const head = route.head as HeadEntry[];
	const description = route.entry.data.description;
	// The site has no social image, so the small card fits; Twitter reads the rest from Open Graph.
	setMeta(head, 'name', 'twitter:card', 'summary');
	if (description) setMeta(head, 'name', 'twitter:description', description);
	setMeta(head, 'name', 'twitter:title', route.entry.data.title);

	// Generated pages have no Markdown file of their own: their edit link and date come from the data
	// they are built from; a role page's date also covers its record.
	const sources = pageSources(sitePath(context.url.pathname), guide);
	if (sources.length > 0) {
		route.lastUpdated = newestCommitDate(sources) ?? route.lastUpdated;
		if (!route.editUrl && repositoryEditBase) route.editUrl = new URL(sources[0]!, repositoryEditBase);
	}

	const roleId = (route.entry.data as { role?: string }).role;
	if (!roleId) return;
	const role = guide.role(roleId);
	// A role page's description is the role's summary, from the data.
	setMeta(head, 'name', 'description', role.summary);
	setMeta(head, 'property', 'og:description', role.summary);
	setMeta(head, 'name', 'twitter:description', role.summary);
	head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: JSON.stringify(occupationJsonLd(role, guide, new URL(context.url.pathname, context.site ?? context.url).href)) });
	const headingIds = route.headings.filter((h) => h.depth === 2).map((h) => h.slug);
	throwIfProblems(
		sectionMismatches(role, headingIds, guide.figuresOf(roleId).length).map((message) => ({
			file: route.entry.filePath ?? `content/roles/${roleId}.mdx`,
			field: '(headings)',
			message,
			fix: 'Role lessons use fixed section headings so that other pages can link to them; see src/lib/guide/roleSections.ts.',
		}))
	);
});
