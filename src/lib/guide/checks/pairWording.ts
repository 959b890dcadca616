/**
 * A pair summary's words agree with the steps it declares: a summary that calls the move short does
 * not declare a large step, and one that calls it long declares at least one. (The declared steps are
 * checked against the guide's model by pairSteps.ts; this keeps the prose beside them in line.)
 */
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/** Words a summary uses for a short move. */
const shortWords = /\b(short|small step|keeps nearly everything)\b/i;
/** Words a summary uses for a long move. */
const longWords = /\b(long|large step|few people move directly)\b/i;

/** Every summary of two core roles whose words contradict its declared steps. */
export function pairWordingProblems(input: GuideInput): Problem[] {
	const core = new Set(input.roles.filter((r) => r.data.tier === 'core').map((r) => r.id));
	const problems: Problem[] = [];
	for (const pair of input.pairs) {
		if (!pair.data.roles.every((id) => core.has(id))) continue;
		const { summary, steps } = pair.data;
		const sizes = Object.values(steps);
		const short = shortWords.exec(summary)?.[0];
		const long = longWords.exec(summary)?.[0];
		const field = `${entryPrefix(pair.id)}summary`;
		if (short && !long && sizes.includes('large'))
			problems.push({
				file: pair.file,
				field,
				value: summary,
				message: `calls the move "${short}", but its steps declare a large one`,
				fix: 'Reword the summary to say which way the move is long, or correct the steps.',
			});
		if (long && !short && !sizes.includes('large'))
			problems.push({
				file: pair.file,
				field,
				value: summary,
				message: `calls the move "${long}", but neither of its steps is large`,
				fix: 'Reword the summary, or declare the long direction "large" in its steps.',
			});
	}
	return problems;
}
