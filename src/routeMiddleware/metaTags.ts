import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/browser/paths';
import { getGuide } from '../lib/guide/guide';
import { pageSubject } from '../lib/guide/pages/pageSubject';
import { cardOf } from '../lib/guide/pages/socialCards';
import { socialCardSize } from '../util/socialCard';
import { setMeta } from './head';

/**
 * Every page's meta tags: its social card (the image, its size and alt text, and Twitter's large
 * card; the rest of Twitter's card comes from Open Graph), and not the generator tags naming Astro's
 * and Starlight's versions, which tell a reader nothing and which every page paid for.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.filter((e) => !(e.tag === 'meta' && e.attrs?.['name'] === 'generator'));
	const card = cardOf(await getGuide(), pageSubject(context.locals.pageSubject, route.entry));
	const image = new URL(withBase(card.file), context.site ?? context.url).href;
	setMeta(route.head, 'property', 'og:image', image);
	setMeta(route.head, 'property', 'og:image:type', 'image/png');
	setMeta(route.head, 'property', 'og:image:width', String(socialCardSize.width));
	setMeta(route.head, 'property', 'og:image:height', String(socialCardSize.height));
	setMeta(route.head, 'property', 'og:image:alt', card.alt);
	setMeta(route.head, 'name', 'twitter:card', 'summary_large_image');
	setMeta(route.head, 'name', 'twitter:image', image);
	setMeta(route.head, 'name', 'twitter:image:alt', card.alt);
	if (route.entry.data.description) setMeta(route.head, 'name', 'twitter:description', route.entry.data.description);
	setMeta(route.head, 'name', 'twitter:title', route.entry.data.title);
});
