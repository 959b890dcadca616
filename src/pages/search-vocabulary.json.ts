import type { APIRoute } from 'astro';
import { getGuide } from '~/lib/guide/guide';
import { searchVocabulary } from '~/lib/guide/pages/searchVocabulary';

/** The names the search dialog reads queries with; fetched by the dialog when it starts. */
export const GET: APIRoute = async () => Response.json(searchVocabulary(await getGuide()));
