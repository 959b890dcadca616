import type { APIRoute } from 'astro';
import { getGuide } from '~/lib/guide/guide';
import { skillGapData } from '~/lib/guide/pages/skillGapData';

/**
 * The roles' requirements, the requirement model and the filter's words: fetched by the skill-gap
 * page's script, so the page's HTML carries only what a reader sees.
 */
export const GET: APIRoute = async () => Response.json(skillGapData(await getGuide()));
