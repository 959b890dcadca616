import type { Skill, Tool } from '~/schemas/catalogue';
import type { Group } from '~/schemas/group';
import type { PlainRole, RequirementModel } from '../browser/transitions';
import { defaultLevel } from '~/util/vocabulary';
import type { RoleData } from '~/schemas/role';

/** The catalogue as the transition functions need it: what each entry implies, the members of each group, the hours. */
export function requirementModel(
	entries: readonly { id: string; data: Skill | Tool }[],
	groups: readonly { id: string; data: Group }[],
): RequirementModel {
	return {
		implies: Object.fromEntries(
			entries.filter((e) => e.data.implies.length > 0).map((e) => [e.id, e.data.implies]),
		),
		members: Object.fromEntries(groups.map((g) => [g.id, g.data.members])),
		hours: Object.fromEntries(entries.map((e) => [e.id, e.data.hours])),
	};
}

/** A role as the transition functions need it: its requirements, skills then tools, each with a level. */
export function plainRole(id: string, data: Pick<RoleData, 'skills' | 'tools'>): PlainRole {
	return {
		id,
		requirements: [...data.skills, ...data.tools].map(({ id: rid, importance, level }) => ({
			id: rid,
			importance,
			level: level ?? defaultLevel,
		})),
	};
}
