import { defineMiddleware } from 'astro:middleware';
import { separateBlocks } from './lib/build/blockSpacing';

/** Separates block-level elements in every HTML page, so that search excerpts read as sentences (see blockSpacing.ts). */
export const onRequest = defineMiddleware(async (_, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	return new Response(separateBlocks(await response.text()), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
