import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getGuide } from './lib/guide';
import { throwIfProblems } from './lib/guideError';
import { sectionMismatches } from './lib/roleSections';

/**
 * Runs for every Starlight page. Loading the guide here means every build checks the whole data set
 * (a broken reference fails the build even if no page happened to look it up), and role lessons are
 * checked for the sections their data fills.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const guide = await getGuide();
	const route = context.locals.starlightRoute;
	const roleId = (route.entry.data as { role?: string }).role;
	if (!roleId) return;
	const role = guide.role(roleId);
	const headingIds = route.headings.filter((h) => h.depth === 2).map((h) => h.slug);
	throwIfProblems(
		sectionMismatches(role, headingIds, guide.figuresOf(roleId).length).map((message) => ({
			file: route.entry.filePath ?? `content/roles/${roleId}.mdx`,
			field: '(headings)',
			message,
			fix: 'Role lessons use fixed section headings so that other pages can link to them; see src/lib/roleSections.ts.',
		}))
	);
});
