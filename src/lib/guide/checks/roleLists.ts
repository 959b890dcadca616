import { repeats } from '~/util/repeats';
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';

/** Two roles may not share a position in lists; each role lists a requirement once and never itself as related. */
export function roleListProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const sameOrder = new Map(
		repeats(input.roles, (r) => r.data.order).map((r) => [r.item, r.first.id]),
	);
	for (const role of input.roles) {
		const { file, data } = role;
		const earlier = sameOrder.get(role);
		if (earlier)
			problems.push({
				file,
				field: 'order',
				value: data.order,
				message: `is also the order of role "${earlier}"`,
				fix: 'Give each role its own position.',
			});
		for (const list of ['skills', 'tools'] as const) {
			for (const { item, index } of repeats(data[list], (r) => r.id))
				problems.push({
					file,
					field: `${list}[${index}].id`,
					value: item.id,
					message: 'is listed twice in this role',
					fix: 'Remove the second entry.',
				});
		}
		data.related.forEach((id, i) => {
			if (id === role.id)
				problems.push({
					file,
					field: `related[${i}]`,
					value: id,
					message: 'is the role itself',
					fix: 'List other roles only.',
				});
		});
	}
	return problems;
}
