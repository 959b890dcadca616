/**
 * The reader's "I have this" ticks, kept in the browser (localStorage) and shared by the roadmaps and
 * the skill gap: the same skill, tool or group id ticked on one page is ticked on the other, at the
 * same level. Each tick is stored as text (`sql`, `sql:deep`; see `ticks.ts`). Nothing is sent
 * anywhere. Plain functions over a Storage, so tests can pass a stand-in.
 */
import { parseTick } from './ticks';

/** The localStorage key. */
export const progressKey = 'ai-roles-guide:have';

/** The stored shape; `version` changes if the meaning of the ticks ever does. */
interface StoredProgress {
	version: 1;
	/** Ticks as text: an id, or an id and a level (`sql:deep`). */
	have: string[];
}

/** The parts of `Storage` the store uses. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or `undefined` where it is blocked (some privacy settings throw on access). */
export function browserStorage(): ProgressStorage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** What was read: the ticks as text, and a sentence for the reader when stored data had to be reset. */
export interface ReadProgress {
	have: string[];
	problem?: string;
}

const resetMessage =
	'Your saved progress could not be read, so it was reset. Nothing else was affected.';

/**
 * Reads the ticks. Missing storage (private mode, storage blocked) reads as no ticks; a stored value
 * that is not what this version wrote is removed and reported, so a corrupted or old value never
 * breaks the page.
 */
export function readProgress(storage: ProgressStorage | undefined): ReadProgress {
	if (!storage) return { have: [] };
	let raw: string | null;
	try {
		raw = storage.getItem(progressKey);
	} catch {
		return { have: [] };
	}
	if (raw === null) return { have: [] };
	try {
		const value = JSON.parse(raw) as Partial<StoredProgress>;
		if (
			value &&
			value.version === 1 &&
			Array.isArray(value.have) &&
			value.have.every((tick) => typeof tick === 'string' && parseTick(tick) !== undefined)
		) {
			return { have: [...new Set(value.have)] };
		}
	} catch {
		// Falls through to the reset below.
	}
	clearProgress(storage);
	return { have: [], problem: resetMessage };
}

/** Saves the ticks; a full or blocked storage is ignored (the page keeps working, it just forgets). */
export function writeProgress(storage: ProgressStorage | undefined, have: Iterable<string>): void {
	try {
		storage?.setItem(
			progressKey,
			JSON.stringify({ version: 1, have: [...new Set(have)].sort() } satisfies StoredProgress),
		);
	} catch {
		// Nothing to do: progress is a convenience, never a requirement.
	}
}

/** Forgets every tick. */
export function clearProgress(storage: ProgressStorage | undefined): void {
	try {
		storage?.removeItem(progressKey);
	} catch {
		// As above.
	}
}

/**
 * The stored ticks after a page changed the ones it shows: ticks of ids the page does not show are
 * kept, so ticks made on another page survive. @example mergeProgress(['sql', 'docker'], ['docker', 'kubernetes'], ['kubernetes:deep']) // ['sql', 'kubernetes:deep']
 * @param stored What was stored before (ticks as text).
 * @param shown The ids the page offers.
 * @param ticked The ticks on the page now, as text.
 */
export function mergeProgress(
	stored: readonly string[],
	shown: readonly string[],
	ticked: readonly string[],
): string[] {
	const onPage = new Set(shown);
	return [
		...new Set([...stored.filter((tick) => !onPage.has(parseTick(tick)?.id ?? tick)), ...ticked]),
	];
}
