import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedCardFile, startBuildCards } from '~/lib/build/socialCardImage';
import { getGuide } from '~/lib/guide/guide';
import { socialCards } from '~/lib/guide/pages/socialCards';
import type { SocialCard } from '~/util/socialCard';
import { siteTitle } from '~/util/site';

/**
 * Every page's social card, by its file's path under `social/` without `.png`
 * (e.g. `roles/ml-engineer/roadmap`). In a build, no page: Astro collects every route's paths before
 * it renders any page, so the cards start drawing here, on worker threads, while the pages render,
 * and `src/integrations/socialCards.ts` copies them into the output after the pages (through Astro's
 * page pipeline, 5,000 cards took longer than drawing them). The development server serves each card
 * from this route.
 */
export const getStaticPaths = (async () => {
	const cards = socialCards(await getGuide());
	if (!import.meta.env.DEV) {
		startBuildCards(cards, siteTitle);
		return [];
	}
	return cards.map((card) => ({
		params: { card: card.file.replace(/^social\//, '').replace(/\.png$/, '') },
		props: { card },
	}));
}) satisfies GetStaticPaths;

/** A page's social card, 1200×630 PNG (on the development server). */
export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
	const png = await readFile(await cachedCardFile(props.card, siteTitle));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
