import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageRole } from './head';

/**
 * A role page's table of contents lists its fixed sections only: the sub-headings a role lesson
 * writes inside "What they do" differ from role to role, and listing them twice over (the table
 * and its phone version) made the page too heavy for the first round trip.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!pageRole(route) || !route.toc) return;
	route.toc = {
		...route.toc,
		maxHeadingLevel: 2,
		items: route.toc.items.map((item) => ({ ...item, children: [] })),
	};
});
