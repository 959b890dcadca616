/**
 * What the skill gap's form needs beyond the tick format (`ticks`): a link's ticks read against the
 * page's ids. Apart from `ticks` so that the roadmap's start-up script, which shares that module,
 * does not carry it.
 */
import { type Level, levels } from '~/util/vocabulary';
import { type Tick, ticksIn } from './ticks';

/**
 * Reads a comma-separated list of ticks. Ids not in `known` are dropped (a stale or hand-edited link
 * never breaks a page), each id counts once (its deepest level), and the result follows the order of
 * `known`, so two URLs that list the same ticks in another order mean the same thing.
 * @example parseTicks('sql:deep,nope,python', ['python', 'sql']) // [{ id: 'python', level: 'working' }, { id: 'sql', level: 'deep' }]
 */
export function parseTicks(value: string | null | undefined, known: readonly string[]): Tick[] {
	const found = new Map<string, Level>();
	for (const tick of ticksIn((value ?? '').split(/[\s,]+/))) {
		const before = found.get(tick.id);
		if (before === undefined || levels.indexOf(tick.level) > levels.indexOf(before))
			found.set(tick.id, tick.level);
	}
	return known.filter((id) => found.has(id)).map((id) => ({ id, level: found.get(id)! }));
}
