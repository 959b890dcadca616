import { repeats } from '~/util/repeats';
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/** One id, one meaning: no id is used by two kinds of catalogue record, and no name or alias names two entries. */
export function catalogueIdProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	for (const { item, first } of repeats(
		[...input.skills, ...input.tools, ...input.groups],
		(r) => r.id,
	))
		problems.push({
			file: first.file,
			field: `${entryPrefix(item.id)}id`,
			value: item.id,
			message: `is also the id of an entry in ${item.file}`,
			fix: 'An id names one skill, tool or group: keep one of them.',
		});
	const words = [...input.skills, ...input.tools].flatMap((entry) =>
		[entry.data.name, ...entry.data.aliases].map((word) => ({ entry, word })),
	);
	for (const { item, first } of repeats(words, (w) => w.word.toLowerCase())) {
		if (first.entry.id === item.entry.id) continue;
		problems.push({
			file: item.entry.file,
			field: `${entryPrefix(item.entry.id)}aliases`,
			value: item.word,
			message: `also names "${first.entry.id}"`,
			fix: 'A name or alias must identify one catalogue entry: remove it from one of them.',
		});
	}
	return problems;
}
