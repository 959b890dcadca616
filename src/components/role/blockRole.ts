import { AstroError } from 'astro/errors';
import { getGuide } from '~/lib/guide';
import type { Guide, Role } from '~/lib/guideModel';

/**
 * The guide and the role a role-lesson block shows. On a role's own page, a block must show that
 * role: a copied block left pointing at another role fails the build instead of showing wrong data.
 */
export async function blockRole(locals: App.Locals, id: string): Promise<{ guide: Guide; role: Role }> {
	const guide = await getGuide();
	const role = guide.role(id);
	const route = (locals as { starlightRoute?: { entry: { filePath?: string; data: { role?: string } } } }).starlightRoute;
	const pageRole = route?.entry.data.role;
	if (pageRole && pageRole !== id) {
		throw new AstroError(
			`${route.entry.filePath ?? 'A role lesson'} → a <Role.…> block has id="${id}", but the page presents "${pageRole}".`,
			`Change the block's id to "${pageRole}".`
		);
	}
	return { guide, role };
}
