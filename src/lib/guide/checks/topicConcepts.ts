/**
 * Broad topics show what is inside them: every catalogue entry that can take more than
 * `broadTopicHours` to reach working level lists 4 to 12 concepts, each id once.
 */
import { broadTopicHours } from '~/schemas/catalogue';
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/** The fewest concepts a broad topic lists. */
export const minimumConcepts = 4;

/** Every broad topic without enough concepts, and every concept id used twice in one entry. */
export function topicConceptProblems(input: GuideInput): Problem[] {
	return [...input.skills, ...input.tools].flatMap((entry) => {
		const problems: Problem[] = [];
		const { concepts, hours } = entry.data;
		if (hours.working[1] > broadTopicHours && concepts.length < minimumConcepts)
			problems.push({
				file: entry.file,
				field: `${entryPrefix(entry.id)}concepts`,
				value: concepts.map((c) => c.id),
				message: `can take up to ${hours.working[1]} hours to reach working level, so a reader needs to see what is inside it`,
				fix: `List ${minimumConcepts} to 12 concepts in teaching order, e.g. "concepts: [{ id: cross-validation, name: "Cross-validation" }, …]", leaving out what it builds on.`,
			});
		const seen = new Set<string>();
		concepts.forEach((c, i) => {
			if (seen.has(c.id))
				problems.push({
					file: entry.file,
					field: `${entryPrefix(entry.id)}concepts[${i}].id`,
					value: c.id,
					message: 'is used twice in this entry',
					fix: 'Give each concept its own id.',
				});
			seen.add(c.id);
		});
		return problems;
	});
}
