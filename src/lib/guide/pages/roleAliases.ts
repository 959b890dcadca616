import type { Guide } from '../guideModel';
import { slugify } from '~/util/slugify';

/** A URL under `/roles/` that leads to a role's page. */
export interface RoleRedirect {
	/** The alias segment, e.g. `mle` for `/roles/mle/`. */
	alias: string;
	/** The id of the role it leads to. */
	roleId: string;
}

/**
 * Every alias URL of every role, from its name and short names (`MLE` → `/roles/mle/`,
 * `Machine Learning Engineer` → `/roles/machine-learning-engineer/`), leaving out any that equals a
 * role id. The integrity check guarantees no alias leads to two roles.
 */
export function roleRedirects(guide: Guide): RoleRedirect[] {
	const ids = new Set(guide.roles.map((r) => r.id));
	const seen = new Set<string>();
	return guide.roles.flatMap((role) =>
		[role.name, ...role.shortNames]
			.map(slugify)
			.filter((alias) => alias && !ids.has(alias) && !seen.has(alias) && seen.add(alias))
			.map((alias) => ({ alias, roleId: role.id })),
	);
}
