import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/** A figure is only as good as its source: every pay figure and market figure cites a published source a reader can open. */
export function figureSourceProblems(input: GuideInput): Problem[] {
	const unpublished = new Map(
		input.sources.filter((s) => s.data.kind !== 'published').map((s) => [s.id, s]),
	);
	const problems: Problem[] = [];
	for (const pay of input.pay) {
		if (unpublished.has(pay.data.source)) {
			problems.push({
				file: pay.file,
				field: `${entryPrefix(pay.id)}source`,
				value: pay.data.source,
				message: 'is an unpublished source',
				fix: 'A pay figure must link to the exact page it comes from: cite a published source with its https address.',
			});
		}
	}
	return problems;
}
