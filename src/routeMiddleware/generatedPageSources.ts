import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from '../lib/guide/guide';
import { newestCommitDate } from '../lib/build/gitDates';
import { pageSources } from '../lib/guide/pages/pageSources';
import { pageSubject } from '../lib/guide/pages/pageSubject';
import { repositoryEditBase } from '../lib/build/repository';

/**
 * A page's "Edit page" link and "Last updated" date come from the files it is built from: generated
 * pages have no Markdown file of their own, and a role page's date also covers its record.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const sources = pageSources(
		pageSubject(context.locals.pageSubject, route.entry),
		await getGuide(),
	);
	if (sources.length === 0) return;
	route.lastUpdated = newestCommitDate(sources) ?? route.lastUpdated;
	if (!route.editUrl && repositoryEditBase)
		route.editUrl = new URL(sources[0]!, repositoryEditBase);
});
