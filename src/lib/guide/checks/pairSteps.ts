/**
 * Every written pair summary of two core roles declares the size of the move each way, and the guide's
 * model (requirements, levels, hours) computes the same size, so a pair page never states a step that
 * contradicts its own summary.
 */
import { grouped, hoursText } from '../../browser/hours';
import { stepSizeRule, transition } from '../../browser/transitions';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';
import type { Problem } from '../../ingest/guideError';
import { plainRole, requirementModel } from '../requirementModel';

/** Every pair summary whose declared steps are missing, misnamed or disagree with the model. */
export function pairStepProblems(input: GuideInput): Problem[] {
	const model = requirementModel([...input.skills, ...input.tools], input.groups);
	const roles = new Map(input.roles.map((r) => [r.id, r]));
	return input.pairs.flatMap((pair) => {
		const [a, b] = pair.data.roles.map((id) => roles.get(id));
		// Unknown role ids are reported by the reference check.
		if (!a || !b) return [];
		const field = `${entryPrefix(pair.id)}steps`;
		const declared = pair.data.steps;
		const problems: Problem[] = Object.keys(declared)
			.filter((key) => key !== a.id && key !== b.id)
			.map((key) => ({
				file: pair.file,
				field: `${field}.${key}`,
				value: key,
				message: `is not one of the pair's roles (${a.id}, ${b.id})`,
				fix: 'Key each step by the id of the role moved to.',
			}));
		const bothCore = a.data.tier === 'core' && b.data.tier === 'core';
		for (const [from, to] of [
			[a, b],
			[b, a],
		] as const) {
			const size = declared[to.id];
			if (size === undefined) {
				if (bothCore)
					problems.push({
						file: pair.file,
						field,
						value: declared,
						message: `does not say how big the move from ${from.data.name} to ${to.data.name} is`,
						fix: `Add "${to.id}: small", "medium" or "large" to steps, as the summary describes that move.`,
					});
				continue;
			}
			const move = transition(plainRole(from.id, from.data), plainRole(to.id, to.data), model);
			if (move.size !== size)
				problems.push({
					file: pair.file,
					field: `${field}.${to.id}`,
					value: size,
					message: `says the move from ${from.data.name} to ${to.data.name} is ${size}, but the guide's model makes it ${move.size}: about ${hoursText(move.requiredHours)} of must-haves and often-asked-fors to learn (small is up to ${grouped(stepSizeRule.small)} hours at the middle of the range, medium up to ${grouped(stepSizeRule.medium)})`,
					fix: `If the summary is right, fix the model: the two roles' requirements and levels, or the hours in the catalogue. If the model is right, change the step to "${move.size}" and reword the summary to match.`,
				});
		}
		return problems;
	});
}
