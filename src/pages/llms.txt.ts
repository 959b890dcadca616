import type { APIRoute } from 'astro';
import { llmsTxt } from '~/lib/guide/pages/dataExport';
import { getGuide } from '~/lib/guide/guide';
import { getLessonTexts } from '~/lib/guide/pages/lessonTexts';

/** The guide's index for language models (https://llmstxt.org/). */
export const GET: APIRoute = async ({ site }) => {
	const guide = await getGuide();
	return new Response(llmsTxt(guide, site!, await getLessonTexts(guide)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
