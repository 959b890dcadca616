import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuide } from '~/lib/guide/guide';
import { roadmapConcepts } from '~/lib/guide/pages/roadmapData';

export const getStaticPaths = (async () =>
	(await getGuide()).roles.map((role) => ({ params: { id: role.id } }))) satisfies GetStaticPaths;

/**
 * The concepts inside each broad topic of a role's roadmap, with their ticks' ids: fetched by the
 * roadmap page's script when a reader opens a topic's "What is inside", so the page stays light.
 */
export const GET: APIRoute = async ({ params }) => {
	const guide = await getGuide();
	return Response.json(roadmapConcepts(guide, params['id']!));
};
