import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedCard } from '~/lib/build/socialCardImage';
import { getGuide } from '~/lib/guide/guide';
import { socialCards } from '~/lib/guide/pages/socialCards';
import type { SocialCard } from '~/util/socialCard';
import { siteTitle } from '~/util/site';

/**
 * Cards being drawn, by file. Astro collects every route's paths before it renders any page, so
 * drawing starts there and goes on (sharp on its own threads) while the pages render; by the time
 * Astro asks for a card it is usually done.
 */
const drawing = new Map<string, Promise<Buffer>>();

/** Every card, by its file's path under `social/` without `.png` (e.g. `roles/ml-engineer/roadmap`). */
export const getStaticPaths = (async () => {
	const cards = socialCards(await getGuide());
	for (const card of cards) {
		if (drawing.has(card.file)) continue;
		const png = cachedCard(card, siteTitle);
		// A card that fails is reported when Astro asks for it, naming it; not before, as an unhandled rejection.
		png.catch(() => {});
		drawing.set(card.file, png);
	}
	return cards.map((card) => ({ params: { card: card.file.replace(/^social\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

/** A page's social card, 1200×630 PNG. */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
	const png = await (drawing.get(props.card.file) ?? cachedCard(props.card, siteTitle));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
