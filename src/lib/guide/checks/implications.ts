import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';
import { findCycle } from '../graph';

/** What a skill or tool implies must not lead back to it: the implications are a prerequisite order. */
export function implicationProblems(input: GuideInput): Problem[] {
	const entries = [...input.skills, ...input.tools];
	const edges = new Map(entries.map((e) => [e.id, e.data.implies]));
	const problems: Problem[] = [];
	for (const entry of entries) {
		entry.data.implies.forEach((id, i) => {
			if (id === entry.id)
				problems.push({
					file: entry.file,
					field: `${entryPrefix(entry.id)}implies[${i}]`,
					value: id,
					message: 'is the entry itself',
					fix: 'Remove it: an entry cannot presuppose itself.',
				});
		});
	}
	const cycle = findCycle(edges);
	if (cycle) {
		const first = entries.find((e) => e.id === cycle[0])!;
		problems.push({
			file: first.file,
			field: `${entryPrefix(first.id)}implies`,
			value: cycle,
			message: `forms a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
			fix: 'Implications say what an entry presupposes, so they cannot go round in a circle: remove the link that points back to an earlier entry.',
		});
	}
	return problems;
}
