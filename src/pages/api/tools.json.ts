import type { APIRoute } from 'astro';
import { catalogueExport } from '~/lib/guide/pages/dataExport';
import { getGuide } from '~/lib/guide/guide';

/** Every tool, with the roles that use it, as JSON. */
export const GET: APIRoute = async ({ site }) =>
	Response.json(catalogueExport(await getGuide(), 'tool', site!));
