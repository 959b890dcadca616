import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { setMeta } from './head';

/**
 * Every page's meta tags: Twitter's card tags (the small card, as the site has no social image; the
 * rest comes from Open Graph), and not the generator tags naming Astro's and Starlight's versions,
 * which tell a reader nothing and which every page paid for.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.filter((e) => !(e.tag === 'meta' && e.attrs?.['name'] === 'generator'));
	setMeta(route.head, 'name', 'twitter:card', 'summary');
	if (route.entry.data.description) setMeta(route.head, 'name', 'twitter:description', route.entry.data.description);
	setMeta(route.head, 'name', 'twitter:title', route.entry.data.title);
});
