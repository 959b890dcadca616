import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuide } from '~/lib/guide/guide';
import { roleRoadmap, startCoverage } from '~/lib/guide/pages/roadmapData';

export const getStaticPaths = (async () =>
	(await getGuide()).roles.map((role) => ({ params: { id: role.id } }))) satisfies GetStaticPaths;

/**
 * What each starting point covers of a role's roadmap, with the hours still to go on each topic it
 * touches: fetched by the roadmap page's script when a reader picks where they start from.
 */
export const GET: APIRoute = async ({ params }) => {
	const guide = await getGuide();
	return Response.json(startCoverage(guide, roleRoadmap(guide, params['id']!)));
};
