import { repeats } from '~/util/repeats';
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/** Each pair of roles has at most one written summary, and every pair of core roles has one. */
export function pairSummaryProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const key = (a: string, b: string) => [a, b].sort().join(' + ');
	for (const { item, first } of repeats(input.pairs, (p) => key(...p.data.roles)))
		problems.push({
			file: item.file,
			field: `${entryPrefix(item.id)}roles`,
			value: item.data.roles,
			message: `compares the same roles as entry "${first.id}"`,
			fix: 'Keep one summary per pair of roles.',
		});
	const seen = new Set(input.pairs.map((p) => key(...p.data.roles)));
	const core = input.roles.filter((r) => r.data.tier === 'core');
	const file = input.pairs[0]?.file ?? 'content/data/pairs.yaml';
	for (const [i, a] of core.entries()) {
		for (const b of core.slice(i + 1)) {
			if (seen.has(key(a.id, b.id))) continue;
			problems.push({
				file,
				field: '(file)',
				value: [a.id, b.id],
				message: 'has no summary for this pair of core roles',
				fix: `Add an entry with "roles: [${a.id}, ${b.id}]" and two to four sentences on how the roles differ and what a move between them takes.`,
			});
		}
	}
	return problems;
}
