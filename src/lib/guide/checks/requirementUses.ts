import { repeats } from '~/util/repeats';
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';

/**
 * A requirement's `use` says what the role does with it, so it adds to the name a reader already
 * sees beside it: it does not start with that name ("CI/CD: CI/CD for ML workflows"), and no two
 * requirements of a role share one ("An advanced topic…" three times says nothing).
 */
export function requirementUseProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const names = new Map(
		[...input.skills, ...input.tools, ...input.groups].map((e) => [e.id, e.data.name]),
	);
	for (const { file, data } of input.roles) {
		const uses = (['skills', 'tools'] as const).flatMap((list) =>
			data[list].map(({ id, use }, i) => ({ id, use, field: `${list}[${i}].use` })),
		);
		const repeated = new Map(
			repeats(uses, (u) => u.use?.toLowerCase()).map((r) => [r.item, r.first]),
		);
		for (const entry of uses) {
			const { id, use, field } = entry;
			if (!use) continue;
			const name = names.get(id);
			if (
				name &&
				new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'i').test(use)
			) {
				problems.push({
					file,
					field,
					value: use,
					message: `starts with the name "${name}", which the page already shows beside it`,
					fix: 'Say what the role does with it, e.g. "Automated tests and releases for models".',
				});
			}
			const earlier = repeated.get(entry);
			if (earlier)
				problems.push({
					file,
					field,
					value: use,
					message: `is also the use of "${earlier.id}"`,
					fix: 'Say what the role does with each one, or leave "use" out where there is nothing particular to say.',
				});
		}
	}
	return problems;
}
