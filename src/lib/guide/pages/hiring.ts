import { employerKinds } from '~/schemas/role';
import type { Guide, Role } from '../guideModel';

/** For each kind of employer, the roles sources say it hires most, with the sources behind that. */
export interface EmployerRow {
	employer: keyof typeof employerKinds;
	label: string;
	roles: Role[];
	sourceIds: string[];
}

/** Inverts the roles' `market.hiredBy` lists: employer kind → roles, in the order employer kinds are defined. */
export function rolesByEmployer(guide: Guide): EmployerRow[] {
	return (Object.keys(employerKinds) as (keyof typeof employerKinds)[]).map((employer) => {
		const roles = guide.roles.filter((r) => r.market?.hiredBy.includes(employer));
		return {
			employer,
			label: employerKinds[employer],
			roles,
			sourceIds: [...new Set(roles.map((r) => r.market!.source))],
		};
	});
}
