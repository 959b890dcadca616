/**
 * Every core role shows what it pays: at least one pay figure, official or from a survey, names it.
 * Related roles may have none; their pages then say that no published figure exists.
 */
import type { GuideInput } from '../../ingest/guideInput';
import type { Problem } from '../../ingest/guideError';

/** Every core role that no pay figure is shown for. */
export function payCoverageProblems(input: GuideInput): Problem[] {
	return input.roles
		.filter((r) => r.data.tier === 'core' && !input.pay.some((p) => p.data.roles.includes(r.id)))
		.map((r) => ({
			file: 'content/data/pay.yaml',
			field: '(file)',
			value: r.id,
			message: `shows no pay for the core role ${r.data.name}`,
			fix: `Add "${r.id}" to the roles of the official figure for the occupation that stands in for it (and say why in its mapping), or add a survey figure for the role itself.`,
		}));
}
