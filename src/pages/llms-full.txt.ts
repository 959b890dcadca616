import type { APIRoute } from 'astro';
import { llmsFullTxt } from '~/lib/guide/pages/dataExport';
import { getGuide } from '~/lib/guide/guide';
import { getLessonTexts } from '~/lib/guide/pages/lessonTexts';

/** Every role and lesson in full, for language models. */
export const GET: APIRoute = async ({ site }) => {
	const guide = await getGuide();
	return new Response(llmsFullTxt(guide, site!, await getLessonTexts(guide)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
