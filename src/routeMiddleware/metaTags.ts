import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { type HeadEntry, setMeta } from './head';

/**
 * The page's meta tags for sharing: Twitter's card tags (the small card, as the site has no social
 * image; the rest comes from Open Graph). The generator tags naming Astro's and Starlight's versions
 * go: they tell a reader nothing, and every page paid for them.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const head = route.head as HeadEntry[];
	route.head = head.filter((e) => !(e.tag === 'meta' && e.attrs?.['name'] === 'generator'));
	const kept = route.head as HeadEntry[];
	setMeta(kept, 'name', 'twitter:card', 'summary');
	if (route.entry.data.description) setMeta(kept, 'name', 'twitter:description', route.entry.data.description);
	setMeta(kept, 'name', 'twitter:title', route.entry.data.title);
});
