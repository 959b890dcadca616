import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from '../lib/guide/guide';
import { throwIfProblems } from '../lib/ingest/guideError';
import { sectionMismatches } from '../lib/guide/roleSections';
import { pageRole } from './head';

/** A role lesson has the fixed sections other pages link to, in order; the build fails naming the lesson otherwise. */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const roleId = pageRole(route);
	if (!roleId) return;
	const guide = await getGuide();
	const headingIds = route.headings.filter((h) => h.depth === 2).map((h) => h.slug);
	throwIfProblems(
		sectionMismatches(guide.role(roleId), headingIds).map((message) => ({
			file: route.entry.filePath ?? `content/roles/${roleId}.mdx`,
			field: '(headings)',
			message,
			fix: 'Role lessons use fixed section headings so that other pages can link to them; see src/lib/guide/roleSections.ts.',
		})),
	);
});
