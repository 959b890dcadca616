import { AstroError } from 'astro/errors';
import { getGuide } from '~/lib/guide/guide';
import type { Guide, Role } from '~/lib/guide/guideModel';

/**
 * The guide and the role a role-lesson block shows: the role the page presents (its `role` field),
 * so a lesson writes `<Role.Skills />`. A block given an `id` elsewhere shows that role; on a role's
 * own page an `id` must be that role, so a block copied from another lesson fails the build
 * instead of showing the wrong role's data.
 */
export async function blockRole(
	locals: App.Locals,
	id?: string,
): Promise<{ guide: Guide; role: Role }> {
	const guide = await getGuide();
	const route = (
		locals as { starlightRoute?: { entry: { filePath?: string; data: { role?: string } } } }
	).starlightRoute;
	const pageRole = route?.entry.data.role;
	const shown = id ?? pageRole;
	if (!shown) {
		throw new AstroError(
			`${route?.entry.filePath ?? 'A page'} → a <Role.…> block has no role to show: the page is not a role lesson.`,
			'Give the block the role\'s id, e.g. <Role.Skills id="ml-engineer" />, or use it in content/roles/<id>.mdx, which names its role in "role".',
		);
	}
	const role = guide.role(shown);
	if (pageRole && id && pageRole !== id) {
		throw new AstroError(
			`${route.entry.filePath ?? 'A role lesson'} → a <Role.…> block has id="${id}", but the page presents "${pageRole}".`,
			`Change the block's id to "${pageRole}".`,
		);
	}
	return { guide, role };
}
