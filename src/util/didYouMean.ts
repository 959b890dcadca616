/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1 ("tolos" is one edit from "tools").
 */
export function editDistance(a: string, b: string): number {
	// Optimal string alignment: Levenshtein plus adjacent transpositions, keeping the last two rows.
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				current[j] = Math.min(current[j]!, before[j - 2]! + 1);
		}
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** A known id with the other words (names, aliases) a mistyped value may have come from. */
export interface Candidate {
	/** The id to suggest. */
	id: string;
	/** Names and aliases that also identify it. */
	words?: readonly string[];
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * The id closest to a mistyped value, or `undefined` when nothing is close enough to be a likely typo.
 * A value matches a candidate when it equals one of its names or aliases (ignoring case and punctuation),
 * or is within a third of its length in edit distance of the id or a name.
 * @example didYouMean('mlfow', [{ id: 'mlflow' }]) // "mlflow"
 * @example didYouMean('k8s', [{ id: 'kubernetes', words: ['k8s'] }]) // "kubernetes"
 */
export function didYouMean(value: string, candidates: readonly Candidate[]): string | undefined {
	const wanted = normalise(value);
	if (!wanted) return undefined;
	let best: { id: string; distance: number } | undefined;
	for (const candidate of candidates) {
		for (const word of [candidate.id, ...(candidate.words ?? [])]) {
			const known = normalise(word);
			if (known === wanted) return candidate.id;
			const distance = editDistance(wanted, known);
			const limit = Math.max(1, Math.floor(Math.max(wanted.length, known.length) / 3));
			if (distance <= limit && (!best || distance < best.distance))
				best = { id: candidate.id, distance };
		}
	}
	return best?.id;
}
