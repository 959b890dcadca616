/**
 * The weights of the self-assessment's statements about where a reader comes from: computed from the
 * starting point each names, as the skill gap ranks the roles for it, so the two pages agree.
 */
import { startWeights, type Statement } from '~/schemas/statement';
import { type Holding, rankByReadiness, roleHas } from '../browser/transitions';
import type { GuideInput } from '../ingest/guideInput';
import { plainRole, requirementModel } from './requirementModel';

/** Every statement with its weights: as written, or for one with a `start`, the roles closest to that start. */
export function weighedStatements(input: GuideInput): Statement[] {
	const model = requirementModel([...input.skills, ...input.tools], input.groups);
	const roles = [...input.roles]
		.sort((a, b) => a.data.order - b.data.order)
		.map((r) => plainRole(r.id, r.data));
	const hasOf = (start: string): Holding[] | undefined => {
		const role = roles.find((r) => r.id === start);
		return role ? roleHas(role) : input.backgrounds.find((b) => b.id === start)?.data.has;
	};
	return input.statements.map(({ data }) => {
		const has = data.start === undefined ? undefined : hasOf(data.start);
		// An unknown start is reported by the reference check.
		if (!has) return data;
		const closest = rankByReadiness(has, roles, model).filter(
			(a) => a.core > 0 && a.to !== data.start,
		);
		return {
			...data,
			weights: closest
				.slice(0, startWeights.length)
				.map((a, i) => ({ role: a.to, weight: startWeights[i]! })),
		};
	});
}
