/** An item whose key an earlier item already had: the second of two alike, with the first. */
export interface Repeat<T> {
	/** The later item, the one to report. */
	item: T;
	/** Its position in the list. */
	index: number;
	/** The earlier item with the same key. */
	first: T;
}

/**
 * Every item whose key an earlier item (or a seed) already had, in list order. The first of two
 * alike stays; the second is the one reported, so a message can name where the first is.
 * @param seen keys taken before the list starts, e.g. the ids that names may not repeat
 * @example repeats(['a', 'b', 'a'], (x) => x) // [{ item: 'a', index: 2, first: 'a' }]
 */
export function repeats<T>(
	items: Iterable<T>,
	key: (item: T) => unknown,
	seen: Map<unknown, T> = new Map(),
): Repeat<T>[] {
	const found: Repeat<T>[] = [];
	let index = 0;
	for (const item of items) {
		const k = key(item);
		const first = seen.get(k);
		if (first === undefined) seen.set(k, item);
		else found.push({ item, index, first });
		index++;
	}
	return found;
}
