import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { type HeadEntry, setMeta } from './head';

/** Twitter's card tags: the small card (the site has no social image); the rest comes from Open Graph. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const head = route.head as HeadEntry[];
	setMeta(head, 'name', 'twitter:card', 'summary');
	if (route.entry.data.description) setMeta(head, 'name', 'twitter:description', route.entry.data.description);
	setMeta(head, 'name', 'twitter:title', route.entry.data.title);
});
