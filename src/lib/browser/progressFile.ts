/**
 * Progress as a small file the reader can keep or move to another browser: every tick (shared by
 * the roadmaps and the skill gap) and the plan (starting point, hours a week). Reading a file checks
 * it as strictly as the browser's own store and says plainly what is wrong with one that is not ours.
 */
import { type PlanSettings, validHours } from './planStore';
import { parseTick } from './ticks';

/** The file's name when saved. */
export const progressFileName = 'ai-roles-guide-progress.json';

/** What a progress file holds. */
export interface ProgressFile {
	/** The ticks as text (`sql`, `sql:deep`). */
	have: string[];
	plan: PlanSettings;
}

/** The file's text: readable JSON with a kind and a version, so it can be recognised and read later. */
export function progressFileText(progress: ProgressFile): string {
	return `${JSON.stringify({ kind: 'ai-roles-guide-progress', version: 1, have: [...new Set(progress.have)], plan: { from: progress.plan.from, hoursPerWeek: progress.plan.hoursPerWeek } }, null, 2)}\n`;
}

/** Reads a file's text: its progress, or a sentence for the reader saying why it cannot be used. */
export function readProgressFile(text: string): ProgressFile | { problem: string } {
	let value: {
		kind?: unknown;
		version?: unknown;
		have?: unknown;
		plan?: { from?: unknown; hoursPerWeek?: unknown };
	};
	try {
		value = JSON.parse(text) as typeof value;
	} catch {
		return { problem: 'That file is not a progress file from this guide (it is not JSON).' };
	}
	if (value?.kind !== 'ai-roles-guide-progress' || value.version !== 1)
		return { problem: 'That file is not a progress file from this guide.' };
	if (
		!Array.isArray(value.have) ||
		!value.have.every((t) => typeof t === 'string' && parseTick(t) !== undefined)
	)
		return { problem: 'That progress file is damaged: its ticks cannot be read.' };
	const from =
		typeof value.plan?.from === 'string' && /^[a-z0-9-]+$/.test(value.plan.from)
			? value.plan.from
			: undefined;
	return {
		have: [...new Set(value.have as string[])],
		plan: { from, hoursPerWeek: validHours(value.plan?.hoursPerWeek) },
	};
}
