import { repeats } from '~/util/repeats';
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/**
 * A group's members are all skills or all tools, and a role requires skill groups under "skills"
 * and tool groups under "tools"; a role does not list a group and one of its members both.
 */
export function groupProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const skillIds = new Set(input.skills.map((s) => s.id));
	const toolIds = new Set(input.tools.map((t) => t.id));
	const kindOf = new Map<string, 'skill' | 'tool'>();
	for (const group of input.groups) {
		const kinds = new Set(
			group.data.members
				.map((m) => (skillIds.has(m) ? 'skill' : toolIds.has(m) ? 'tool' : undefined))
				.filter((k) => k !== undefined),
		);
		if (kinds.size > 1) {
			problems.push({
				file: group.file,
				field: `${entryPrefix(group.id)}members`,
				value: group.data.members,
				message: 'mixes skills and tools',
				fix: 'A group offers alternatives of one kind: make its members all skills or all tools.',
			});
		} else if (kinds.size === 1) kindOf.set(group.id, [...kinds][0]!);
		for (const { item, index } of repeats(group.data.members, (m) => m))
			problems.push({
				file: group.file,
				field: `${entryPrefix(group.id)}members[${index}]`,
				value: item,
				message: 'is listed twice in this group',
				fix: 'Remove the second entry.',
			});
	}
	const members = new Map(input.groups.map((g) => [g.id, g.data.members]));
	for (const role of input.roles) {
		for (const list of ['skills', 'tools'] as const) {
			const want = list === 'skills' ? 'skill' : 'tool';
			const ids = new Set(role.data[list].map((r) => r.id));
			role.data[list].forEach(({ id }, i) => {
				const kind = kindOf.get(id);
				if (kind && kind !== want) {
					problems.push({
						file: role.file,
						field: `${list}[${i}].id`,
						value: id,
						message: `is a group of ${kind}s, not of ${want}s`,
						fix: `Move it to the role's "${kind}s" list.`,
					});
				}
				const alsoListed = (members.get(id) ?? []).filter((m) => ids.has(m));
				if (alsoListed.length > 0) {
					problems.push({
						file: role.file,
						field: `${list}[${i}].id`,
						value: id,
						message: `is a group, and the role also lists its member${alsoListed.length > 1 ? 's' : ''} ${alsoListed.map((m) => `"${m}"`).join(', ')}`,
						fix: 'Require either the group (any member will do) or the specific member, not both.',
					});
				}
			});
		}
	}
	return problems;
}
