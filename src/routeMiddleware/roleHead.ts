import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from '../lib/guide/guide';
import { occupationJsonLd } from '../lib/guide/pages/pageHead';
import { pageRole, setMeta } from './head';

/** A role page's description is the role's summary, from its record, and the page describes the role as a schema.org Occupation. */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const roleId = pageRole(route);
	if (!roleId) return;
	const guide = await getGuide();
	const role = guide.role(roleId);
	const head = route.head;
	setMeta(head, 'name', 'description', role.summary);
	setMeta(head, 'property', 'og:description', role.summary);
	head.push({
		tag: 'script',
		attrs: { type: 'application/ld+json' },
		content: JSON.stringify(
			occupationJsonLd(
				role,
				guide,
				new URL(context.url.pathname, context.site ?? context.url).href,
			),
		),
	});
});
