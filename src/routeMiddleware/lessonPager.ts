import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from '../lib/guide/guide';

/**
 * A lesson's "Next" link goes to the lesson its `next` field names, with that lesson's title.
 * The guide's `next` is a lesson id, where Starlight's own field is the link's label: left alone,
 * Starlight would show the id ("lessons/career-levels") as the next lesson's title.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const nextId = (route.entry.data as { next?: string }).next;
	if (!nextId) return;
	const next = (await getGuide()).lesson(nextId);
	route.pagination.next = {
		type: 'link',
		label: next.title,
		href: next.url,
		isCurrent: false,
		badge: undefined,
		attrs: {},
	};
});
