/**
 * Graph helpers over plain maps of id → ids, shared by the build and browser scripts (no imports).
 */

/**
 * A cycle in a directed graph, as the ids along it from its first node, or `undefined` when there is
 * none. Edges to ids that are not keys are followed no further.
 * @example findCycle(new Map([['a', ['b']], ['b', ['a']]])) // ['a', 'b']
 */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (id: string): string[] | undefined => {
		const seen = state.get(id);
		if (seen === 'done') return undefined;
		if (seen === 'open') return path.slice(path.indexOf(id));
		state.set(id, 'open');
		path.push(id);
		for (const next of edges.get(id) ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		path.pop();
		state.set(id, 'done');
		return undefined;
	};
	for (const id of edges.keys()) {
		const cycle = visit(id);
		if (cycle) return cycle;
	}
	return undefined;
}

/**
 * Orders ids so that every id comes after all the ids it points to (its prerequisites), keeping the
 * given order wherever the edges allow; ids outside `ids` are not listed but their edges still count.
 * Assumes no cycle (the build refuses one).
 * @example prerequisiteOrder(['pytorch', 'python'], new Map([['pytorch', ['python']]])) // ['python', 'pytorch']
 */
export function prerequisiteOrder(
	ids: readonly string[],
	edges: ReadonlyMap<string, readonly string[]>,
): string[] {
	const wanted = new Set(ids);
	const placed = new Set<string>();
	const order: string[] = [];
	// Edges are followed through ids outside the list too, so A → B → C puts C before A without B.
	const place = (id: string, trail: Set<string>) => {
		if (placed.has(id) || trail.has(id)) return;
		trail.add(id);
		for (const before of edges.get(id) ?? []) place(before, trail);
		placed.add(id);
		if (wanted.has(id)) order.push(id);
	};
	for (const id of ids) place(id, new Set());
	return order;
}
