import type { Problem } from '../../ingest/guideError';
import type { GuideInput, Located } from '../../ingest/guideInput';

/** Every skill, tool and group is required by some role, directly or as a member of a group a role requires. */
export function orphanProblems(input: GuideInput): Problem[] {
	const required = new Set(
		input.roles.flatMap((r) => [...r.data.skills, ...r.data.tools].map((q) => q.id)),
	);
	const viaGroups = new Set(
		input.groups.filter((g) => required.has(g.id)).flatMap((g) => g.data.members),
	);
	const problems: Problem[] = [];
	const check = (records: Located<unknown>[], list: string) => {
		for (const record of records) {
			if (required.has(record.id) || viaGroups.has(record.id)) continue;
			problems.push({
				file: record.file,
				field: `(entry "${record.id}")`,
				value: record.id,
				message: 'is used by no role',
				fix: `Add it to the "${list}" of the roles that need it (or to a group they require), or remove it.`,
			});
		}
	};
	check(input.skills, 'skills');
	check(input.tools, 'tools');
	check(input.groups, 'skills" or "tools');
	return problems;
}
