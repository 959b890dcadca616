import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from '../lib/guide/guide';

/**
 * Loads the guide for every page, so every build checks the whole data set: a broken reference fails
 * the build even if no page happened to look it up. (The guide is loaded once and cached.)
 */
export const onRequest = defineRouteMiddleware(async () => {
	await getGuide();
});
