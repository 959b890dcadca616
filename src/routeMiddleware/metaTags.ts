import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../lib/browser/paths';
import { getGuide } from '../lib/guide/guide';
import { pageSubject } from '../lib/guide/pages/pageSubject';
import { cardOf } from '../lib/guide/pages/socialCards';
import { socialCardSize } from '../util/socialCard';
import { setMeta } from './head';

/**
 * Every page's meta tags: its social card (the image with its type, size and alt text, and X's large
 * card), and not the generator tags naming Astro's and Starlight's versions, which tell a reader
 * nothing and which every page paid for. X reads og:title, og:description and og:image when its own
 * tags are absent (https://developer.x.com/cards/markup), so only the card type and the image's
 * alt text, which has no Open Graph fallback there, are repeated for it.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.filter((e) => !(e.tag === 'meta' && e.attrs?.['name'] === 'generator'));
	const card = cardOf(await getGuide(), pageSubject(context.locals.pageSubject, route.entry));
	setMeta(
		route.head,
		'property',
		'og:image',
		new URL(withBase(card.file), context.site ?? context.url).href,
	);
	setMeta(route.head, 'property', 'og:image:type', 'image/png');
	setMeta(route.head, 'property', 'og:image:width', String(socialCardSize.width));
	setMeta(route.head, 'property', 'og:image:height', String(socialCardSize.height));
	setMeta(route.head, 'property', 'og:image:alt', card.alt);
	setMeta(route.head, 'name', 'twitter:card', 'summary_large_image');
	setMeta(route.head, 'name', 'twitter:image:alt', card.alt);
});
