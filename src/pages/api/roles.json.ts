import type { APIRoute } from 'astro';
import { rolesExport } from '~/lib/guide/pages/dataExport';
import { getGuide } from '~/lib/guide/guide';

/** Every role record, as JSON, for programs. */
export const GET: APIRoute = async ({ site }) =>
	Response.json(rolesExport(await getGuide(), site!));
