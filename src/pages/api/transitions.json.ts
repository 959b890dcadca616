import type { APIRoute } from 'astro';
import { transitionsExport } from '~/lib/guide/pages/dataExport';
import { getGuide } from '~/lib/guide/guide';

/** What every move between two roles takes, as JSON: one entry per ordered pair. */
export const GET: APIRoute = async () => Response.json(transitionsExport(await getGuide()));
